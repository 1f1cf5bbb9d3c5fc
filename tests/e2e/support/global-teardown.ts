import { rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { basename, dirname, resolve } from 'node:path'

/**
 * Removes the run's throw-away data folder (made by playwright.config.ts). Set E2E_KEEP_DATA=1 to keep it
 * and look at the database after a failure. Best effort: Playwright stops the host only after this runs,
 * so on Windows the open SQLite file may refuse deletion; the folder then stays in %TEMP%.
 */
export default function globalTeardown(): void {
  const dir = process.env.BACKOFFICE_E2E_DATA_DIR
  // Only ever a folder this config made: directly in the temp dir, with our prefix.
  if (!dir || dirname(resolve(dir)) !== resolve(tmpdir()) || !basename(dir).startsWith('backoffice-e2e-')) return
  if (process.env.E2E_KEEP_DATA) {
    console.log(`[e2e] data kept in ${dir}`)
    return
  }
  try {
    rmSync(dir, { recursive: true, force: true, maxRetries: 3 })
  } catch (error) {
    console.warn(`[e2e] could not remove ${dir}: ${(error as Error).message}`)
  }
}
