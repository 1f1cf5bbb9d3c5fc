import type BetterSqlite3 from 'better-sqlite3'
import type { DataSource, EntityManager } from 'typeorm'
import { backupSqlite, listBackups } from './backup'
import { createDataSource, type DatabaseTarget } from './data-source'
import { SerialQueue } from './serial-queue'
import { assertSqlitePragmas } from './sqlite-pragmas'

/**
 * The one way the core touches its database. Reads and transactions both enter the serial queue
 * (DESIGN.md pitfall: one shared better-sqlite3 connection), and only database work happens inside:
 * callers hash passwords or build files before or after, never within.
 */
export class Database {
  private readonly queue = new SerialQueue()

  constructor(
    readonly dataSource: DataSource,
    private readonly sqliteHandle: () => BetterSqlite3.Database | null,
    private readonly backupDir: string | null,
  ) {}

  /** A read (or a single statement) in queue order. */
  read<T>(work: (em: EntityManager) => Promise<T>): Promise<T> {
    return this.queue.run(() => work(this.dataSource.manager))
  }

  /** One all-or-nothing action. Re-entrant: a nested call joins the outer transaction's queue slot. */
  transaction<T>(work: (em: EntityManager) => Promise<T>): Promise<T> {
    return this.queue.run(() => this.dataSource.transaction(work))
  }

  get isSqlite(): boolean {
    return this.sqliteHandle() !== null
  }

  /** The raw better-sqlite3 handle (SQLite only): pragmas, backups, benchmarks' raw-SQL floor. */
  get sqlite(): BetterSqlite3.Database | null {
    return this.sqliteHandle()
  }

  async backup(reason: 'migration' | 'daily', at: Date): Promise<string | null> {
    const raw = this.sqliteHandle()
    if (!raw || !this.backupDir) return null
    const dir = this.backupDir
    return this.queue.run(() => backupSqlite(raw, dir, reason, at))
  }

  /** DESIGN.md "Nothing is lost": at most one daily backup, taken on the first open or check of the day. */
  async backupIfDue(at: Date): Promise<string | null> {
    if (!this.backupDir) return null
    const today = at.toISOString().slice(0, 10).replace(/-/g, '')
    if (listBackups(this.backupDir).some((f) => f.includes(`-${today}-`) && f.endsWith('-daily.sqlite'))) return null
    return this.backup('daily', at)
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

  async close(): Promise<void> {
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

/** Open, check, back up if a migration is pending on existing data, migrate. */
export async function openDatabase(options: OpenDatabaseOptions): Promise<Database> {
  const { dataSource, sqlite } = createDataSource(options.target)
  await dataSource.initialize()
  const db = new Database(dataSource, sqlite, options.backupDir)
  try {
    const raw = sqlite()
    if (raw) {
      assertSqlitePragmas(raw)
      const check = raw.pragma('quick_check', { simple: true })
      if (check !== 'ok') throw new Error(`database failed quick_check: ${String(check)}`)
    }
    if (await dataSource.showMigrations()) {
      if (raw && (await hasExistingData(dataSource))) await db.backup('migration', options.now())
      await db.migrate('up')
    }
    await db.backupIfDue(options.now())
    return db
  } catch (error) {
    await db.close()
    throw error
  }
}

async function hasExistingData(dataSource: DataSource): Promise<boolean> {
  const rows: unknown[] = await dataSource.query(`SELECT name FROM sqlite_master WHERE type = 'table' AND name = 'migrations'`)
  return rows.length > 0
}
