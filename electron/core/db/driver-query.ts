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
  const compiled = (postgres ? compiledPg : compiledSqlite).get(sql)
  if (compiled && fits(compiled, params)) return [compiled.text, compiled.names.map((name) => bound(params[name]))]
  const values: unknown[] = []
  const names: string[] = []
  const left: string[] = []
  let spread = false
  const bind = (value: unknown) => {
    values.push(bound(value))
    return postgres ? `$${values.length}` : '?'
  }
  const text = sql.replace(/:(\.\.\.)?([A-Za-z_][A-Za-z0-9_]*)/g, (whole, spreads: string | undefined, key: string) => {
    if (!Object.hasOwn(params, key)) {
      left.push(key)
      return whole
    }
    if (spreads) spread = true
    names.push(key)
    const value = params[key]
    return spreads ? (value as unknown[]).map(bind).join(', ') : bind(value)
  })
  // A list's placeholders depend on its length: only texts without one are kept.
  if (!spread) remember(postgres ? compiledPg : compiledSqlite, sql, { text, names, left })
  return [text, values]
}

const bound = (value: unknown) => (typeof value === 'boolean' ? Number(value) : value)

/** The conversion of a text done once (issue 11: the regex on every statement cost as much as a one-row read). */
interface Compiled {
  text: string
  /** The parameters in placeholder order. */
  names: string[]
  /** `:words` left in the text because the parameters had no such key: still none, or the text would differ. */
  left: string[]
}
const compiledSqlite = new Map<string, Compiled>()
const compiledPg = new Map<string, Compiled>()
/** More than the app's distinct texts; a text with a searched word in it is not among them (those are bound, never spliced). */
const MAX_COMPILED = 2000

function fits(compiled: Compiled, params: Record<string, unknown>): boolean {
  for (const name of compiled.names) if (!Object.hasOwn(params, name)) return false
  for (const name of compiled.left) if (Object.hasOwn(params, name)) return false
  return true
}

function remember(cache: Map<string, Compiled>, sql: string, compiled: Compiled): void {
  if (cache.size >= MAX_COMPILED) cache.delete(cache.keys().next().value!)
  cache.set(sql, compiled)
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

/** The better-sqlite3 connection behind `em` (SQLite only): the one TypeORM's transactions run on. */
export function sqliteConnectionOf(em: EntityManager): BetterSqlite3.Database | null {
  const driver = em.connection.driver
  if (driver.options.type !== 'better-sqlite3') return null
  return (driver as unknown as { databaseConnection: BetterSqlite3.Database }).databaseConnection
}

/**
 * Subscribers still hear a statement run on the connection itself, as TypeORM's own path would tell them
 * (the benchmark's statement recorder replays every statement of an approval for its floor). The app has none.
 */
export function tellSubscribers(em: EntityManager, text: string, values: unknown[]): void {
  for (const subscriber of em.connection.subscribers) subscriber.beforeQuery?.({ query: text, parameters: values } as BeforeQueryEvent)
}

/** The statement for `sql` on this connection, prepared once. */
export function preparedStatement(connection: BetterSqlite3.Database, sql: string): BetterSqlite3.Statement {
  return prepared(connection, sql)
}

/**
 * The rows of a hand-written read (`driverQuery`'s SQL). On SQLite it runs on the connection itself:
 * below a millisecond TypeORM's query path (logger, subscriber events, two awaits) costs as much as
 * SQLite's own work, and the session lookup and the queue's counts are on every call of every window.
 * Same connection and same queue slot, so it sees (and joins) the caller's transaction like em.query.
 * On PostgreSQL it is em.query. (A write with RETURNING answers its rows here too.)
 */
export async function readRows<T>(em: EntityManager, sql: string, params: Record<string, unknown>): Promise<T[]> {
  const [text, values] = driverQuery(em, sql, params)
  const connection = sqliteConnectionOf(em)
  if (!connection) return (await em.query(text, values)) as T[]
  tellSubscribers(em, text, values)
  return prepared(connection, text).all(...(values as never[])) as T[]
}
