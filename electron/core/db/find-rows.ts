import type { EntityManager, EntityMetadata, EntityTarget, ObjectLiteral } from 'typeorm'
import { readRows } from './driver-query'

/**
 * `repository.findBy(where)` (equality on columns, optional order) for the reads on every approval and
 * every document view (issue 10: approve ≤ 5 ms p95). TypeORM builds the SQL anew on every call — alias
 * maps, property-name rewriting, column escaping — which cost more than SQLite's work on these one-row
 * reads. Here the SQL text is built once per entity and shape, runs through readRows (a prepared
 * statement on SQLite), and each value is converted by the driver exactly as TypeORM converts it
 * (prepareHydratedValue: booleans, JSON, dates).
 */
type ColumnMetadata = EntityMetadata['columns'][number]

interface Shape {
  sql: string
  columns: ColumnMetadata[]
}

const shapes = new WeakMap<object, Map<string, Shape>>()

function shapeOf(em: EntityManager, entity: EntityTarget<ObjectLiteral>, keys: string[], order: Record<string, 'ASC' | 'DESC'>): Shape {
  const metadata = em.connection.getMetadata(entity)
  let byKey = shapes.get(metadata)
  if (!byKey) shapes.set(metadata, (byKey = new Map()))
  const key = `${em.connection.driver.options.type}|${keys.join(',')}|${Object.entries(order).join(',')}`
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
    shape = { sql, columns }
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
  const driver = em.connection.driver
  return raw.map((row) => {
    for (const column of shape.columns) row[column.propertyName] = driver.prepareHydratedValue(row[column.propertyName], column)
    return row as T
  })
}

export async function findRowBy<T extends ObjectLiteral>(em: EntityManager, entity: EntityTarget<T>, where: Partial<Record<keyof T & string, string | number>>): Promise<T | null> {
  return (await findRowsBy(em, entity, where))[0] ?? null
}
