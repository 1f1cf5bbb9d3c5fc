import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { foldLatin } from '../../electron/core/db/latin-fold'
import { ByteOrderText1764350000000 } from '../../electron/core/db/migrations/1764350000000-byte-order-text'
import { migrations } from '../../electron/core/db/migrations'
import { onPostgres } from './support/test-backend'
import { openTestOffice, type TestOffice } from './support/test-workstation'

let office: TestOffice
beforeAll(async () => {
  office = await openTestOffice({ freshMigrations: true })
}, 60_000)
afterAll(() => office.close())

describe('the schema the migrations build', () => {
  it('is the schema the entities describe: schema sync would change nothing', async () => {
    // TypeORM's own diff between the entities and the live tables, as the SQL it would run.
    const sql = await office.ws.database.dataSource.driver.createSchemaBuilder().log()
    expect(sql.upQueries.map((q) => q.query)).toEqual([])
  })

  it('is the same after undoing and redoing the newest migration', async () => {
    const pending = async () => (await office.ws.database.dataSource.driver.createSchemaBuilder().log()).upQueries.map((q) => q.query)
    await office.ws.database.migrate('undoLast')
    await office.ws.database.migrate('up')
    expect(await pending()).toEqual([])
  })

  it('undone back to before ByteOrderText, on PostgreSQL its columns differ in collation; redone, nothing differs', async () => {
    const pending = async () => (await office.ws.database.dataSource.driver.createSchemaBuilder().log()).upQueries.map((q) => q.query)
    const newer = migrations.length - migrations.indexOf(ByteOrderText1764350000000)
    for (let i = 0; i < newer; i++) await office.ws.database.migrate('undoLast') // ByteOrderText: a no-op on SQLite
    const undone = await pending()
    if (onPostgres) {
      // The check sees collations: every column change it would make puts a column back into "C" (around
      // them, TypeORM drops and recreates the composite indexes on those columns). The later migrations'
      // tables and columns are missing too, which are not column changes.
      const columnChanges = undone.filter((q) => q.includes(' ALTER COLUMN '))
      expect(columnChanges).toContainEqual(expect.stringMatching(/^ALTER TABLE "tasks" ALTER COLUMN "customer_name" TYPE .* COLLATE "C"$/))
      expect(columnChanges.filter((q) => !/^ALTER TABLE "\w+" ALTER COLUMN "\w+" TYPE .* COLLATE "C"$/.test(q))).toEqual([])
    }
    await office.ws.database.migrate('up')
    expect(await pending()).toEqual([])
  })

  it('keeps every time as ISO-8601 UTC text, never a database date or timestamp type', async () => {
    // A timestamp without time zone would come back from node-postgres as a Date read in the test process's
    // local time zone (TZ=Asia/Shanghai shifts it by 8 hours); text sorts as it reads on both backends.
    const dated = office.ws.database.dataSource.entityMetadatas.flatMap((entity) =>
      entity.columns.filter((column) => /date|time/i.test(String(column.type))).map((column) => `${entity.tableName}.${column.databaseName}`),
    )
    expect(dated).toEqual([])
  })

  it.skipIf(!onPostgres)('PostgreSQL: every text column and every index on text is in byte order (COLLATE "C")', async () => {
    // Reason for PostgreSQL only: SQLite has one byte-order collation (BINARY) and no other in this schema.
    const notC: unknown[] = await office.ws.database.read((em) =>
      em.query(
        `SELECT c.relname AS "table", a.attname AS "column", coalesce(k.collname, '(default)') AS "collation"
           FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid JOIN pg_namespace n ON n.oid = c.relnamespace
           LEFT JOIN pg_collation k ON k.oid = a.attcollation
          WHERE n.nspname = current_schema() AND c.relkind IN ('r', 'i') AND c.relname <> 'migrations'
            AND c.relname NOT LIKE 'PK_%' AND a.attnum > 0 AND NOT a.attisdropped AND a.attcollation <> 0
            AND coalesce(k.collname, '') <> 'C'
          ORDER BY 1, 2`,
      ),
    )
    expect(notC).toEqual([])
  })
})

describe('text compares, sorts and folds the same on SQLite and PostgreSQL', () => {
  // Chosen where a linguistic collation or a full Unicode lower() would differ from byte order and A–Z.
  const names = ['abc', 'ABD', 'Äpfel', 'äpfel', 'ＡＢＢ', 'ａｂｂ', 'Σigma', 'b', 'B', '上海', '中国', 'a-b', 'a b', 'ab']

  it('ORDER BY is byte order, and lower() folds A–Z and nothing else', async () => {
    const rows: Array<{ name: string; folded: string }> = await office.ws.database.transaction(async (em) => {
      for (const [i, name] of names.entries())
        await em.getRepository('Product').insert({
          code: `T${i}`, name, spec: '-', unit: '台', active: true, createdAt: '2026-11-20T02:00:00.000Z', updatedAt: '2026-11-20T02:00:00.000Z',
        })
      return em.query(`SELECT name, lower(name) AS folded FROM products WHERE code LIKE 'T%' ORDER BY name`)
    })
    const byteOrder = [...names].sort((a, b) => Buffer.compare(Buffer.from(a), Buffer.from(b)))
    expect(rows.map((r) => r.name)).toEqual(byteOrder)
    expect(rows.map((r) => r.folded)).toEqual(byteOrder.map(foldLatin))
  })
})
