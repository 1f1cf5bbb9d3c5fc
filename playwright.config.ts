import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { defineConfig } from '@playwright/test'
import { findBrowser } from './tests/e2e/support/find-browser'

/*
 * End to end: the built renderer in Chromium against the HTTP host (electron/host), no Electron binary.
 *
 * Assumption: out/ is already built. This config never builds; `npm test` runs `npm run build` before
 * `test:e2e` (= `playwright test`), and by hand it is `npm run build && npx playwright test`.
 */

const PORT = Number(process.env.E2E_PORT ?? 5181)
const BASE_URL = `http://127.0.0.1:${PORT}/`

// A fresh, empty database per run: the first-run setup screen only appears on an empty one. The config
// is loaded by the runner and again in every worker (which has TEST_WORKER_INDEX); only the runner makes
// the folder, and the workers inherit its path through the environment instead of each making their own.
const IN_WORKER = process.env.TEST_WORKER_INDEX !== undefined
if (!IN_WORKER || !process.env.BACKOFFICE_E2E_DATA_DIR) {
  process.env.BACKOFFICE_E2E_DATA_DIR = mkdtempSync(join(tmpdir(), 'backoffice-e2e-'))
}
const DATA_DIR = process.env.BACKOFFICE_E2E_DATA_DIR

export default defineConfig({
  testDir: 'tests/e2e',
  // One host, one database, one story: tests within a file build on each other, so never in parallel.
  workers: 1,
  fullyParallel: false,
  retries: 0,
  forbidOnly: !!process.env.CI,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [['list'], ['html', { open: 'never' }]],
  outputDir: 'test-results',
  globalTeardown: './tests/e2e/support/global-teardown.ts',
  use: {
    baseURL: BASE_URL,
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
  webServer: {
    command: 'node out/main/host.js',
    url: BASE_URL,
    reuseExistingServer: false,
    timeout: 60_000,
    env: {
      BACKOFFICE_PORT: String(PORT),
      BACKOFFICE_DATA_DIR: DATA_DIR,
      // Pin the database into the fresh folder even if the shell exports another one.
      BACKOFFICE_DB: join(DATA_DIR, 'backoffice.sqlite'),
      BACKOFFICE_PG_URL: '',
    },
    // SIGTERM lets the host close the database cleanly (WAL checkpoint) before it is killed.
    gracefulShutdown: { signal: 'SIGTERM', timeout: 5_000 },
    stdout: 'pipe',
    stderr: 'pipe',
  },
})
