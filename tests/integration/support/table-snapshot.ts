import type { Database } from '../../../electron/core/db/database'

/** Every row of every table, to prove an action changed nothing at all. */
export async function snapshotTables(db: Database): Promise<Record<string, unknown[]>> {
  return db.read(async (em) => {
    const tables: Array<{ name: string }> = await em.query(
      `SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name`,
    )
    const snapshot: Record<string, unknown[]> = {}
    for (const { name } of tables) snapshot[name] = await em.query(`SELECT * FROM "${name}" ORDER BY rowid`)
    return snapshot
  })
}
