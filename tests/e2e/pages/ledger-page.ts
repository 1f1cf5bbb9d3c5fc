import { expect, type Download, type Locator, type Page } from '@playwright/test'

export type LedgerMoney = 'amountFen' | 'shippedFen' | 'collectedFen' | 'invoicedFen' | 'outstandingFen' | 'receivableFen'

/** 合同台帐 (#/ledger): every signed contract with its money in 元, the 合计 row, 导出 Excel. */
export class LedgerPage {
  readonly heading: Locator
  readonly table: Locator
  readonly summary: Locator
  readonly empty: Locator
  readonly exportButton: Locator
  readonly reloadButton: Locator
  /** The month or year picker of 签订期间 (absent under 全部). */
  readonly periodPicker: Locator

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { name: '合同台帐' })
    this.table = page.getByTestId('ledger-table')
    this.summary = page.getByTestId('ledger-summary')
    this.empty = page.getByTestId('ledger-empty')
    this.exportButton = page.getByTestId('ledger-export')
    this.reloadButton = page.getByTestId('ledger-reload')
    this.periodPicker = page.getByTestId('ledger-filter-period')
  }

  /** The customer's name as drawn in its row (two lines at most, the rest in a tooltip). */
  customerName(contractNo: string): Locator {
    return this.page.getByTestId(`ledger-customer-${contractNo}`)
  }

  /** 按月 / 全年 / 全部. */
  async periodMode(label: '按月' | '全年' | '全部'): Promise<void> {
    await this.page.getByTestId('ledger-filter-period-mode').getByText(label, { exact: true }).click()
  }

  row(contractNo: string): Locator {
    return this.page.getByTestId(`ledger-row-${contractNo}`)
  }

  total(column: LedgerMoney): Locator {
    return this.page.getByTestId(`ledger-total-${column}`)
  }

  /**
   * One cell of a contract's row, found by its column title as a reader would (e.g. '合同金额'). Where two
   * amounts share a column, one above the other (未回款 over 应收余额 at 1366 px), the line of that title.
   */
  async cellOf(contractNo: string, columnTitle: string): Promise<Locator> {
    const titles = (await this.table.locator('thead th').allInnerTexts()).map((title) => title.split('\n').map((line) => line.trim()))
    const index = titles.findIndex((lines) => lines.includes(columnTitle))
    if (index < 0) throw new Error(`台帐没有“${columnTitle}”列（有：${titles.map((lines) => lines.join(' / ')).join('、')}）`)
    const cell = this.row(contractNo).locator('td').nth(index)
    const lines = titles[index]!
    return lines.length > 1 ? cell.locator(':scope > span').nth(lines.indexOf(columnTitle)) : cell
  }

  /** 导出 Excel: the file the browser downloads. */
  async exportExcel(): Promise<Download> {
    const [download] = await Promise.all([this.page.waitForEvent('download'), this.exportButton.click()])
    await expect(this.page.getByText(/已导出 \d+ 份合同/)).toBeVisible()
    return download
  }
}
