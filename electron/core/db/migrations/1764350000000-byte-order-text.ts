import type { MigrationInterface, QueryRunner } from 'typeorm'

/**
 * On PostgreSQL every text column of the app's tables compares in byte order (COLLATE "C"), as SQLite's
 * BINARY does, so the two backends give the same answers:
 * - the queue's prefix search is the range [p, p + U+10FFFF) (queue-sql.ts). In UTF-8, byte order is code
 *   point order, so the range holds exactly the strings starting with p; a linguistic collation (the
 *   database's default, e.g. en_US.UTF-8 or zh_CN.UTF-8) orders by other keys, would miss or add rows,
 *   and its indexes could not answer the range;
 * - ORDER BY name (customers, products, the ledger) gives SQLite's order;
 * - lower() folds A–Z and nothing else, as SQLite's lower() does (latin-fold.ts): PostgreSQL folds only
 *   ASCII for an expression in the "C" collation, whatever the database's locale.
 * Altering a column's type rebuilds every index on it (plain, unique, primary key, partial, and the
 * lower(customer_name) expressions of CustomerSearchFold) in the new collation; nothing is left in the old.
 * On SQLite there is nothing to do: text already compares as bytes. The entities say the same on
 * PostgreSQL (byte-order-text.ts), which the schema test checks.
 */
export class ByteOrderText1764350000000 implements MigrationInterface {
  name = 'ByteOrderText1764350000000'

  async up(qr: QueryRunner): Promise<void> {
    await this.collate(qr, '"C"')
  }

  async down(qr: QueryRunner): Promise<void> {
    await this.collate(qr, 'pg_catalog."default"')
  }

  private async collate(qr: QueryRunner, collation: string): Promise<void> {
    if (qr.connection.driver.options.type !== 'postgres') return
    // Every varchar and text column of every table in the schema, except TypeORM's own bookkeeping.
    const columns: Array<{ table: string; column: string; type: string }> = await qr.query(
      `SELECT c.relname AS "table", a.attname AS "column", format_type(a.atttypid, a.atttypmod) AS "type"
         FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid JOIN pg_namespace n ON n.oid = c.relnamespace
        WHERE n.nspname = current_schema() AND c.relkind = 'r' AND c.relname <> 'migrations'
          AND a.attnum > 0 AND NOT a.attisdropped AND a.atttypid IN ('varchar'::regtype, 'text'::regtype)
        ORDER BY c.relname, a.attnum`,
    )
    const byTable = new Map<string, string[]>()
    for (const { table, column, type } of columns) {
      const changes = byTable.get(table) ?? []
      changes.push(`ALTER COLUMN "${column}" TYPE ${type} COLLATE ${collation}`)
      byTable.set(table, changes)
    }
    // One statement per table: its indexes are rebuilt once, not once per column.
    for (const [table, changes] of byTable) await qr.query(`ALTER TABLE "${table}" ${changes.join(', ')}`)
  }
}
