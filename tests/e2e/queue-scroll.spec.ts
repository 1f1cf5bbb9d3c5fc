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
