import { randomBytes } from 'node:crypto'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { dropKeptDatabases, testBackend } from './test-backend'

/**
 * Once per vitest run, in the main process. The workers reuse their modules from file to file
 * (vitest.config.mts: isolate false), so the databases kept to be copied (database-copy.ts) serve every
 * file a worker runs: the SQLite copies' folder is removed, and on PostgreSQL they are dropped by this run's
 * name, when the run is over.
 */
export default function setup(): () => Promise<void> {
  process.env.BACKOFFICE_TEST_RUN ??= randomBytes(4).toString('hex')
  // The workers' SQLite copies, in one folder removed here (a worker ended by the runner gets no 'exit').
  const copies = mkdtempSync(join(tmpdir(), 'backoffice-test-copies-'))
  process.env.BACKOFFICE_TEST_COPIES = copies
  return async () => {
    rmSync(copies, { recursive: true, force: true })
    if (testBackend() === 'postgres') await dropKeptDatabases()
  }
}
