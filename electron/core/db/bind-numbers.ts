import type { DataSource } from 'typeorm'

/**
 * TypeORM's SQLite drivers write number parameters into the SQL text (`WHERE "id" = 107680`), so
 * every id makes a new statement: its 100-entry statement cache never hits and each call pays for
 * SQLite to parse and plan again (about a millisecond of an approval at ten years). This binds every
 * value instead — the same conversion otherwise, kept in step with TypeORM 1.x's
 * AbstractSqliteDriver.escapeQueryWithParameters.
 */
export function bindNumberParameters(dataSource: DataSource): void {
  const driver = dataSource.driver as unknown as { createParameter(key: string, index: number): string; escapeQueryWithParameters: unknown }
  driver.escapeQueryWithParameters = (sql: string, parameters: Record<string, unknown> | undefined): [string, unknown[]] => {
    const values: unknown[] = []
    if (!parameters || !Object.keys(parameters).length) return [sql, values]
    const bind = (key: string, value: unknown) => {
      // Times are ISO text everywhere in this app; a Date here would be refused by better-sqlite3, loudly.
      values.push(typeof value === 'boolean' ? +value : value)
      return driver.createParameter(key, values.length - 1)
    }
    const text = sql.replaceAll(/:(\.\.\.)?([A-Za-z0-9_.]+)/g, (full, isArray: string | undefined, key: string) => {
      if (!Object.hasOwn(parameters, key)) return full
      const value = parameters[key]
      if (isArray) return (value as unknown[]).map((v) => bind(key, v)).join(', ')
      if (typeof value === 'function') return (value as () => string)()
      return bind(key, value)
    })
    return [text, values]
  }
}
