import type { Locator, Page } from '@playwright/test'

/** 修改密码 modal; forced ("请设置新密码", no cancel) while an administrator-set password is in use. */
export class ChangePasswordDialog {
  readonly dialog: Locator
  readonly title: Locator
  readonly oldPassword: Locator
  readonly newPassword: Locator
  readonly confirmPassword: Locator
  readonly submitButton: Locator
  readonly error: Locator
  readonly signOutButton: Locator

  constructor(readonly page: Page) {
    this.dialog = page.getByRole('dialog').filter({ has: page.getByTestId('password-old') })
    this.title = this.dialog.locator('.ant-modal-title')
    this.oldPassword = page.getByTestId('password-old')
    this.newPassword = page.getByTestId('password-new')
    this.confirmPassword = page.getByTestId('password-confirm')
    this.submitButton = page.getByTestId('password-submit')
    this.error = page.getByTestId('password-error')
    this.signOutButton = page.getByTestId('password-sign-out')
  }

  async fillIn(oldPassword: string, newPassword: string): Promise<void> {
    await this.oldPassword.fill(oldPassword)
    await this.newPassword.fill(newPassword)
    await this.confirmPassword.fill(newPassword)
  }

  /** Replaces the password the administrator chose; resolves once the dialog has gone. */
  async chooseOwnPassword(oldPassword: string, newPassword: string): Promise<void> {
    await this.fillIn(oldPassword, newPassword)
    await this.submitButton.click()
    await this.dialog.waitFor({ state: 'hidden' })
  }
}
