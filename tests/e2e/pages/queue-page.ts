import { expect, type Locator, type Page } from '@playwright/test'

export type QueueTab = 'todo' | 'done' | 'started'

/** Home: 待办 / 已办 / 我发起的 with their counts, the filters and the list. */
export class QueuePage {
  readonly table: Locator
  readonly empty: Locator
  /** The sentence under the empty picture (the picture's own svg title says 暂无数据). */
  readonly emptyText: Locator
  readonly error: Locator
  readonly typeFilter: Locator
  readonly dateFilter: Locator
  readonly searchFilter: Locator

  constructor(readonly page: Page) {
    this.table = page.getByTestId('queue-table')
    this.empty = page.getByTestId('queue-empty')
    this.emptyText = this.empty.locator('.ant-empty-description')
    this.error = page.getByTestId('queue-error')
    this.typeFilter = page.getByTestId('queue-filter-type')
    this.dateFilter = page.getByTestId('queue-filter-date')
    this.searchFilter = page.getByTestId('queue-filter-search')
  }

  tab(tab: QueueTab): Locator {
    return this.page.getByTestId(`queue-tab-${tab}`)
  }

  /** The badge beside a tab; its data-count is '' until the core has answered. */
  badge(tab: QueueTab): Locator {
    return this.page.getByTestId(`queue-count-${tab}`)
  }

  /** The row of one document in the list shown (待办 rows are tasks, so one per document and step). */
  row(docNo: string): Locator {
    return this.page.getByTestId(`queue-row-${docNo}`)
  }

  /** A queue row opens its document page (#/documents/{id}). */
  async openDocument(docNo: string): Promise<void> {
    await this.row(docNo).click()
    await this.page.getByTestId('doc-page').waitFor()
  }

  async openTab(tab: QueueTab): Promise<void> {
    await this.tab(tab).click()
  }

  /** The number on a tab's badge, read from data-count (the badge animates its digits). */
  async countOf(tab: QueueTab): Promise<number> {
    const badge = this.badge(tab)
    await expect(badge).toHaveAttribute('data-count', /^\d+$/)
    return Number(await badge.getAttribute('data-count'))
  }
}
