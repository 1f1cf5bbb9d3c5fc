import type BetterSqlite3 from 'better-sqlite3'
import type { Client } from 'pg'
import type { EntityManager, SelectQueryBuilder } from 'typeorm'
import { driverQuery } from '../electron/core/db/driver-query'
import type { Statement } from './statement-recorder'

// Any entity's builder: the floor reads only its SQL.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnyBuilder = SelectQueryBuilder<any>

/**
 * The floor of an operation: the exact SQL the app runs for it, run directly on the driver with a
 * prepared statement, without TypeORM or the router. The ratio to it is what the ORM and the router cost.
 * The SQL is always the app's own, in the connected driver's placeholders: the queue's and the floor's
 * own hand-written statements are written once with named parameters (`named`), the ledger's come from
 * its query builder, the approval's are what TypeORM sent.
 * SQLite answers synchronously; PostgreSQL over its socket, so every call may be awaited.
 */
export interface RawFloor {
  all(sql: string, params: unknown[]): unknown[] | Promise<unknown[]>
  /** Hand-written SQL with `:name` parameters, in the placeholders of `em`'s driver (the same as the floor's). */
  named(em: EntityManager, sql: string, params: Record<string, unknown>): unknown[] | Promise<unknown[]>
  /** Runs what a query builder would run, without the ORM. */
  query(qb: AnyBuilder): unknown[] | Promise<unknown[]>
  /** Replays recorded statements (reads, writes, BEGIN and COMMIT alike) in order. */
  replay(statements: Statement[]): void | Promise<void>
}

/** better-sqlite3 with a cached prepared statement per SQL text. */
export class SqliteFloor implements RawFloor {
  private readonly statements = new Map<string, BetterSqlite3.Statement>()
  constructor(private readonly raw: BetterSqlite3.Database) {}

  private prepared(sql: string): BetterSqlite3.Statement {
    let statement = this.statements.get(sql)
    if (!statement) {
      statement = this.raw.prepare(sql)
      this.statements.set(sql, statement)
    }
    return statement
  }

  all(sql: string, params: unknown[]): unknown[] {
    return this.prepared(sql).all(...(params as never[]))
  }

  named(em: EntityManager, sql: string, params: Record<string, unknown>): unknown[] {
    return this.all(...driverQuery(em, sql, params))
  }

  query(qb: AnyBuilder): unknown[] {
    const [sql, params] = qb.getQueryAndParameters()
    return this.all(sql, params)
  }

  replay(statements: Statement[]): void {
    for (const [sql, params] of statements) {
      const statement = this.prepared(sql)
      if (statement.reader) statement.all(...(params as never[]))
      else statement.run(...(params as never[]))
    }
  }
}

/**
 * One `pg` client, every statement with parameters prepared once per connection (a named statement),
 * as a hand-tuned PostgreSQL client would run it. TypeORM prepares nothing on PostgreSQL: the parse and
 * plan it repeats on every call are part of what the ratio shows.
 */
export class PgFloor implements RawFloor {
  private readonly names = new Map<string, string>()
  constructor(private readonly client: Client) {}

  async all(sql: string, params: unknown[]): Promise<unknown[]> {
    // Without parameters (BEGIN, COMMIT, START TRANSACTION) the simple protocol, as TypeORM sends them.
    if (!params.length) return (await this.client.query(sql)).rows
    let name = this.names.get(sql)
    if (!name) this.names.set(sql, (name = `floor_${this.names.size + 1}`))
    return (await this.client.query({ name, text: sql, values: params })).rows
  }

  named(em: EntityManager, sql: string, params: Record<string, unknown>): Promise<unknown[]> {
    return this.all(...driverQuery(em, sql, params))
  }

  query(qb: AnyBuilder): Promise<unknown[]> {
    const [sql, params] = qb.getQueryAndParameters()
    return this.all(sql, params)
  }

  async replay(statements: Statement[]): Promise<void> {
    for (const [sql, params] of statements) await this.all(sql, params)
  }
}
