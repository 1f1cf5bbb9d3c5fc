import type { EntitySchemaColumnOptions } from 'typeorm'
import { fenFromDatabase } from '../../../../shared/money'

// Entities are EntitySchema objects rather than decorated classes: nothing depends on the bundler's
// decorator transform or on class names surviving minification, and every column type is explicit.

export const idColumn: EntitySchemaColumnOptions = { type: 'integer', primary: true, generated: 'increment' }

/** ISO-8601 UTC text: sorts as it reads, same on SQLite and PostgreSQL. */
export const timestamp = (nullable = false): EntitySchemaColumnOptions => ({ type: 'varchar', length: 24, nullable })

/** R23: money is integer fen. bigint on PostgreSQL arrives as a string; the transformer checks it is safe. */
export const fen = (nullable = false): EntitySchemaColumnOptions => ({
  type: 'bigint',
  nullable,
  transformer: {
    to: (value: number | null | undefined) => {
      if (value === null || value === undefined) return value
      if (!Number.isSafeInteger(value)) throw new RangeError(`money must be integer fen, got ${value}`)
      return value
    },
    from: (value: string | number | null) => fenFromDatabase(value),
  },
})

export const bool: EntitySchemaColumnOptions = {
  type: 'integer',
  default: 0,
  transformer: { to: (v: boolean) => (v ? 1 : 0), from: (v: number | boolean) => Boolean(v) },
}
