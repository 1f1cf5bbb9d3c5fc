import type { EntityManager, EntityTarget, ObjectLiteral } from 'typeorm'
import { driverQuery, preparedStatement, sqliteConnectionOf, tellSubscribers } from './driver-query'
import { converts, metadataOf, type ColumnMetadata } from './find-rows'

/**
 * The writes of the money and goods paths (issue 11: a payment, a notice ≤ 2× their raw SQL), as
 * find-rows.ts does for the reads: `repository.insert(row)` and query-builder updates built their SQL,
 * alias maps and escapes anew on every call, and after an insert TypeORM read the row's defaults back
 * with one more SELECT. Here each statement's text is built once per entity and set of columns, bound
 * (never spliced), and on SQLite run as a prepared statement on the connection itself, inside the
 * caller's transaction (same connection, same queue slot). Values are converted by the driver exactly
 * as TypeORM converts them (preparePersistentValue: transformers such as fen's safe-integer check).
 */
interface InsertShape {
  sql: string
  columns: ColumnMetadata[]
  /** The generated key's property (documents.id …), returned; null for a table keyed by its parent (payments.document_id). */
  generated: string | null
}

const insertShapes = new WeakMap<object, Map<string, InsertShape>>()

function insertShapeOf(em: EntityManager, entity: EntityTarget<ObjectLiteral>, properties: string[]): InsertShape {
  const metadata = metadataOf(em, entity)
  let byKey = insertShapes.get(metadata)
  if (!byKey) insertShapes.set(metadata, (byKey = new Map()))
  const postgres = em.connection.driver.options.type === 'postgres'
  const key = `${postgres ? 'pg' : 'sqlite'}|${properties.join(',')}`
  let shape = byKey.get(key)
  if (!shape) {
    const columns = properties.map((property) => {
      const column = metadata.findColumnWithPropertyName(property)
      if (!column) throw new Error(`${metadata.name} has no column ${property}`)
      return column
    })
    const generated = metadata.generatedColumns[0]?.propertyName ?? null
    const returning = postgres && generated ? ` RETURNING "${metadata.findColumnWithPropertyName(generated)!.databaseName}" AS "id"` : ''
    shape = {
      sql: `INSERT INTO "${metadata.tableName}" (${columns.map((c) => `"${c.databaseName}"`).join(', ')}) VALUES (${properties.map((p) => `:${p}`).join(', ')})${returning}`,
      columns,
      generated,
    }
    byKey.set(key, shape)
  }
  return shape
}

/**
 * `repository.insert(row)` for one row: the columns given (the table's defaults for the rest), answering
 * the generated id where the table has one. A property that is undefined is left to its default, as
 * TypeORM does.
 */
export async function insertRow<T extends ObjectLiteral>(em: EntityManager, entity: EntityTarget<T>, row: Partial<T>): Promise<number | null> {
  const properties = Object.keys(row).filter((p) => row[p] !== undefined)
  const shape = insertShapeOf(em, entity as EntityTarget<ObjectLiteral>, properties)
  const driver = em.connection.driver
  const params: Record<string, unknown> = {}
  for (const column of shape.columns) {
    const value = row[column.propertyName]
    params[column.propertyName] = converts(column) ? driver.preparePersistentValue(value, column) : value
  }
  const [text, values] = driverQuery(em, shape.sql, params)
  const connection = sqliteConnectionOf(em)
  if (!connection) {
    const rows = (await em.query(text, values)) as Array<{ id: number | string }> | undefined
    return shape.generated && rows?.[0] ? Number(rows[0].id) : null
  }
  tellSubscribers(em, text, values)
  const result = preparedStatement(connection, text).run(...(values as never[]))
  return shape.generated ? Number(result.lastInsertRowid) : null
}

/**
 * A hand-written write (`:name` parameters, as driverQuery), answering how many rows it changed. On
 * SQLite a prepared statement on the connection; on PostgreSQL em.query.
 */
export async function runWrite(em: EntityManager, sql: string, params: Record<string, unknown>): Promise<number> {
  const [text, values] = driverQuery(em, sql, params)
  const connection = sqliteConnectionOf(em)
  if (!connection) {
    // The structured result (rows changed) is the query runner's: the transaction's own, else one for this statement.
    const runner = em.queryRunner ?? em.connection.createQueryRunner()
    try {
      return (await runner.query(text, values, true)).affected ?? 0
    } finally {
      if (runner !== em.queryRunner) await runner.release()
    }
  }
  tellSubscribers(em, text, values)
  return preparedStatement(connection, text).run(...(values as never[])).changes
}

const updateShapes = new WeakMap<object, Map<string, { sql: string; columns: ColumnMetadata[] }>>()

/**
 * DESIGN.md's optimistic lock as one bound statement per entity and set of columns:
 * `UPDATE … SET …, version = version + 1, updated_at = ? WHERE id = ? AND version = ?`, answering
 * whether exactly one row changed.
 */
export async function updateVersionedRow<T extends ObjectLiteral>(
  em: EntityManager, entity: EntityTarget<T>, id: number, version: number, changes: Partial<T>, updatedAt: string,
): Promise<boolean> {
  const metadata = metadataOf(em, entity as EntityTarget<ObjectLiteral>)
  const properties = Object.keys(changes).filter((p) => changes[p] !== undefined && p !== 'version' && p !== 'updatedAt')
  let byKey = updateShapes.get(metadata)
  if (!byKey) updateShapes.set(metadata, (byKey = new Map()))
  const key = properties.join(',')
  let shape = byKey.get(key)
  if (!shape) {
    const columnOf = (property: string) => {
      const column = metadata.findColumnWithPropertyName(property)
      if (!column) throw new Error(`${metadata.name} has no column ${property}`)
      return column
    }
    const columns = properties.map(columnOf)
    const [idColumn, versionColumn, updatedAtColumn] = ['id', 'version', 'updatedAt'].map((p) => `"${columnOf(p).databaseName}"`)
    const set = [...columns.map((c) => `"${c.databaseName}" = :${c.propertyName}`), `${versionColumn} = ${versionColumn} + 1`, `${updatedAtColumn} = :updatedAt__`]
    shape = { sql: `UPDATE "${metadata.tableName}" SET ${set.join(', ')} WHERE ${idColumn} = :id__ AND ${versionColumn} = :version__`, columns }
    byKey.set(key, shape)
  }
  const driver = em.connection.driver
  const params: Record<string, unknown> = { updatedAt__: updatedAt, id__: id, version__: version }
  for (const column of shape.columns) {
    const value = changes[column.propertyName]
    params[column.propertyName] = converts(column) ? driver.preparePersistentValue(value, column) : value
  }
  return (await runWrite(em, shape.sql, params)) === 1
}
