import { Table, type MigrationInterface, type QueryRunner, type TableColumnOptions } from 'typeorm'

/**
 * 客户签收 and 入帐 (R11, issue 12): the customer's signed copy of a posted outbound slip and the receivable
 * booked for it, one of each per slip (keyed by the slip's document id; a receivable only after its copy).
 */
export class SignBacks1765500000000 implements MigrationInterface {
  name = 'SignBacks1765500000000'

  async up(qr: QueryRunner): Promise<void> {
    const pg = qr.connection.driver.options.type === 'postgres'
    const text = (name: string, length: number, nullable = false): TableColumnOptions => ({
      name, type: 'varchar', length: String(length), isNullable: nullable, ...(pg ? { collation: 'C' } : {}),
    })
    const int = (name: string): TableColumnOptions => ({ name, type: 'integer' })
    const fk = (name: string, column: string, table: string, referenced = 'id') => ({ name, columnNames: [column], referencedTableName: table, referencedColumnNames: [referenced] })
    await qr.createTable(new Table({
      name: 'signed_copies',
      columns: [
        { ...int('slip_document_id'), isPrimary: true }, int('customer_id'), text('signed_by', 40), text('signed_on', 10), text('returned_on', 10),
        text('discrepancy', 500, true), int('recorded_by_user_id'), text('recorded_by_name', 40), text('recorded_at', 24),
      ],
      foreignKeys: [fk('fk_signed_copies_slip', 'slip_document_id', 'documents'), fk('fk_signed_copies_customer', 'customer_id', 'customers')],
      indices: [{ name: 'idx_signed_copies_customer', columnNames: ['customer_id'] }],
    }))
    await qr.createTable(new Table({
      name: 'receivables',
      columns: [
        { ...int('slip_document_id'), isPrimary: true }, int('contract_id'), int('customer_id'), { name: 'amount_fen', type: 'bigint' },
        text('booked_on', 10), text('due_on', 10), int('booked_by_user_id'), text('booked_by_name', 40), text('booked_at', 24),
      ],
      checks: [{ name: 'chk_receivables_amount', expression: 'amount_fen >= 0' }],
      foreignKeys: [
        fk('fk_receivables_slip', 'slip_document_id', 'signed_copies', 'slip_document_id'), fk('fk_receivables_contract', 'contract_id', 'documents'),
        fk('fk_receivables_customer', 'customer_id', 'customers'),
      ],
      indices: [
        { name: 'idx_receivables_customer', columnNames: ['customer_id', 'contract_id'] },
        { name: 'idx_receivables_contract', columnNames: ['contract_id', 'due_on'] },
      ],
    }))
    // R11: every slip posted so far waits for its signed copy in finance's queue.
    await qr.query(
      `INSERT INTO tasks (document_id, doc_type, doc_no, title, customer_name, amount_fen, drafter_name, step_key, step_name, role, assignee_user_id, opened_at)
       SELECT d.id, d.doc_type, d.doc_no, d.title, d.customer_name, d.amount_fen, d.drafter_name, 'record_signed_copy', '登记客户签收', 'finance', NULL, d.updated_at
       FROM documents d WHERE d.doc_type = 'outboundSlip' AND d.state = 'approved' AND d.closed_at IS NULL`,
    )
  }

  async down(qr: QueryRunner): Promise<void> {
    await qr.query(`DELETE FROM tasks WHERE step_key IN ('record_signed_copy', 'book_receivable')`)
    await qr.dropTable('receivables')
    await qr.dropTable('signed_copies')
  }
}
