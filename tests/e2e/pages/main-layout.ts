import type { Locator, Page } from '@playwright/test'

/** The signed-in frame: side menu, header with company, user, roles and the two account buttons. */
export class MainLayout {
  readonly side: Locator
  readonly sideMenu: Locator
  readonly queueLink: Locator
  readonly userAdminLink: Locator
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

  async signOut(): Promise<void> {
    await this.signOutButton.click()
    await this.signOutButton.waitFor({ state: 'detached' })
  }
}
