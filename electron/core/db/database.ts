import type BetterSqlite3 from 'better-sqlite3'
import type { DataSource, EntityManager } from 'typeorm'
import { AppError } from '../../../shared/errors'
import { backupSqlite, listBackups } from './backup'
import { createDataSource, type DatabaseTarget } from './data-source'
import { PgTransactions, type TransactionOptions } from './pg-transactions'
import { SerialQueue } from './serial-queue'
import { withTransactionMemo } from './transaction-memo'
import { runFileJob } from './sqlite-file-worker'
import { ExportJobs } from '../export/export-jobs'
import { assertSqlitePragmas } from './sqlite-pragmas'

/** Where the start-up quick_check stands: writes wait for 'ok'; 'damaged' refuses them. */
type FileVerdict = 'unchecked' | 'checking' | 'ok' | 'damaged'

/**
 * The one way the core touches its database, and only database work happens inside: callers hash
 * passwords or build files before or after, never within. On SQLite, reads and transactions both enter
 * the serial queue (DESIGN.md pitfall: one shared better-sqlite3 connection). On PostgreSQL there is a
 * pool: reads go straight to it and transactions run side by side (pg-transactions.ts says at which
 * isolation level, and locks.ts how a check-then-act stays correct there).
 */
export class Database {
  private readonly queue = new SerialQueue()
  /** PostgreSQL only; null on SQLite, where the queue does it all. */
  private readonly pg: PgTransactions | null
  /** The exports' worker thread, with its own connection to the same data (export/export-jobs.ts). */
  readonly exports = new ExportJobs(() => this.readerTarget())

  constructor(
    readonly dataSource: DataSource,
    private readonly sqliteHandle: () => BetterSqlite3.Database | null,
    private readonly backupDir: string | null,
  ) {
    this.pg = dataSource.options.type === 'postgres' ? new PgTransactions(dataSource) : null
  }

  /** A read (or a single statement): in queue order on SQLite; inside a transaction, on its connection. */
  read<T>(work: (em: EntityManager) => Promise<T>): Promise<T> {
    if (this.pg) return this.pg.read(work)
    return this.queue.run(() => work(this.dataSource.manager))
  }

  /**
   * One all-or-nothing action. Re-entrant: a nested call joins the outer transaction as a savepoint (in
   * its queue slot on SQLite, on its client on PostgreSQL), and `options` are then the outer one's. On PostgreSQL a transaction
   * that failed with a serialization failure or a deadlock is run again from the start (pg-transactions.ts),
   * so `work` must do database work only. Nothing is written before the start-up quick_check has passed
   * (it is usually done before anyone has signed in), and nothing at all once it has failed.
   */
  async transaction<T>(work: (em: EntityManager) => Promise<T>, options?: TransactionOptions): Promise<T> {
    if (this.pg) return this.pg.transaction(work, options)
    if (this.verdict !== 'ok' && !this.queue.isInside) await this.fileVerified()
    return this.queue.run(() => this.dataSource.transaction((em) => withTransactionMemo(em, work)))
  }

  private verdict: FileVerdict = 'unchecked'
  private checking: Promise<void> = Promise.resolve()
  private background: Promise<unknown> = Promise.resolve()

  /**
   * DESIGN.md's quick_check at start-up, in a worker: it reads the whole file (~0.7 s at ten years),
   * so reads answer meanwhile and writes wait for it.
   */
  startFileCheck(): void {
    const raw = this.sqliteHandle()
    if (!raw) {
      this.verdict = 'ok'
      return
    }
    this.verdict = 'checking'
    this.checking = runFileJob({ task: 'check', file: raw.name, pragma: 'quick_check' }).then(
      (result) => {
        this.verdict = result === 'ok' ? 'ok' : 'damaged'
        if (result !== 'ok') console.error(`[database] quick_check failed: ${result}`)
      },
      (error: unknown) => {
        this.verdict = 'damaged'
        console.error('[database] quick_check could not run', error)
      },
    )
  }

  /** Resolves once the file has passed quick_check; throws DATABASE_DAMAGED if it has not. */
  async fileVerified(): Promise<void> {
    await this.checking
    if (this.verdict === 'damaged') throw new AppError('DATABASE_DAMAGED')
  }

  /** Work started beside the app (the check, a daily backup) has finished: for tests and closing. */
  async settled(): Promise<void> {
    await this.checking
    await this.background.catch(() => undefined)
  }

  /** Where the SQLite backups are kept (null on PostgreSQL): the administrator's home lists them. */
  get backupFolder(): string | null {
    return this.backupDir
  }

  get isSqlite(): boolean {
    return this.sqliteHandle() !== null
  }

  /** The raw better-sqlite3 handle (SQLite only): pragmas, backups, benchmarks' raw-SQL floor. */
  get sqlite(): BetterSqlite3.Database | null {
    return this.sqliteHandle()
  }

