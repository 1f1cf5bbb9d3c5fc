import type { MigrationInterface, QueryRunner } from 'typeorm'
import { customerNameSortKey } from '../../customers/name-sort-key'

/**
 * Customers are listed in pinyin order, paged in the database (issue 10): customers.name_sort_key, the
 * name's key from customers/name-sort-key.ts, with the index the list reads in order. Existing customers
 * get their keys here, from the same function every save uses. On PostgreSQL the column is in byte order
 * (COLLATE "C", as ByteOrderText made every text column): the key is ASCII hex, compared as bytes.
 */
export class CustomerNameSortKey1764480000000 implements MigrationInterface {
  name = 'CustomerNameSortKey1764480000000'

  async up(qr: QueryRunner): Promise<void> {
    const collate = qr.connection.driver.options.type === 'postgres' ? ' COLLATE "C"' : ''
    await qr.query(`ALTER TABLE customers ADD COLUMN name_sort_key varchar(400)${collate} NOT NULL DEFAULT ''`)
    const rows: Array<{ id: number | string; name: string }> = await qr.query('SELECT id, name FROM customers')
    const postgres = qr.connection.driver.options.type === 'postgres'
    for (const { id, name } of rows) {
      await qr.query(`UPDATE customers SET name_sort_key = ${postgres ? '$1' : '?'} WHERE id = ${postgres ? '$2' : '?'}`, [customerNameSortKey(name), Number(id)])
    }
    await qr.query('CREATE INDEX idx_customers_name_sort ON customers (name_sort_key, id)')
  }

  async down(qr: QueryRunner): Promise<void> {
    await qr.query('DROP INDEX idx_customers_name_sort')
    await qr.query('ALTER TABLE customers DROP COLUMN name_sort_key')
  }
}
