import type { Locator, Page } from '@playwright/test'
import type { RoleKey } from '../../../shared/roles'

export interface NewUser {
  name: string
  login: string
  password: string
  roles: RoleKey[]
}

/** 用户管理 (administrators only): the list of accounts and the 新建用户 modal. */
export class UserAdminPage {
  readonly heading: Locator
  readonly createButton: Locator
  readonly reloadButton: Locator
  readonly table: Locator
  readonly createDialog: Locator
  readonly createName: Locator
  readonly createLogin: Locator
  readonly createPassword: Locator
  readonly createRoles: Locator
  readonly createSubmit: Locator
  readonly createError: Locator

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { name: '用户管理' })
    this.createButton = page.getByTestId('user-create')
    this.reloadButton = page.getByTestId('user-reload')
    this.table = page.getByTestId('user-table')
    this.createDialog = page.getByRole('dialog').filter({ has: page.getByTestId('user-create-name') })
    this.createName = page.getByTestId('user-create-name')
    this.createLogin = page.getByTestId('user-create-login')
    this.createPassword = page.getByTestId('user-create-password')
    this.createRoles = page.getByTestId('user-create-roles')
    this.createSubmit = page.getByTestId('user-create-submit')
    this.createError = page.getByTestId('user-create-error')
  }

  row(login: string): Locator {
    return this.page.getByTestId(`user-row-${login}`)
  }

  /** One cell of a user's row, found by its column title (e.g. '岗位'), as a reader of the table would. */
  async cellOf(login: string, columnTitle: string): Promise<Locator> {
    const titles = (await this.table.getByRole('columnheader').allInnerTexts()).map((title) => title.trim())
    const index = titles.indexOf(columnTitle)
    if (index < 0) throw new Error(`用户表没有“${columnTitle}”列（有：${titles.join('、')}）`)
    return this.row(login).getByRole('cell').nth(index)
  }

  /** The 岗位 tags of one user, as shown (Chinese names). */
  async roleTagsOf(login: string): Promise<Locator> {
    return (await this.cellOf(login, '岗位')).locator('.ant-tag')
  }

  statusOf(login: string): Locator {
    return this.page.getByTestId(`user-status-${login}`)
  }

  async openCreateUser(): Promise<void> {
    await this.createButton.click()
    await this.createName.waitFor()
  }

  async fillNewUser({ name, login, password, roles }: NewUser): Promise<void> {
    await this.createName.fill(name)
    await this.createLogin.fill(login)
    await this.createPassword.fill(password)
    // 岗位 is a grid of check boxes, every post in view (no dropdown to open or close).
    for (const role of roles) await this.createRoles.getByTestId(`role-option-${role}`).check()
  }

  async submitNewUser(): Promise<void> {
    await this.createSubmit.click()
    await this.createDialog.waitFor({ state: 'hidden' })
  }

  async createUser(user: NewUser): Promise<void> {
    await this.openCreateUser()
    await this.fillNewUser(user)
    await this.submitNewUser()
    await this.row(user.login).waitFor()
  }
}
