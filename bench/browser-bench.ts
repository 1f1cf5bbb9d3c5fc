import { copyFileSync, existsSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { chromium, type Browser } from '@playwright/test'
import BetterSqlite3 from 'better-sqlite3'
import { SEED_PASSWORD } from '../scripts/seed/roster'
import { findBrowser } from '../tests/e2e/support/find-browser'
import { ensureBuilt, startHost, type RunningHost } from './browser/host-process'
import { firstPaintSamples, scrollMeasures, type Person, type Viewport } from './browser/queue-measures'
import type { BrowserMeasure, BrowserOutcome } from './report'
import { ms, timingOf } from './stats'

/*
 * The renderer half of `npm run bench`: the built host on a copy of the generated office, driven by
 * Chromium. (a) first paint of the queue after 登录, (b) the general manager's 已办 loaded to 10,000 rows
 * by scrolling and scrolled top → bottom → top while every frame is timed, (c) the host's memory.
 * Numbers for the README, never assertions in tests.
 */

export interface BrowserBenchOptions {
  /** The generated office; only ever copied, never opened. */
  dbFile: string
  port?: number
  /** First-paint runs after one warm-up (default 10). */
  runs?: number
  /** Rows to load before the scroll pass (default 10,000). */
  rows?: number
  /** Scroll steps each way, one per frame (default 600). */
  steps?: number
  /** Default 1920×1080: the larger of the two screens the layout is made for shows the most rows per frame. */
  viewport?: Viewport
}

const LAUNCH_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync']
/** The bar for a smooth scroll; only reported, never asserted. */
const SLOW_FRAME_MS = 50

/** The general manager with the most 已办 rows, read from the copy before the host opens it. */
function generalManager(dbFile: string): Person & { done: number } {
  const db = new BetterSqlite3(dbFile, { readonly: true, fileMustExist: true })
  try {
    const row = db
      .prepare(
        `SELECT u.login, u.must_change_password AS mustChange, (SELECT COUNT(*) FROM tasks t WHERE t.closed_by_user_id = u.id) AS done
           FROM users u JOIN user_roles r ON r.user_id = u.id
          WHERE r.role = 'general_manager' AND u.disabled = 0 ORDER BY done DESC LIMIT 1`,
      )
      .get() as { login: string; mustChange: number; done: number } | undefined
    if (!row) throw new Error('the office has no general manager')
    // Generated people sign in with SEED_PASSWORD and no forced change; anything else is not a seed file.
    if (row.mustChange) throw new Error(`${row.login} must choose a new password first: not a generated office`)
    return { login: row.login, password: SEED_PASSWORD, done: row.done }
  } finally {
    db.close()
  }
}

/** Median, p95 and max of the samples; none (no long frames at all) reads as runs 0 and zeros. */
const measureOf = (operation: string, samples: number[]): BrowserMeasure =>
  samples.length
    ? { operation, ...timingOf(samples), maxMs: Math.max(...samples) }
    : { operation, runs: 0, medianMs: 0, p95Ms: 0, maxMs: 0 }

export async function browserBench(options: BrowserBenchOptions): Promise<BrowserOutcome> {
  let executablePath: string
  try {
    executablePath = findBrowser()
  } catch (error) {
    return { skipped: (error as Error).message.split('\n')[0]! }
  }
  const source = resolve(options.dbFile)
  if (!existsSync(source)) throw new Error(`no database at ${source}`)
  ensureBuilt()
  const viewport = options.viewport ?? { width: 1920, height: 1080 }
  const rows = options.rows ?? 10_000
  const steps = options.steps ?? 600

  const workDir = mkdtempSync(join(tmpdir(), 'backoffice-browser-bench-'))
  let host: RunningHost | undefined
  let browser: Browser | undefined
  try {
    const dbFile = join(workDir, 'office.sqlite')
    copyFileSync(source, dbFile)
    if (existsSync(`${source}-wal`)) copyFileSync(`${source}-wal`, `${dbFile}-wal`)
    const person = generalManager(dbFile)
    host = await startHost({ dbFile, dataDir: workDir, port: options.port ?? 5190 })
    browser = await chromium.launch({ executablePath, args: LAUNCH_ARGS })

    const paint = await firstPaintSamples(browser, host.url, person, viewport, options.runs ?? 10)
    const { load, pass, lastDocNo } = await scrollMeasures(browser, host.url, person, viewport, rows, steps)
    const hostRssMiB = host.rssMiB()

    const results = [
      measureOf(`first paint of 待办 after 登录 (${person.login}, ${paint.todoRows.toLocaleString('en-US')} rows)`, paint.samples),
      measureOf(`已办 loaded to ${load.loaded.toLocaleString('en-US')} rows by scrolling`, [load.ms]),
      measureOf(`scroll ${load.loaded.toLocaleString('en-US')}-row 已办 top→bottom→top: frame time`, pass.frames),
    ]
    if (pass.longFramesSupported) results.push(measureOf('long animation frames in that scroll (runs = how many)', pass.longFrames))
    const slow = pass.frames.filter((f) => f > SLOW_FRAME_MS).length
    // A frame longer than one refresh (16.7 ms at 60 Hz, with a little slack for timer jitter) skipped a paint.
    const missed = pass.frames.filter((f) => f > 20).length
    const perStep = pass.bottomPx / steps
    const rowHeight = pass.bottomPx / load.loaded
    const note = [
      `Chromium ${browser.version()} headless (software rendering), viewport ${viewport.width}×${viewport.height}.`,
      `Scroll: ${steps} steps each way, ${Math.round(perStep)} px (≈${Math.round(perStep / rowHeight)} rows) per frame; ${pass.frames.length} frames,`,
      `${missed} longer than one refresh, ${slow} over ${SLOW_FRAME_MS} ms; at most ${Math.max(load.maxRendered, pass.maxRendered)} rows in the DOM with ${load.loaded.toLocaleString('en-US')} loaded`,
      `(virtual); row ${load.loaded.toLocaleString('en-US')} (${lastDocNo}) in view at the bottom; ${pass.loadedAtEnd.toLocaleString('en-US')} rows loaded after the pass`,
      `(the bottom asks for the next chunk); ${person.login} has ${person.done.toLocaleString('en-US')} 已办 rows.`,
      pass.longFramesSupported ? '' : 'This Chromium has no long-animation-frame entries.',
    ].join(' ').trim()
    return { results, hostRssMiB, note }
  } finally {
    await browser?.close().catch(() => undefined)
    await host?.stop()
    rmSync(workDir, { recursive: true, force: true, maxRetries: 3 })
  }
}

/** `npx tsx bench/browser-bench.ts --db .data/bench/office-10y-s1.sqlite [--port 5190 --runs 10 --rows 10000 --steps 600]` */
async function standalone(): Promise<void> {
  const { values } = parseArgs({
    options: { db: { type: 'string' }, port: { type: 'string' }, runs: { type: 'string' }, rows: { type: 'string' }, steps: { type: 'string' } },
  })
  const number = (text: string | undefined) => (text === undefined ? undefined : Number(text))
  const outcome = await browserBench({
    dbFile: values.db ?? '.data/bench/office-10y-s1.sqlite',
    port: number(values.port),
    runs: number(values.runs),
    rows: number(values.rows),
    steps: number(values.steps),
  })
  if ('skipped' in outcome) {
    console.log(`browser bench skipped: ${outcome.skipped}`)
    return
  }
  const lines = ['| in Chromium through the host | runs | median ms | p95 ms | max ms |', '|---|---|---|---|---|']
  for (const m of outcome.results)
    lines.push(`| ${m.operation} | ${m.runs} | ${ms(m.medianMs)} | ${ms(m.p95Ms)} | ${m.maxMs === undefined ? '—' : ms(m.maxMs)} |`)
  lines.push('', outcome.note ?? '', '', `Host memory after the browser run: rss ${outcome.hostRssMiB.toFixed(0)} MiB`)
  console.log(`\n${lines.join('\n')}`)
}

if (require.main === module) {
  standalone().catch((error) => {
    console.error(error)
    process.exit(1)
  })
}
