import type BetterSqlite3 from 'better-sqlite3'
import type { SelectQueryBuilder } from 'typeorm'

// Any entity's builder: the floor reads only its SQL.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnyBuilder = SelectQueryBuilder<any>

/**
 * The floor of an operation: the exact SQL TypeORM generates for it, run directly on better-sqlite3
 * with a cached prepared statement. The ratio to it is what the ORM and the router cost.
 */
export class RawFloor {
  private readonly statements = new Map<string, BetterSqlite3.Statement>()
  constructor(private readonly raw: BetterSqlite3.Database) {}

  all(sql: string, params: unknown[]): unknown[] {
    let statement = this.statements.get(sql)
    if (!statement) {
      statement = this.raw.prepare(sql)
      this.statements.set(sql, statement)
    }
    return statement.all(...(params as never[]))
  }

  /** Runs what a query builder would run, without the ORM. */
  query(qb: AnyBuilder): unknown[] {
    const [sql, params] = qb.getQueryAndParameters()
    return this.all(sql, params)
  }

  /** What getCount() would run. */
  count(qb: AnyBuilder): unknown[] {
    const [sql, params] = qb.clone().select('COUNT(1)', 'cnt').orderBy().offset(undefined).limit(undefined).getQueryAndParameters()
    return this.all(sql, params)
  }
}
