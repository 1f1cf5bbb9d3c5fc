import { Table, TableIndex, type MigrationInterface, type QueryRunner, type TableColumnOptions } from 'typeorm'

/**
 * R18 应收账款 (issue 14): the overdue-interest rate's versions (sales policy, versioned like the invoice
 * threshold), and the two date indexes the collections chart reads a year of by: payments by the day the
 * money came (covering the reversal mark and the amount), outbound slips by the day they were posted.
 * The aging itself needs no new index: it reads idx_contract_receivables_unpaid and idx_receivables_contract.
 */
export class ReceivablesAging1766300000000 implements MigrationInterface {
  name = 'ReceivablesAging1766300000000'

  async up(qr: QueryRunner): Promise<void> {
    const pg = qr.connection.driver.options.type === 'postgres'
    const text = (name: string, length: number, nullable = false): TableColumnOptions => ({
      name, type: 'varchar', length: String(length), isNullable: nullable, ...(pg ? { collation: 'C' } : {}),
    })
    const int = (name: string): TableColumnOptions => ({ name, type: 'integer', isNullable: false })
    await qr.createTable(new Table({
      name: 'overdue_interest_rates',
      columns: [
        { name: 'id', type: 'integer', isPrimary: true, isGenerated: true, generationStrategy: 'increment' },
        int('version_no'), text('effective_from', 10), int('bps_per_day'), int('issued_by_user_id'), text('issued_by_name', 32), text('issued_at', 24), text('note', 200, true),
      ],
      uniques: [
        { name: 'uq_overdue_interest_rates_version', columnNames: ['version_no'] },
        { name: 'uq_overdue_interest_rates_effective', columnNames: ['effective_from'] },
      ],
    }))
    await qr.createIndex('payments', new TableIndex({ name: 'idx_payments_received', columnNames: ['received_on', 'reverses_payment_id', 'amount_fen'] }))
    await qr.createIndex('outbound_slips', new TableIndex({ name: 'idx_outbound_slips_posted', columnNames: ['posted_on'] }))
  }

  async down(qr: QueryRunner): Promise<void> {
    await qr.dropIndex('outbound_slips', 'idx_outbound_slips_posted')
    await qr.dropIndex('payments', 'idx_payments_received')
    await qr.dropTable('overdue_interest_rates')
  }
}
