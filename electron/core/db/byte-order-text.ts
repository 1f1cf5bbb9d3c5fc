import { EntitySchema, type EntitySchemaColumnOptions } from 'typeorm'

const TEXT_TYPES = new Set(['varchar', 'text'])

/**
 * The entities as PostgreSQL has them: every varchar and text column in the "C" collation (byte order,
 * SQLite's BINARY), as migration ByteOrderText made them — see there for why. Declared here, for
 * PostgreSQL only, rather than in each entity: SQLite has no collation named "C", and a text column
 * added later is covered without anyone remembering. The schema test (database-schema.test.ts) fails
 * if a migration and this ever disagree.
 *
 * New EntitySchema objects with the same names: TypeORM finds an entity schema's metadata by name, so
 * `em.getRepository(TaskEntity)` still resolves; the shared objects are never mutated.
 */
export function withByteOrderText(schemas: ReadonlyArray<EntitySchema<never>>): Array<EntitySchema<never>> {
  return schemas.map((schema) => {
    const columns = Object.fromEntries(
      Object.entries(schema.options.columns as Record<string, EntitySchemaColumnOptions>).map(([key, column]) => [
        key,
        TEXT_TYPES.has(String(column.type)) ? { ...column, collation: 'C' } : column,
      ]),
    )
    return new EntitySchema<never>({ ...schema.options, columns } as typeof schema.options)
  })
}
