import type { DataSource, EntityManager, EntityMetadata, EntityTarget, ObjectLiteral } from 'typeorm'
import { readRows } from './driver-query'

/**
 * `repository.findBy(where)` (equality on columns, optional order) for the reads on every approval and
 * every document view (issue 10: approve ≤ 5 ms p95). TypeORM builds the SQL anew on every call — alias
 * maps, property-name rewriting, column escaping — which cost more than SQLite's work on these one-row
 * reads. Here the SQL text is built once per entity and shape, runs through readRows (a prepared
 * statement on SQLite), and each value is converted by the driver exactly as TypeORM converts it
 * (prepareHydratedValue: booleans, JSON, dates, transformers) — only for the columns where that can
 * change anything (issue 11: on a payment, the conversions of plain text and integer columns cost more than the reads).
 */
export type ColumnMetadata = EntityMetadata['columns'][number]

interface Shape {
  sql: string
  /** The columns whose values the driver converts; plain integer and text columns come as they are. */
  hydrated: ColumnMetadata[]
}

/** Column types both drivers hand over unconverted when the column has no transformer. */
const AS_STORED = new Set(['integer', 'int', 'int4', 'bigint', 'int8', 'varchar', 'character varying', 'text'])

/** Whether the driver's conversion (to or from the database) of this column can change a value. */
export const converts = (column: ColumnMetadata): boolean => Boolean(column.transformer) || typeof column.type !== 'string' || !AS_STORED.has(column.type)

/** TypeORM's getMetadata searches every entity on each call; an entity's metadata never changes while the connection lives. */
const metadataCache = new WeakMap<DataSource, Map<unknown, EntityMetadata>>()

export function metadataOf(em: EntityManager, entity: EntityTarget<ObjectLiteral>): EntityMetadata {
  let byEntity = metadataCache.get(em.connection)
  if (!byEntity) metadataCache.set(em.connection, (byEntity = new Map()))
  let metadata = byEntity.get(entity)
  if (!metadata) byEntity.set(entity, (metadata = em.connection.getMetadata(entity)))
  return metadata
}

const shapes = new WeakMap<object, Map<string, Shape>>()

function shapeOf(em: EntityManager, entity: EntityTarget<ObjectLiteral>, keys: string[], order: Record<string, 'ASC' | 'DESC'>): Shape {
  const metadata = metadataOf(em, entity)
  let byKey = shapes.get(metadata)
  if (!byKey) shapes.set(metadata, (byKey = new Map()))
  let key = keys.join(',')
  for (const k in order) key += `|${k} ${order[k]}`
  let shape = byKey.get(key)
  if (!shape) {
    const columnOf = (property: string) => {
      const column = metadata.findColumnWithPropertyName(property)
      if (!column) throw new Error(`${metadata.name} has no column ${property}`)
      return `"${column.databaseName}"`
    }
    const columns = metadata.columns
    const select = columns.map((c) => `"${c.databaseName}" AS "${c.propertyName}"`).join(', ')
    const where = keys.map((k) => `${columnOf(k)} = :${k}`).join(' AND ')
    const orderBy = Object.entries(order).map(([k, direction]) => `${columnOf(k)} ${direction}`).join(', ')
    const sql = `SELECT ${select} FROM "${metadata.tableName}" WHERE ${where}${orderBy ? ` ORDER BY ${orderBy}` : ''}`
    shape = { sql, hydrated: columns.filter(converts) }
    byKey.set(key, shape)
  }
  return shape
}

export async function findRowsBy<T extends ObjectLiteral>(
  em: EntityManager,
  entity: EntityTarget<T>,
  where: Partial<Record<keyof T & string, string | number>>,
  order: Partial<Record<keyof T & string, 'ASC' | 'DESC'>> = {},
): Promise<T[]> {
  const keys = Object.keys(where)
  const shape = shapeOf(em, entity as EntityTarget<ObjectLiteral>, keys, order as Record<string, 'ASC' | 'DESC'>)
  const raw = await readRows<Record<string, unknown>>(em, shape.sql, where as Record<string, unknown>)
  if (!shape.hydrated.length) return raw as T[]
  const driver = em.connection.driver
  for (const row of raw) for (const column of shape.hydrated) row[column.propertyName] = driver.prepareHydratedValue(row[column.propertyName], column)
  return raw as T[]
}

export async function findRowBy<T extends ObjectLiteral>(em: EntityManager, entity: EntityTarget<T>, where: Partial<Record<keyof T & string, string | number>>): Promise<T | null> {
  return (await findRowsBy(em, entity, where))[0] ?? null
}

/** `findOneByOrFail`: the row, or an error (a row the caller's own checks say exists: a missing one is a defect, not a refusal). */
export async function findRowByOrFail<T extends ObjectLiteral>(em: EntityManager, entity: EntityTarget<T>, where: Partial<Record<keyof T & string, string | number>>): Promise<T> {
  const row = await findRowBy(em, entity, where)
  if (!row) throw new Error(`${metadataOf(em, entity as EntityTarget<ObjectLiteral>).name} not found: ${JSON.stringify(where)}`)
  return row
}
