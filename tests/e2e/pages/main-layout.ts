import type { Locator, Page } from '@playwright/test'

/** The signed-in frame: side menu, header with company, user, roles and the two account buttons. */
export class MainLayout {
  readonly side: Locator
  readonly sideMenu: Locator
  readonly queueLink: Locator
  readonly userAdminLink: Locator
  readonly newApplicationLink: Locator
  readonly ledgerLink: Locator
  readonly sealRegisterLink: Locator
  readonly closingLink: Locator
  readonly company: Locator
  readonly userName: Locator
  readonly roles: Locator
  readonly changePasswordButton: Locator
  readonly signOutButton: Locator

  constructor(readonly page: Page) {
    this.side = page.getByTestId('side')
    this.sideMenu = page.getByTestId('side-menu')
    this.queueLink = page.getByTestId('nav-queue')
    this.userAdminLink = page.getByTestId('nav-users')
    this.newApplicationLink = page.getByTestId('nav-new-application')
    this.ledgerLink = page.getByTestId('nav-ledger')
    this.sealRegisterLink = page.getByTestId('nav-seal-register')
    this.closingLink = page.getByTestId('nav-closing')
    this.company = page.getByTestId('header-company')
    this.userName = page.getByTestId('header-user')
    this.roles = page.getByTestId('header-roles')
    this.changePasswordButton = page.getByTestId('header-change-password')
    this.signOutButton = page.getByTestId('header-sign-out')
  }

  async openQueue(): Promise<void> {
    await this.queueLink.click()
  }

  async openUserAdmin(): Promise<void> {
    await this.userAdminLink.click()
  }

  /** 合同 → 新建申报单 */
  async openNewApplication(): Promise<void> {
    await this.newApplicationLink.click()
  }

  /** 合同 → 合同台帐 */
  async openLedger(): Promise<void> {
    await this.ledgerLink.click()
  }

  /** 合同 → 用章登记 */
  async openSealRegister(): Promise<void> {
    await this.sealRegisterLink.click()
  }

  /** 系统管理 → 关闭清理 (R19, administrator) */
  async openClosing(): Promise<void> {
    await this.closingLink.click()
  }

  async signOut(): Promise<void> {
    await this.signOutButton.click()
    await this.signOutButton.waitFor({ state: 'detached' })
  }
}
