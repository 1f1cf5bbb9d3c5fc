import type { Locator, Page } from '@playwright/test'

export interface FirstAdmin {
  name: string
  login: string
  password: string
}

/** 首次使用设置: shown only while the database is empty. */
export class SetupPage {
  readonly heading: Locator
  readonly companyName: Locator
  readonly adminName: Locator
  readonly adminLogin: Locator
  readonly password: Locator
  readonly passwordConfirm: Locator
  readonly submitButton: Locator
  readonly error: Locator

  constructor(readonly page: Page) {
    this.heading = page.getByTestId('auth-heading')
    this.companyName = page.getByTestId('setup-company')
    this.adminName = page.getByTestId('setup-admin-name')
    this.adminLogin = page.getByTestId('setup-admin-login')
    this.password = page.getByTestId('setup-password')
    this.passwordConfirm = page.getByTestId('setup-password-confirm')
    this.submitButton = page.getByTestId('setup-submit')
    this.error = page.getByTestId('setup-error')
  }

  async open(): Promise<void> {
    await this.page.goto('/')
  }

  async fillIn(company: string, admin: FirstAdmin): Promise<void> {
    await this.companyName.fill(company)
    await this.adminName.fill(admin.name)
    await this.adminLogin.fill(admin.login)
    await this.password.fill(admin.password)
    await this.passwordConfirm.fill(admin.password)
  }

  async submit(): Promise<void> {
    await this.submitButton.click()
  }

  async completeSetup(company: string, admin: FirstAdmin): Promise<void> {
    await this.fillIn(company, admin)
    await this.submit()
  }
}
