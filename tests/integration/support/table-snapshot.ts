import type { Database } from '../../../electron/core/db/database'

/** The tables of the connected database (TypeORM's own bookkeeping included), in name order. */
async function tableNames(db: Database): Promise<string[]> {
  const sql = db.isSqlite
    ? `SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name`
    : `SELECT table_name AS name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY table_name`
  const rows: Array<{ name: string }> = await db.read((em) => em.query(sql))
  return rows.map((r) => r.name)
}

/**
 * Every row of every table, to prove an action changed nothing at all. Rows are ordered by their whole
 * content (no rowid on PostgreSQL, and a table without an id must compare too), so two snapshots of
 * the same data are equal whatever order the database returns them in.
 */
export async function snapshotTables(db: Database): Promise<Record<string, unknown[]>> {
  const snapshot: Record<string, unknown[]> = {}
  for (const name of await tableNames(db)) {
    const rows: unknown[] = await db.read((em) => em.query(`SELECT * FROM "${name}"`))
    snapshot[name] = rows.map((row) => JSON.stringify(row)).sort()
  }
  return snapshot
}
