import { join } from 'node:path'
import type { Browser, BrowserContext, Page } from '@playwright/test'

/** The in-page half of the measures (plain browser JavaScript, see the file's header). */
const PROBES = join(__dirname, 'probes.js')
const ROW = '[data-testid^="queue-row-"]'
/** The API's largest page, which the queue also loads by: row n sits on page ⌊(n−1)/200⌋+1. */
const CHUNK = 200

export interface Person {
  login: string
  password: string
}

export interface Viewport {
  width: number
  height: number
}

async function openSignedOut(browser: Browser, url: string, viewport: Viewport): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ viewport, locale: 'zh-CN', timezoneId: 'Asia/Shanghai', baseURL: url })
  await context.addInitScript({ path: PROBES })
  const page = await context.newPage()
  await page.goto('/')
  return { context, page }
}

async function signIn(page: Page, person: Person): Promise<void> {
  await page.getByTestId('login-name').fill(person.login)
  await page.getByTestId('login-password').fill(person.password)
  await page.getByTestId('login-submit').click()
  await page.locator(ROW).first().waitFor({ timeout: 120_000 })
}

/** Polls from Node: the page's CSP forbids the string evaluation page.waitForFunction would use. */
async function waitUntil(condition: () => Promise<boolean>, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`waited ${timeoutMs / 1000} s in vain`)
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
}

const footerNumber = async (page: Page, attribute: 'data-loaded' | 'data-total') =>
  Number(await page.getByTestId('queue-footer').getAttribute(attribute))

/**
 * (a) 登录 → first painted frame with a queue row, `runs` times after one warm-up, each in a fresh
 * browser context (no session cookie, cold page), measured inside the page.
 */
export async function firstPaintSamples(browser: Browser, url: string, person: Person, viewport: Viewport, runs: number) {
  const samples: number[] = []
  let rows = 0
  for (let i = 0; i <= runs; i++) {
    const { context, page } = await openSignedOut(browser, url, viewport)
    try {
      await signIn(page, person)
      const ms = Number(await page.evaluate('window.__queueBench.firstPaint'))
      if (!Number.isFinite(ms)) throw new Error('the first-paint probe gave no number')
      if (i > 0) samples.push(ms)
      rows = await footerNumber(page, 'data-total')
    } finally {
      await context.close()
    }
  }
  return { samples, todoRows: rows }
}

interface LoadResult {
  ms: number
  loaded: number
  total: number
  maxRendered: number
}

interface PassResult {
  frames: number[]
  longFrames: number[]
  longFramesSupported: boolean
  maxRendered: number
  bottomPx: number
  loadedAtStart: number
  loadedAtEnd: number
  atBottom: string[]
  atTop: string[]
}

/** One row (1-based) of a tab and the tab's total, read through the API with the page's own session. */
async function rowOf(page: Page, tab: 'done', n: number): Promise<{ docNo: string; total: number }> {
  const response = await page.context().request.post('api/call', {
    data: { method: 'queue.list', input: { tab, page: Math.floor((n - 1) / CHUNK) + 1, pageSize: CHUNK } },
  })
  const envelope = (await response.json()) as { ok: boolean; data?: { rows: Array<{ docNo: string }>; total: number } }
  const docNo = envelope.ok ? envelope.data?.rows[(n - 1) % CHUNK]?.docNo : undefined
  if (!docNo || !envelope.data) throw new Error(`could not read row ${n} of ${tab} through the API`)
  return { docNo, total: envelope.data.total }
}

/**
 * (b) 已办 loaded to `rows` rows by scrolling to the end again and again, then one pass top → bottom →
 * top in `steps` steps each way, one step per frame. Throws if the table is not virtual (many rows in
 * the DOM) or the last loaded row is not in view at the bottom: the frame times would then mean nothing.
 */
export async function scrollMeasures(browser: Browser, url: string, person: Person, viewport: Viewport, rows: number, steps: number) {
  const { context, page } = await openSignedOut(browser, url, viewport)
  try {
    await signIn(page, person)
    await page.getByTestId('queue-tab-done').click()
    // The footer answers 已办 once it shows 已办's total (the badges stop counting at 1,000).
    const { total } = await rowOf(page, 'done', 1)
    await waitUntil(async () => (await footerNumber(page, 'data-total')) === total && (await footerNumber(page, 'data-loaded')) > 0, 120_000)
    const load = (await page.evaluate(`window.__queueBench.loadRows(${rows})`)) as LoadResult
    const lastDocNo = (await rowOf(page, 'done', load.loaded)).docNo
    const pass = (await page.evaluate(`window.__queueBench.scrollPass(${steps})`)) as PassResult
    const limit = 150
    if (Math.max(load.maxRendered, pass.maxRendered) > limit)
      throw new Error(`${Math.max(load.maxRendered, pass.maxRendered)} rows were in the DOM at once: the table is not virtual`)
    if (pass.loadedAtStart !== load.loaded) throw new Error(`the list changed from ${load.loaded} to ${pass.loadedAtStart} rows before the pass`)
    if (!pass.atBottom.includes(lastDocNo))
      throw new Error(`row ${load.loaded} (${lastDocNo}) was not in view at the bottom; saw ${pass.atBottom.join(', ')}`)
    return { load, pass, lastDocNo }
  } finally {
    await context.close()
  }
}
