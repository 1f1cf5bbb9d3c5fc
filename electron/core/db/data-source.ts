import type BetterSqlite3 from 'better-sqlite3'
import { DataSource } from 'typeorm'
import { bindNumberParameters } from './bind-numbers'
import { allEntities } from './all-entities'
import { withByteOrderText } from './byte-order-text'
import { migrations } from './migrations'
import { applySqlitePragmas } from './sqlite-pragmas'

export type DatabaseTarget = { kind: 'sqlite'; path: string } | { kind: 'postgres'; url: string }

export interface CreatedDataSource {
  dataSource: DataSource
  /** The raw better-sqlite3 handle (SQLite only), for backups and pragma checks. */
  sqlite: () => BetterSqlite3.Database | null
}

/**
 * Clients per workstation. A transaction holds one for its whole length and a workstation serves one
 * person (or the HTTP host a few), so ten is room to spare; PostgreSQL's default max_connections (100)
 * then admits about ten workstations, each with its pool full. Callers beyond ten wait for a client.
 */
export const PG_POOL_SIZE = 10

/** The DataSource factory: the embedded SQLite file by default, PostgreSQL for multi-workstation offices. */
export function createDataSource(target: DatabaseTarget): CreatedDataSource {
  if (target.kind === 'postgres') {
    const dataSource = new DataSource({
      type: 'postgres',
      url: target.url,
      entities: withByteOrderText(allEntities()),
      migrations,
      migrationsRun: false,
      synchronize: false,
      migrationsTransactionMode: 'each',
      poolSize: PG_POOL_SIZE,
      applicationName: 'backoffice',
      // A server that does not answer is reported instead of waited for forever; idle clients go after 30 s.
      connectTimeoutMS: 10_000,
      extra: { idleTimeoutMillis: 30_000 },
    })
    return { dataSource, sqlite: () => null }
  }
  let handle: BetterSqlite3.Database | null = null
  const dataSource = new DataSource({
    type: 'better-sqlite3',
    database: target.path,
    entities: allEntities(),
    migrations,
    migrationsRun: false,
    synchronize: false,
    migrationsTransactionMode: 'each',
    timeout: 5000,
    // Every value is bound (bind-numbers.ts), so statements repeat; room for all of the app's hot ones.
    statementCacheSize: 500,
    prepareDatabase: (db: BetterSqlite3.Database) => {
      applySqlitePragmas(db)
      handle = db
    },
  })
  bindNumberParameters(dataSource)
  return { dataSource, sqlite: () => handle }
}

/**
 * A second, read-only way into the same data for a worker thread (the exports, export-worker.ts): on
 * SQLite its own read-only connection (in WAL mode a reader sees whole transactions and never blocks the
 * writer); on PostgreSQL its own client. The workstation's serial queue and pool stay free meanwhile.
 */
export function createReaderDataSource(target: DatabaseTarget): DataSource {
  if (target.kind === 'postgres') {
    return new DataSource({
      type: 'postgres',
      url: target.url,
      entities: withByteOrderText(allEntities()),
      synchronize: false,
      poolSize: 1,
      applicationName: 'backoffice-export',
      connectTimeoutMS: 10_000,
      extra: { idleTimeoutMillis: 30_000 },
    })
  }
  const dataSource = new DataSource({
    type: 'better-sqlite3',
    database: target.path,
    entities: allEntities(),
    synchronize: false,
    readonly: true,
    fileMustExist: true,
    timeout: 5000,
    statementCacheSize: 100,
  })
  bindNumberParameters(dataSource)
  return dataSource
}
