import { expect, test } from '@playwright/test'
import { SEED_PASSWORD } from '../../scripts/seed/roster'
import { LoginPage } from './pages/login-page'
import { QueuePage } from './pages/queue-page'
import { OfficeApi } from './support/office-api'
import { saveScreen } from './support/screens'

/*
 * The queue on real data through the real host: this project's host opens an office the seed generated
 * just before it started (one year at scale 0.2, a few seconds; see playwright.config.ts), where the
 * general manager has signed about a thousand documents. The list must load them a chunk at a time as
 * it scrolls and keep only the rows in view in the page.
 */

const GENERAL_MANAGER = 'wangjh'
/** The API's page size and the list's chunk: the first answer holds this many rows. */
const CHUNK = 200
/** Rows in view at 1366×768 are about fifteen; a list that drew every loaded row would show hundreds. */
const FEW = 60

test('已办 loads more rows as it scrolls and stays virtual', async ({ page, playwright, baseURL }) => {
  // What the core says the list must end up holding (setup reads only; everything else is clicked).
  const api = await OfficeApi.open(playwright, baseURL!)
  await api.signIn(GENERAL_MANAGER, SEED_PASSWORD)
  // The list's own total (the tab badges stop counting at QUEUE_COUNT_CAP).
  const top = await api.call('queue.list', { tab: 'done', page: 1, pageSize: 1 })
  const done = top.total
  const firstDocNo = top.rows[0]!.docNo
  const lastDocNo = (await api.call('queue.list', { tab: 'done', page: done, pageSize: 1 })).rows[0]!.docNo
  await api.close()
  expect(done, 'the generated office must need several chunks, or this test proves nothing').toBeGreaterThan(3 * CHUNK)

  await new LoginPage(page).open()
  await new LoginPage(page).signIn(GENERAL_MANAGER, SEED_PASSWORD)
  const queue = new QueuePage(page)
  await queue.openTab('done')
  await expect(queue.footer).toHaveAttribute('data-total', String(done))
  await expect(queue.footer).toContainText(`共 ${done.toLocaleString('zh-CN')} 条`)
  await expect(queue.row(firstDocNo)).toBeInViewport()

  // One chunk, a few rows drawn.
  await expect(queue.footer).toHaveAttribute('data-loaded', String(CHUNK))
  expect(await queue.renderedRows.count()).toBeLessThan(FEW)

  // Reading on asks for the next chunk …
  await expect
    .poll(async () => {
      await queue.scrollList(10_000)
      return queue.loadedCount()
    })
    .toBeGreaterThan(CHUNK)

  // … and so on to the oldest row, with still only the rows in view in the page.
  await queue.scrollToEnd(lastDocNo)
  expect(await queue.loadedCount()).toBe(done)
  expect(await queue.renderedRows.count()).toBeLessThan(FEW)
  await expect(queue.row(firstDocNo)).toHaveCount(0)
  await saveScreen(page, '40-queue-done-scrolled-to-the-end')

  // Another question starts again from the top with one chunk.
  await queue.openTab('todo')
  await queue.openTab('done')
  await expect(queue.row(firstDocNo)).toBeInViewport()
  await expect(queue.footer).toHaveAttribute('data-loaded', String(CHUNK))
})

test('the list is worked from the keyboard: Tab in, ↓ and PageDown choose a row, End reaches the last loaded, Enter opens it', async ({ page, playwright, baseURL }) => {
  const api = await OfficeApi.open(playwright, baseURL!)
  await api.signIn(GENERAL_MANAGER, SEED_PASSWORD)
  const first = await api.call('queue.list', { tab: 'done', page: 1, pageSize: CHUNK })
  await api.close()
  const docNoAt = (index: number) => first.rows[index]!.docNo

  await new LoginPage(page).open()
  await new LoginPage(page).signIn(GENERAL_MANAGER, SEED_PASSWORD)
  const queue = new QueuePage(page)
  await queue.openTab('done')
  await expect(queue.footer).toHaveAttribute('data-loaded', String(CHUNK))
  // From the search box, Tab reaches 导出 and then the list; nothing is chosen until an arrow key says so.
  await queue.searchFilter.focus()
  await page.keyboard.press('Tab')
  await expect(page.getByTestId('queue-export')).toBeFocused()
  await page.keyboard.press('Tab')
  await expect(queue.list).toBeFocused()
  await expect(queue.chosenRow).toHaveCount(0)
  await page.keyboard.press('ArrowDown')
  await expect(queue.chosenRow).toHaveAttribute('data-testid', `queue-row-${docNoAt(0)}`)
  await page.keyboard.press('ArrowDown')
  await page.keyboard.press('ArrowDown')
  await page.keyboard.press('ArrowUp')
  await expect(queue.chosenRow).toHaveAttribute('data-testid', `queue-row-${docNoAt(1)}`)
  // A screen down, and the chosen row is still in view.
  await page.keyboard.press('PageDown')
  await expect(queue.chosenRow).toBeInViewport()
  // End: the last row loaded, scrolled into view (which asks for the next chunk like any scroll).
  await page.keyboard.press('End')
  await expect(queue.chosenRow).toHaveAttribute('data-testid', `queue-row-${docNoAt(CHUNK - 1)}`)
  await expect(queue.chosenRow).toBeInViewport()
  await expect.poll(() => queue.loadedCount()).toBeGreaterThan(CHUNK)
  await page.keyboard.press('Home')
  await expect(queue.chosenRow).toHaveAttribute('data-testid', `queue-row-${docNoAt(0)}`)
  await expect(queue.row(docNoAt(0))).toBeInViewport()
  // Enter opens the chosen document.
  await page.keyboard.press('Enter')
  await expect(page).toHaveURL(new RegExp(`#/documents/${first.rows[0]!.documentId}$`))
  await expect(page.getByTestId('doc-page')).toContainText(docNoAt(0))
})
