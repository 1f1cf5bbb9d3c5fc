import { Table, type MigrationInterface, type QueryRunner, type TableColumnOptions } from 'typeorm'

/**
 * 收款登记 (R14, issue 11): the payment's body and its allocations to contracts. Allocations are
 * append-only events (a de-allocation is a row of direction −1; R23 keeps every amount ≥ 0), so a contract's collected figure is one
 * grouped read over idx_payment_allocations_contract (it covers the amount). payments.allocated_fen is
 * the running net of the payment's own allocations, kept in the same transaction, for the advance (预收)
 * and the finance queue. Text columns are in byte order on PostgreSQL (ByteOrderText).
 */
export class Payments1765000000000 implements MigrationInterface {
  name = 'Payments1765000000000'

  async up(qr: QueryRunner): Promise<void> {
    const pg = qr.connection.driver.options.type === 'postgres'
    const text = (name: string, length: number, nullable = false): TableColumnOptions => ({
      name, type: 'varchar', length: String(length), isNullable: nullable, ...(pg ? { collation: 'C' } : {}),
    })
    const int = (name: string, nullable = false): TableColumnOptions => ({ name, type: 'integer', isNullable: nullable })
    const money = (name: string): TableColumnOptions => ({ name, type: 'bigint' })
    const fk = (name: string, column: string, table: string) => ({ name, columnNames: [column], referencedTableName: table, referencedColumnNames: ['id'] })
    await qr.createTable(new Table({
      name: 'payments',
      columns: [
        { ...int('document_id'), isPrimary: true }, int('customer_id'), text('received_on', 10), money('amount_fen'), text('method', 8),
        text('bank', 60, true), text('reference', 40, true), text('bill_no', 40, true), text('issuing_bank', 60, true),
        text('bill_issued_on', 10, true), text('bill_due_on', 10, true), text('bill_kind', 12, true), int('bill_endorsable', true),
        text('remark', 200, true), text('slip_ref', 40, true), int('reverses_payment_id', true), { ...money('allocated_fen'), default: 0 },
      ],
      uniques: [{ name: 'uq_payments_reverses', columnNames: ['reverses_payment_id'] }],
      foreignKeys: [
        fk('fk_payments_document', 'document_id', 'documents'), fk('fk_payments_customer', 'customer_id', 'customers'),
        fk('fk_payments_reverses', 'reverses_payment_id', 'documents'),
      ],
      indices: [{ name: 'idx_payments_customer', columnNames: ['customer_id', 'received_on'] }],
    }))
    await qr.createTable(new Table({
      name: 'payment_allocations',
      columns: [
        { name: 'id', type: 'integer', isPrimary: true, isGenerated: true, generationStrategy: 'increment' },
        int('payment_id'), int('contract_id'), int('direction'), money('amount_fen'), text('created_at', 24), int('by_user_id'), text('by_name', 32), text('reason', 100, true),
      ],
      foreignKeys: [fk('fk_payment_allocations_payment', 'payment_id', 'documents'), fk('fk_payment_allocations_contract', 'contract_id', 'documents')],
      indices: [
        // Covering: the ledger's 已回款 per contract reads the index alone.
        { name: 'idx_payment_allocations_contract', columnNames: ['contract_id', 'direction', 'amount_fen'] },
        { name: 'idx_payment_allocations_payment', columnNames: ['payment_id'] },
      ],
    }))
  }

  async down(qr: QueryRunner): Promise<void> {
    await qr.dropTable('payment_allocations')
    await qr.dropTable('payments')
  }
}
