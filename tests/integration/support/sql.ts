import type { EntityManager } from 'typeorm'
import { driverQuery } from '../../../electron/core/db/driver-query'

/**
 * A test's own SQL, the same text on SQLite and PostgreSQL: `:name` parameters turned into the driver's
 * placeholders by the core's driverQuery (`?` is SQLite's only). Write camelCase aliases quoted
 * (`AS "userName"`: PostgreSQL folds unquoted names to lower case) and counts as CAST(COUNT(*) AS INTEGER)
 * (PostgreSQL's COUNT is a bigint, which node-postgres returns as a string).
 */
export function sql<T = Record<string, unknown>>(em: EntityManager, text: string, params: Record<string, unknown> = {}): Promise<T[]> {
  return em.query(...driverQuery(em, text, params)) as Promise<T[]>
}