  /** A verified copy of the file as it is now; the app keeps working while it is made. */
  async backup(reason: 'migration' | 'daily', at: Date): Promise<string | null> {
    const raw = this.sqliteHandle()
    if (!raw || !this.backupDir) return null
    const made = backupSqlite(raw.name, this.backupDir, reason, at)
    this.background = made
    return made
  }

  /**
   * DESIGN.md "Nothing is lost": at most one daily backup, taken on the first open or check of the
   * day, once the file has passed its quick_check (a damaged file must not push out good backups).
   */
  backupIfDue(at: Date): Promise<string | null> {
    const dir = this.backupDir
    if (!dir) return Promise.resolve(null)
    const today = at.toISOString().slice(0, 10).replace(/-/g, '')
    if (listBackups(dir).some((f) => f.includes(`-${today}-`) && f.endsWith('-daily.sqlite'))) return Promise.resolve(null)
    // Tracked from the start (not from when the copy begins), so settled() and close() wait for all of it.
    const due = this.fileVerified().then(() => this.backup('daily', at))
    this.background = due
    return due
  }

  /**
   * Runs the pending migrations, or undoes the newest one. On SQLite, TypeORM rebuilds a table to add
   * or drop a column, which foreign keys forbid once rows exist; so, as SQLite's own ALTER TABLE
   * procedure says, foreign keys are off while migrating and `foreign_key_check` must be clean after.
   */
  async migrate(direction: 'up' | 'undoLast'): Promise<void> {
    const raw = this.sqliteHandle()
    await this.queue.run(async () => {
      raw?.pragma('foreign_keys = OFF')
      try {
        if (direction === 'up') await this.dataSource.runMigrations({ transaction: 'each' })
        else await this.dataSource.undoLastMigration({ transaction: 'each' })
        const broken = raw?.pragma('foreign_key_check') as unknown[] | undefined
        if (broken?.length) throw new Error(`migration left ${broken.length} broken foreign keys: ${JSON.stringify(broken.slice(0, 5))}`)
      } finally {
        raw?.pragma('foreign_keys = ON')
      }
    })
    if (raw) assertSqlitePragmas(raw)
  }

  /** Where a second, read-only connection finds the same data: the file, or the server's URL. */
  private readerTarget(): DatabaseTarget {
    const raw = this.sqliteHandle()
    if (raw) return { kind: 'sqlite', path: raw.name }
    return { kind: 'postgres', url: String((this.dataSource.options as { url?: string }).url) }
  }

  /** Waits for the work under way (the queue's on SQLite, every client's on PostgreSQL), then ends the connection or the pool. */
  async close(): Promise<void> {
    await this.settled()
    await this.exports.close()
    await this.pg?.settled()
    await this.queue.run(async () => {
      if (this.dataSource.isInitialized) await this.dataSource.destroy()
    })
  }
}

export interface OpenDatabaseOptions {
  target: DatabaseTarget
  backupDir: string | null
  now: () => Date
}

/** Open, start the file check, back up and migrate if a migration is pending. The daily backup is the caller's, after open. */
export async function openDatabase(options: OpenDatabaseOptions): Promise<Database> {
  const { dataSource, sqlite } = createDataSource(options.target)
  await dataSource.initialize()
  const db = new Database(dataSource, sqlite, options.backupDir)
  try {
    const raw = sqlite()
    if (raw) assertSqlitePragmas(raw)
    db.startFileCheck()
    // Asked before showMigrations, which creates the migrations table: a new file has nothing to back up.
    const existing = raw !== null && (await hasExistingData(dataSource))
    await oneStarterAtATime(dataSource, async () => {
      if (!(await dataSource.showMigrations())) return
      // An upgrade rewrites tables: only on a file that passed its check, and only after a backup.
      await db.fileVerified()
      if (existing) await db.backup('migration', options.now())
      await db.migrate('up')
    })
    return db
  } catch (error) {
    await db.close()
    throw error
  }
}

/**
 * Workstations starting together on one PostgreSQL database would each find the same migration pending
 * and run it twice: they take turns, under a session advisory lock, and the later ones find nothing to do.
 * (A SQLite file has one workstation.)
 */
async function oneStarterAtATime(dataSource: DataSource, work: () => Promise<void>): Promise<void> {
  if (dataSource.options.type !== 'postgres') return work()
  const runner = dataSource.createQueryRunner()
  const key = `hashtextextended('backoffice.migrations', 0)`
  try {
    await runner.query(`SELECT pg_advisory_lock(${key})`)
    await work()
  } finally {
    try {
      await runner.query(`SELECT pg_advisory_unlock(${key})`)
    } finally {
      await runner.release()
    }
  }
}

async function hasExistingData(dataSource: DataSource): Promise<boolean> {
  const rows: unknown[] = await dataSource.query(`SELECT name FROM sqlite_master WHERE type = 'table' AND name = 'migrations'`)
  return rows.length > 0
}
