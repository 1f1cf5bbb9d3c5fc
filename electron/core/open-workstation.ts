import { dirname, join } from 'node:path'
import { warmUpPasswordHash } from './auth/password-hash'
import { dailyWork } from './daily/daily-work'
import { openDatabase } from './db/database'
import type { DatabaseTarget } from './db/data-source'
import { handlers } from './api'
import { createRouter } from './router/api-router'
import { ensureDefaultDefinitions, missingDefaultDefinitions } from './workflow/definitions-store'
import type { Database } from './db/database'
import type { Workstation, WorkstationOptions } from './workstation'

/** What tests, the seed and the benchmark get: the transport's view plus the database itself. */
export interface OpenedWorkstation extends Workstation {
  database: Database
  /** The daily work (daily/daily-work.ts) if the day has changed since its last run, after any run under way; the notes it expired. */
  runDailyWork(): Promise<number>
}

const DAILY_BACKUP_CHECK_MS = 60 * 60 * 1000

/**
 * Opens the back office on its database (backup before migrating, migrations; the file check and the
 * day's backup run beside it) and returns the router the transports bind to. Plain Node: the Electron
 * shell, the HTTP host and the tests all start it the same way.
 */
export async function openWorkstation(options: WorkstationOptions): Promise<OpenedWorkstation> {
  const now = options.now ?? (() => new Date())
  const target: DatabaseTarget = options.postgresUrl
    ? { kind: 'postgres', url: options.postgresUrl }
    : { kind: 'sqlite', path: options.sqlitePath ?? join(process.cwd(), '.data', 'backoffice.sqlite') }
  const backupDir = target.kind === 'sqlite' ? (options.backupDir ?? join(dirname(target.path), 'backups')) : null
  const db = await openDatabase({ target, backupDir, now })
  // Only a new (or upgraded) file lacks chains; an everyday open must not wait for the file check to write.
  if ((await db.read(missingDefaultDefinitions)).length) await db.transaction((em) => ensureDefaultDefinitions(em, now()))
  const dispatch = createRouter(db, handlers, now)
  // The first 登录 of the process should not also pay for the hash's memory pool (issue 10).
  warmUpPasswordHash()
  const backupIfDue = () => db.backupIfDue(now()).catch((error) => console.error('[backup] daily backup failed', error))
  // The day's backup is made beside the app once the file has passed its check, never before the first page.
  void backupIfDue()
  // The daily work (R8's expiry) at start-up and on the day's change, on the backup's hourly check.
  const runDailyWork = dailyWork(db, now)
  const daily = () => runDailyWork.run().catch((error) => console.error('[daily] daily work failed', error))
  if (options.dailyWork !== false) void daily()
  const timer = setInterval(() => {
    void backupIfDue()
    if (options.dailyWork !== false) void daily()
  }, DAILY_BACKUP_CHECK_MS)
  timer.unref()
  return {
    dispatch,
    database: db,
    runDailyWork: () => runDailyWork.run(),
    async close() {
      clearInterval(timer)
      await runDailyWork.settled()
      await db.close()
    },
  }
}
