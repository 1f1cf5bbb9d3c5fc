import type { Locator, Page } from '@playwright/test'

/** 系统概览: the administrator's home — users, company data, this month's numbers, chains, backups. */
export class AdminHomePage {
  readonly heading: Locator
  readonly users: Locator
  readonly usersLink: Locator
  readonly company: Locator
  readonly editCompany: Locator
  readonly numbering: Locator
  readonly chains: Locator
  readonly chainsLink: Locator
  readonly backups: Locator
  readonly companyDialog: Locator

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { name: '系统概览' })
    this.users = page.getByTestId('admin-home-users')
    this.usersLink = page.getByTestId('admin-home-users-link')
    this.company = page.getByTestId('admin-home-company')
    this.editCompany = page.getByTestId('admin-home-company-edit')
    this.numbering = page.getByTestId('admin-home-numbering')
    this.chains = page.getByTestId('admin-home-chains')
    this.chainsLink = page.getByTestId('admin-home-chains-link')
    this.backups = page.getByTestId('admin-home-backups')
    this.companyDialog = page.getByRole('dialog').filter({ has: page.getByTestId('company-form-name') })
  }

  counter(docType: string): Locator {
    return this.page.getByTestId(`admin-home-counter-${docType}`)
  }

  /** One value of 公司资料, by its label. */
  companyValue(label: string): Locator {
    return this.company.locator('.ant-descriptions-item').filter({ hasText: label }).locator('.ant-descriptions-item-content')
  }

  async saveCompany(values: { address: string; taxNumber: string; bankName: string; bankAccount: string; sealKeeper: string }): Promise<void> {
    await this.editCompany.click()
    await this.page.getByTestId('company-form-address').fill(values.address)
    await this.page.getByTestId('company-form-tax').fill(values.taxNumber)
    await this.page.getByTestId('company-form-bank').fill(values.bankName)
    await this.page.getByTestId('company-form-account').fill(values.bankAccount)
    await this.page.getByTestId('company-form-keeper').click()
    await this.page.locator('.ant-select-dropdown:visible').getByTitle(values.sealKeeper, { exact: true }).click()
  }

  async submitCompany(): Promise<void> {
    await this.page.getByTestId('company-form-submit').click()
  }
}
