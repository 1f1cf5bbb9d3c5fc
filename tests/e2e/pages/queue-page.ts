import { expect, type Download, type Locator, type Page } from '@playwright/test'

export type QueueTab = 'todo' | 'done' | 'started'

/**
 * Home: 待办 / 已办 / 我发起的 with their counts, the filters and the list. The list is virtual: only the
 * rows in view are in the page, more are loaded as it scrolls, and `footer` says how many (共 N 条).
 */
export class QueuePage {
  readonly table: Locator
  /** The virtual list's scroller inside the table (rows are positioned in it, only those in view exist). */
  readonly list: Locator
  /** Every row element in the page right now: a handful while the list is virtual. */
  readonly renderedRows: Locator
  /** The row the arrow keys have chosen (Enter opens it). */
  readonly chosenRow: Locator
  /** Under the table: 共 N 条, with data-loaded (rows fetched so far) and data-total. */
  readonly footer: Locator
  readonly empty: Locator
  /** The sentence under the empty picture (the picture's own svg title says 暂无数据). */
  readonly emptyText: Locator
  readonly error: Locator
  readonly typeFilter: Locator
  readonly dateFilter: Locator
  readonly searchFilter: Locator

  constructor(readonly page: Page) {
    this.table = page.getByTestId('queue-table')
    this.list = page.getByTestId('queue-list')
    this.renderedRows = this.table.locator('[data-testid^="queue-row-"]')
    this.chosenRow = this.list.locator('[aria-selected="true"]')
    this.footer = page.getByTestId('queue-footer')
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

  /** 已办: what I decided on the row's document (data-decision is the action: approve, reject …). */
  decision(docNo: string): Locator {
    return this.row(docNo).getByTestId('queue-decision')
  }

  /** 已办 and 我发起的: where the document is now (state, step, who holds it, or the contract made from it). */
  whereNow(docNo: string): Locator {
    return this.row(docNo).getByTestId('queue-where-now')
  }

  /** 导出: the view (tab, filters, search) as the .xlsx the browser downloads. */
  async exportExcel(): Promise<Download> {
    const [download] = await Promise.all([this.page.waitForEvent('download'), this.page.getByTestId('queue-export').click()])
    await expect(this.page.getByText(/已导出 \d+ 条/)).toBeVisible()
    return download
  }

  /** A queue row opens its document page (#/documents/{id}). */
  async openDocument(docNo: string): Promise<void> {
    await this.row(docNo).click()
    await this.page.getByTestId('doc-page').waitFor()
  }

  async openTab(tab: QueueTab): Promise<void> {
    await this.tab(tab).click()
  }

  /** Waits until a tab's badge says `count` (data-count): the badge refreshes after writes and polls. */
  async expectCount(tab: QueueTab, count: number): Promise<void> {
    await expect(this.badge(tab)).toHaveAttribute('data-count', String(count))
  }

  /** How many rows the list has fetched so far (not how many are drawn). */
  async loadedCount(): Promise<number> {
    return Number(await this.footer.getAttribute('data-loaded'))
  }

  /** 共 N 条 under the list. */
  async totalCount(): Promise<number> {
    return Number(await this.footer.getAttribute('data-total'))
  }

  /** Turns the mouse wheel over the list (positive = down), as a person reading on would. */
  async scrollList(deltaY: number): Promise<void> {
    await this.list.hover()
    await this.page.mouse.wheel(0, deltaY)
  }

  /**
   * Scrolls down until every row of the tab is loaded and the last one is in view: each turn of the
   * wheel reaches the end of what is loaded, which asks the core for the next chunk.
   */
  async scrollToEnd(lastDocNo: string): Promise<void> {
    const total = await this.totalCount()
    await expect
      .poll(async () => {
        await this.scrollList(50_000)
        return this.loadedCount()
      }, { timeout: 60_000 })
      .toBe(total)
    await expect(async () => {
      await this.scrollList(50_000)
      // A short look per turn of the wheel, not a delay: toPass scrolls again until the row is in view.
      await expect(this.row(lastDocNo)).toBeInViewport({ timeout: 2_000 })
    }).toPass({ timeout: 60_000 })
  }
}
