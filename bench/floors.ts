import type BetterSqlite3 from 'better-sqlite3'
import type { SelectQueryBuilder } from 'typeorm'
import type { Statement } from './statement-recorder'

// Any entity's builder: the floor reads only its SQL.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnyBuilder = SelectQueryBuilder<any>

/**
 * The floor of an operation: the exact SQL the app runs for it, run directly on better-sqlite3
 * with a cached prepared statement. The ratio to it is what the ORM and the router cost.
 */
export class RawFloor {
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

  /** Runs what a query builder would run, without the ORM. */
  query(qb: AnyBuilder): unknown[] {
    const [sql, params] = qb.getQueryAndParameters()
    return this.all(sql, params)
  }

  /** Replays recorded statements (reads, writes, BEGIN and COMMIT alike) in order. */
  replay(statements: Statement[]): void {
    for (const [sql, params] of statements) {
      const statement = this.prepared(sql)
      if (statement.reader) statement.all(...(params as never[]))
      else statement.run(...(params as never[]))
    }
  }
}
