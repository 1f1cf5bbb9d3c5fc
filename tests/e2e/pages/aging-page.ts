import type { Locator, Page } from '@playwright/test'

/** 应收账款 (#/receivables): totals, the aging and collections charts, the tables by customer / salesperson, 导出 Excel. */
export class AgingPage {
  readonly title: Locator
  readonly totals: Locator
  readonly agingChart: Locator
  readonly collectionsChart: Locator
  readonly customerTable: Locator
  readonly exportButton: Locator

  constructor(readonly page: Page) {
    this.title = page.getByTestId('aging-title')
    this.totals = page.getByTestId('aging-totals')
    this.agingChart = page.getByTestId('aging-chart')
    this.collectionsChart = page.getByTestId('collections-chart')
    this.customerTable = page.getByTestId('aging-customer-table')
    this.exportButton = page.getByTestId('aging-export')
  }

  customerLink(name: string): Locator {
    return this.customerTable.getByRole('link', { name })
  }
}

/** The customer page (#/customers/:id): credit used, aging, history, the tabs of documents. */
export class CustomerPage {
  readonly title: Locator
  readonly credit: Locator
  readonly history: Locator
  readonly historyChart: Locator
  readonly receivables: Locator

  constructor(readonly page: Page) {
    this.title = page.getByTestId('customer-page-title')
    this.credit = page.getByTestId('customer-credit')
    this.history = page.getByTestId('customer-history')
    this.historyChart = page.getByTestId('payment-history-chart')
    this.receivables = page.getByTestId('customer-receivables')
  }
}
