import { mkdirSync, mkdtempSync } from 'node:fs'
import { cpus, tmpdir } from 'node:os'
import { join } from 'node:path'
import { defineConfig } from '@playwright/test'
import { findBrowser } from './tests/e2e/support/find-browser'

/*
 * End to end: the built renderer in Chromium against the HTTP host (electron/host), no Electron binary.
 *
 * Assumption: out/ is already built. This config never builds; `npm test` runs `npm run build` before
 * `test:e2e` (= `playwright test`), and by hand it is `npm run build && npx playwright test`.
 */

const BASE_PORT = Number(process.env.E2E_PORT ?? 5181)

// A fresh, empty database per run: the first-run setup screen only appears on an empty one. The config
// is loaded by the runner and again in every worker (which has TEST_WORKER_INDEX); only the runner makes
// the folder, and the workers inherit its path through the environment instead of each making their own.
const IN_WORKER = process.env.TEST_WORKER_INDEX !== undefined
if (!IN_WORKER || !process.env.BACKOFFICE_E2E_DATA_DIR) {
  process.env.BACKOFFICE_E2E_DATA_DIR = mkdtempSync(join(tmpdir(), 'backoffice-e2e-'))
}
const DATA_DIR = process.env.BACKOFFICE_E2E_DATA_DIR

/**
 * One story per spec file, each on its own host and its own database (a subfolder of DATA_DIR, removed
 * with it by the global teardown), so no spec depends on another or on their order. The stories start
 * from an empty database, except `seeded` ones: their host opens an office the seed generates first
 * (one year at scale 0.2: about a thousand documents per signer in a few seconds), for what only
 * volume shows, such as a list loading as it scrolls.
 */
const STORIES: ReadonlyArray<{ name: string; file: string; port: number; seeded?: boolean }> = [
  { name: 'foundation', file: 'foundation.spec.ts', port: BASE_PORT },
  { name: 'contract-chain', file: 'contract-chain.spec.ts', port: BASE_PORT + 1 },
  { name: 'queue-scroll', file: 'queue-scroll.spec.ts', port: BASE_PORT + 2, seeded: true },
  { name: 'print-longest', file: 'print-longest.spec.ts', port: BASE_PORT + 3 },
  { name: 'approver-flow', file: 'approver-flow.spec.ts', port: BASE_PORT + 4 },
  // contract-chain's former 800 lines, one story each (issue 10): what a signed contract produces, and
  // the rejection, withdrawal and closing; they share support/contract-office.ts and contract-steps.ts.
  { name: 'contract-papers', file: 'contract-papers.spec.ts', port: BASE_PORT + 5 },
  { name: 'contract-rework', file: 'contract-rework.spec.ts', port: BASE_PORT + 6 },
  { name: 'deputy-approval', file: 'deputy-approval.spec.ts', port: BASE_PORT + 7 },
  { name: 'chain-editor', file: 'chain-editor.spec.ts', port: BASE_PORT + 8 },
  { name: 'money-production', file: 'money-production.spec.ts', port: BASE_PORT + 10 },
  { name: 'goods', file: 'goods.spec.ts', port: BASE_PORT + 12 },
  { name: 'chain-end', file: 'chain-end.spec.ts', port: BASE_PORT + 13 },
  { name: 'notice-states', file: 'notice-states.spec.ts', port: BASE_PORT + 14 },
  { name: 'dispatch', file: 'dispatch.spec.ts', port: BASE_PORT + 15 },
  { name: 'continuous-paper', file: 'continuous-paper.spec.ts', port: BASE_PORT + 16 },
  { name: 'outbound', file: 'outbound.spec.ts', port: BASE_PORT + 17 },
  { name: 'gate-pass', file: 'gate-pass.spec.ts', port: BASE_PORT + 18 },
  { name: 'signed-copy', file: 'signed-copy.spec.ts', port: BASE_PORT + 19 },
  { name: 'outbound-print', file: 'outbound-print.spec.ts', port: BASE_PORT + 20 },
  { name: 'work-order', file: 'work-order.spec.ts', port: BASE_PORT + 21 },
  { name: 'acceptance', file: 'acceptance.spec.ts', port: BASE_PORT + 22 },
  { name: 'invoice', file: 'invoice.spec.ts', port: BASE_PORT + 23 },
  { name: 'aging', file: 'aging.spec.ts', port: BASE_PORT + 25 },
  { name: 'commission', file: 'commission.spec.ts', port: BASE_PORT + 24 },
  { name: 'reconciliation', file: 'reconciliation.spec.ts', port: BASE_PORT + 27 },
]

const HOST = 'node out/main/host.js'
const seedThenHost = (database: string) => `npx tsx scripts/seed/index.ts --years 1 --scale 0.2 --out "${database}" && ${HOST}`

const baseUrl = (port: number) => `http://127.0.0.1:${port}/`

export default defineConfig({
  testDir: 'tests/e2e',
  // Within a file the tests build on each other (serial, one database); the files have separate hosts and
  // databases, so the stories may run side by side, one worker each — but no more browsers than cores:
  // on a 2-core machine three Chromiums plus three hosts starved each other (issue 9, item 10).
  workers: Math.max(1, Math.min(cpus().length, STORIES.length)),
  fullyParallel: false,
  retries: 0,
  forbidOnly: !!process.env.CI,
  // Ceilings, not delays: every wait is on a state (tests/e2e/support/waits.ts) and returns as soon as it
  // holds, so generous limits cost nothing on a quiet machine and keep a loaded one from failing.
  timeout: 180_000,
  expect: { timeout: 30_000 },
  // The JSON report feeds .ci/run's one-line summary (scripts/test-summary.mjs).
  reporter: [['list'], ['html', { open: 'never' }], ['json', { outputFile: 'test-reports/e2e.json' }]],
  outputDir: 'test-results',
  globalTeardown: './tests/e2e/support/global-teardown.ts',
  use: {
    viewport: { width: 1366, height: 768 },
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
    launchOptions: {
      executablePath: findBrowser(),
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--no-first-run',
        '--disable-sync',
        '--disable-quic',
      ],
    },
    screenshot: 'only-on-failure',
    trace: 'retain-on-failure',
  },
  projects: STORIES.map((story) => ({
    name: story.name,
    testMatch: story.file,
    use: { baseURL: baseUrl(story.port) },
  })),
  webServer: STORIES.map((story) => {
    const dataDir = join(DATA_DIR, story.name)
    mkdirSync(dataDir, { recursive: true })
    const database = join(dataDir, 'backoffice.sqlite')
    return {
      command: story.seeded ? seedThenHost(database) : HOST,
      url: baseUrl(story.port),
      reuseExistingServer: false,
      // The seeded story generates its office first: about 10 s idle, a minute or more on a loaded machine.
      timeout: story.seeded ? 300_000 : 120_000,
      env: {
        BACKOFFICE_PORT: String(story.port),
        BACKOFFICE_DATA_DIR: dataDir,
        // Pin the database into the fresh folder even if the shell exports another one.
        BACKOFFICE_DB: database,
        BACKOFFICE_PG_URL: '',
      },
      // SIGTERM lets the host close the database cleanly (WAL checkpoint) before it is killed.
      gracefulShutdown: { signal: 'SIGTERM' as const, timeout: 5_000 },
      stdout: 'pipe' as const,
      stderr: 'pipe' as const,
    }
  }),
})
