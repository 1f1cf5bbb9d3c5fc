import type { Locator, Page } from '@playwright/test'

/** 用章登记 (#/seal-register): every use of the contract seal, read-only (R4). */
export class SealRegisterPage {
  readonly heading: Locator
  readonly table: Locator
  readonly empty: Locator

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { name: '用章登记' })
    this.table = page.getByTestId('seal-table')
    this.empty = page.getByTestId('seal-empty')
  }

  /** The register's rows for one contract (its 合同号 cell links to the contract). */
  rowsOf(contractNo: string): Locator {
    return this.table.locator('tbody tr').filter({ has: this.page.getByTestId(`seal-contract-${contractNo}`) })
  }

  /** One cell of a row, by column title (合同号, 客户, 用印人, 时间, 份数, 用途). */
  async cellOf(row: Locator, columnTitle: string): Promise<Locator> {
    const titles = (await this.table.locator('thead th').allInnerTexts()).map((title) => title.trim())
    const index = titles.indexOf(columnTitle)
    if (index < 0) throw new Error(`用章登记没有“${columnTitle}”列（有：${titles.join('、')}）`)
    return row.locator('td').nth(index)
  }
}
