import type BetterSqlite3 from 'better-sqlite3'
import type { BeforeQueryEvent, EntityManager } from 'typeorm'

/**
 * Hand-written SQL with TypeORM-style named parameters (`:name`, `:...list`) turned into the
 * connected driver's placeholders (`?` on SQLite, `$1` on PostgreSQL), every value bound, never
 * spliced in: one SQL text per statement, so the prepared-statement cache is hit on every call.
 * (TypeORM's own SQLite conversion writes numbers into the text: each id makes a new statement.)
 */
export function driverQuery(em: EntityManager, sql: string, params: Record<string, unknown>): [string, unknown[]] {
  const postgres = em.connection.driver.options.type === 'postgres'
  const values: unknown[] = []
  const bind = (value: unknown) => {
    values.push(typeof value === 'boolean' ? Number(value) : value)
    return postgres ? `$${values.length}` : '?'
  }
  const text = sql.replace(/:(\.\.\.)?([A-Za-z_][A-Za-z0-9_]*)/g, (whole, spread: string | undefined, key: string) => {
    if (!Object.hasOwn(params, key)) return whole
    const value = params[key]
    return spread ? (value as unknown[]).map(bind).join(', ') : bind(value)
  })
  return [text, values]
}

/** Prepared statements of the hot reads, per better-sqlite3 connection (TypeORM keeps its own for the ORM's). */
const preparedOf = new WeakMap<BetterSqlite3.Database, Map<string, BetterSqlite3.Statement>>()
/** More distinct texts than the app has: a bound on a cache that should never need one. */
const MAX_PREPARED = 500

function prepared(connection: BetterSqlite3.Database, sql: string): BetterSqlite3.Statement {
  let cache = preparedOf.get(connection)
  if (!cache) preparedOf.set(connection, (cache = new Map()))
  let statement = cache.get(sql)
  if (!statement) {
    if (cache.size >= MAX_PREPARED) cache.delete(cache.keys().next().value!)
    statement = connection.prepare(sql)
    cache.set(sql, statement)
  }
  return statement
}

/**
 * The rows of a hand-written read (`driverQuery`'s SQL). On SQLite it runs on the connection itself:
 * below a millisecond TypeORM's query path (logger, subscriber events, two awaits) costs as much as
 * SQLite's own work, and the session lookup and the queue's counts are on every call of every window.
 * Same connection and same queue slot, so it sees (and joins) the caller's transaction like em.query.
 * On PostgreSQL it is em.query.
 */
export async function readRows<T>(em: EntityManager, sql: string, params: Record<string, unknown>): Promise<T[]> {
  const [text, values] = driverQuery(em, sql, params)
  const driver = em.connection.driver
  if (driver.options.type !== 'better-sqlite3') return (await em.query(text, values)) as T[]
  const connection = (driver as unknown as { databaseConnection: BetterSqlite3.Database }).databaseConnection
  // Subscribers still hear the statement, as TypeORM's own path would tell them (the benchmark's
  // statement recorder replays every statement of an approval for its floor). The app has none.
  for (const subscriber of em.connection.subscribers) subscriber.beforeQuery?.({ query: text, parameters: values } as BeforeQueryEvent)
  return prepared(connection, text).all(...(values as never[])) as T[]
}
