import type { Locator, Page } from '@playwright/test'
import { answerTo } from '../support/api-call'

/** 登录: company name on top, login name and password. */
export class LoginPage {
  readonly heading: Locator
  readonly loginName: Locator
  readonly password: Locator
  readonly submitButton: Locator
  readonly error: Locator
  readonly notice: Locator

  constructor(readonly page: Page) {
    this.heading = page.getByTestId('auth-heading')
    this.loginName = page.getByTestId('login-name')
    this.password = page.getByTestId('login-password')
    this.submitButton = page.getByTestId('login-submit')
    this.error = page.getByTestId('login-error')
    this.notice = page.getByTestId('login-notice')
  }

  async open(): Promise<void> {
    await this.page.goto('/')
  }

  /** Types and submits; resolves once the core has answered, whether it let the user in or not. */
  async signIn(login: string, password: string): Promise<void> {
    await this.loginName.fill(login)
    await this.password.fill(password)
    await Promise.all([answerTo(this.page, 'auth.login'), this.submitButton.click()])
  }
}
