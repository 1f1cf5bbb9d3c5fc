import type { EntityManager } from 'typeorm'

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
