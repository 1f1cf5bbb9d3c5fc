import { randomBytes } from 'node:crypto'
import { dropKeptDatabases, testBackend } from './test-backend'

/**
 * Once per vitest run, in the main process. The workers reuse their modules from file to file
 * (vitest.config.mts: isolate false), so the databases kept to be copied (database-copy.ts) serve every
 * file a worker runs; on PostgreSQL they are dropped here when the run is over, by this run's name.
 */
export default function setup(): () => Promise<void> {
  process.env.BACKOFFICE_TEST_RUN ??= randomBytes(4).toString('hex')
  return async () => {
    if (testBackend() === 'postgres') await dropKeptDatabases()
  }
}
