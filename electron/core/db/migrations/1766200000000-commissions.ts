import { Table, type MigrationInterface, type QueryRunner, type TableColumnOptions } from 'typeorm'

/**
 * 提成单 (R16, R17, issue 14): the form's body with the policy it was computed at, one line per contract,
 * the payouts finance records after approval, and the commission policy's versions (GM, versioned from a
 * day on like the invoice threshold). live_key is unique: one live form per salesperson and month.
 * Text columns are in byte order on PostgreSQL (ByteOrderText).
 */
export class Commissions1766200000000 implements MigrationInterface {
  name = 'Commissions1766200000000'

  async up(qr: QueryRunner): Promise<void> {
    const pg = qr.connection.driver.options.type === 'postgres'
    const text = (name: string, length: number, nullable = false): TableColumnOptions => ({
      name, type: 'varchar', length: String(length), isNullable: nullable, ...(pg ? { collation: 'C' } : {}),
    })
    const int = (name: string, nullable = false): TableColumnOptions => ({ name, type: 'integer', isNullable: nullable })
    const money = (name: string): TableColumnOptions => ({ name, type: 'bigint', isNullable: false })
    const fk = (name: string, column: string, table: string) => ({ name, columnNames: [column], referencedTableName: table, referencedColumnNames: ['id'] })
    const serial: TableColumnOptions = { name: 'id', type: 'integer', isPrimary: true, isGenerated: true, generationStrategy: 'increment' }
    const rates = [int('od_1_30_bps'), int('od_31_60_bps'), int('od_61_90_bps'), int('od_91_180_bps'), int('od_over_180_bps')]
    await qr.createTable(new Table({
      name: 'commissions',
      columns: [
        { ...int('document_id'), isPrimary: true }, int('salesperson_user_id'), text('salesperson_name', 32), text('month', 7), int('policy_version', true),
        int('rate_bps'), ...rates, money('collected_fen'), money('commission_fen'), money('deduction_fen'), money('payable_fen'),
        { ...money('paid_fen'), default: 0 }, text('remark', 200, true), text('live_key', 24, true),
      ],
      uniques: [{ name: 'uq_commissions_live_key', columnNames: ['live_key'] }],
      foreignKeys: [fk('fk_commissions_document', 'document_id', 'documents'), fk('fk_commissions_salesperson', 'salesperson_user_id', 'users')],
      indices: [{ name: 'idx_commissions_person_month', columnNames: ['salesperson_user_id', 'month'] }],
    }))
    await qr.createTable(new Table({
      name: 'commission_lines',
      columns: [
        { ...int('document_id'), isPrimary: true }, { ...int('line_no'), isPrimary: true }, int('contract_id'), text('contract_no', 20),
        text('customer_name', 100), money('collected_fen'), int('rate_bps'), money('commission_fen'), { name: 'overdue', type: 'text', ...(pg ? { collation: 'C' } : {}) },
        money('overdue_fen'), money('deduction_fen'),
      ],
      foreignKeys: [fk('fk_commission_lines_document', 'document_id', 'documents'), fk('fk_commission_lines_contract', 'contract_id', 'documents')],
      indices: [{ name: 'idx_commission_lines_contract', columnNames: ['contract_id'] }],
    }))
    await qr.createTable(new Table({
      name: 'commission_payouts',
      columns: [serial, int('commission_id'), text('paid_on', 10), money('amount_fen'), text('note', 100, true), text('created_at', 24), int('by_user_id'), text('by_name', 32)],
      foreignKeys: [fk('fk_commission_payouts_commission', 'commission_id', 'documents')],
      indices: [{ name: 'idx_commission_payouts_commission', columnNames: ['commission_id'] }],
    }))
    await qr.createTable(new Table({
      name: 'commission_policies',
      columns: [
        serial, int('version_no'), text('effective_from', 10), int('rate_bps'), ...rates, int('issued_by_user_id'), text('issued_by_name', 32),
        text('issued_at', 24), text('note', 200, true),
      ],
      uniques: [
        { name: 'uq_commission_policies_version', columnNames: ['version_no'] },
        { name: 'uq_commission_policies_effective', columnNames: ['effective_from'] },
      ],
    }))
  }

  async down(qr: QueryRunner): Promise<void> {
    await qr.dropTable('commission_policies')
    await qr.dropTable('commission_payouts')
    await qr.dropTable('commission_lines')
    await qr.dropTable('commissions')
  }
}
