import { Table, type MigrationInterface, type QueryRunner, type TableColumnOptions } from 'typeorm'

/**
 * 代理审批 (issue 10): the deputies table, and on every audit event the signer a deputy acted for (R21:
 * who — both names — in which role, when). Audit events are append-only (triggers refuse UPDATE and
 * DELETE), so the columns are added in place with ALTER TABLE ADD COLUMN, which rebuilds nothing on
 * either backend; existing events were all signed by the person themself (NULL). Text columns are in
 * byte order on PostgreSQL (ByteOrderText).
 */
export class Deputies1764500000000 implements MigrationInterface {
  name = 'Deputies1764500000000'

  async up(qr: QueryRunner): Promise<void> {
    const pg = qr.connection.driver.options.type === 'postgres'
    const text = (name: string, length: number, nullable = false): TableColumnOptions => ({
      name, type: 'varchar', length: String(length), isNullable: nullable, ...(pg ? { collation: 'C' } : {}),
    })
    const int = (name: string): TableColumnOptions => ({ name, type: 'integer' })
    await qr.createTable(new Table({
      name: 'deputies',
      columns: [
        { name: 'id', type: 'integer', isPrimary: true, isGenerated: true, generationStrategy: 'increment' },
        int('principal_user_id'), int('deputy_user_id'), text('from_day', 10), text('to_day', 10), int('created_by_user_id'),
        text('created_at', 24), text('revoked_at', 24, true),
      ],
      foreignKeys: [
        { name: 'fk_deputies_principal', columnNames: ['principal_user_id'], referencedTableName: 'users', referencedColumnNames: ['id'] },
        { name: 'fk_deputies_deputy', columnNames: ['deputy_user_id'], referencedTableName: 'users', referencedColumnNames: ['id'] },
        { name: 'fk_deputies_created_by', columnNames: ['created_by_user_id'], referencedTableName: 'users', referencedColumnNames: ['id'] },
      ],
      indices: [
        { name: 'idx_deputies_deputy', columnNames: ['deputy_user_id', 'from_day'] },
        { name: 'idx_deputies_principal', columnNames: ['principal_user_id', 'from_day'] },
      ],
    }))
    await qr.query(`ALTER TABLE audit_events ADD COLUMN on_behalf_of_user_id integer`)
    await qr.query(`ALTER TABLE audit_events ADD COLUMN on_behalf_of_name varchar(32)${pg ? ' COLLATE "C"' : ''}`)
  }

  async down(qr: QueryRunner): Promise<void> {
    // Both backends drop a column in place (SQLite ≥ 3.35); the append-only triggers stay.
    await qr.query(`ALTER TABLE audit_events DROP COLUMN on_behalf_of_name`)
    await qr.query(`ALTER TABLE audit_events DROP COLUMN on_behalf_of_user_id`)
    await qr.dropTable('deputies')
  }
}
