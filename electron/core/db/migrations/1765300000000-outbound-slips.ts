import { Table, type MigrationInterface, type QueryRunner, type TableColumnOptions } from 'typeorm'

/**
 * 出库单 (R10, issue 12): the slip's body (its dispatch note, contract and customer, the day it was posted)
 * and its lines (a dispatch note line, a quantity, the contract's unit price).
 */
export class OutboundSlips1765300000000 implements MigrationInterface {
  name = 'OutboundSlips1765300000000'

  async up(qr: QueryRunner): Promise<void> {
    const pg = qr.connection.driver.options.type === 'postgres'
    const text = (name: string, length: number, nullable = false): TableColumnOptions => ({
      name, type: 'varchar', length: String(length), isNullable: nullable, ...(pg ? { collation: 'C' } : {}),
    })
    const int = (name: string): TableColumnOptions => ({ name, type: 'integer' })
    const money = (name: string): TableColumnOptions => ({ name, type: 'bigint' })
    const fk = (name: string, column: string, table: string) => ({ name, columnNames: [column], referencedTableName: table, referencedColumnNames: ['id'] })
    await qr.createTable(new Table({
      name: 'outbound_slips',
      columns: [{ ...int('document_id'), isPrimary: true }, int('dispatch_note_id'), int('contract_id'), int('customer_id'), text('posted_on', 10), text('remark', 500, true)],
      foreignKeys: [
        fk('fk_outbound_slips_document', 'document_id', 'documents'), fk('fk_outbound_slips_note', 'dispatch_note_id', 'documents'),
        fk('fk_outbound_slips_contract', 'contract_id', 'documents'), fk('fk_outbound_slips_customer', 'customer_id', 'customers'),
      ],
      indices: [
        { name: 'idx_outbound_slips_note', columnNames: ['dispatch_note_id'] },
        { name: 'idx_outbound_slips_customer', columnNames: ['customer_id'] },
        { name: 'idx_outbound_slips_contract', columnNames: ['contract_id'] },
      ],
    }))
    await qr.createTable(new Table({
      name: 'outbound_slip_lines',
      columns: [
        { name: 'id', type: 'integer', isPrimary: true, isGenerated: true, generationStrategy: 'increment' },
        int('document_id'), int('line_no'), int('note_line_no'), int('product_id'), text('product_code', 32), text('product_name', 60),
        text('spec', 100), text('unit', 8), int('quantity'), money('unit_price_fen'), money('amount_fen'),
      ],
      checks: [{ name: 'chk_outbound_slip_lines_quantity', expression: 'quantity > 0' }],
      foreignKeys: [fk('fk_outbound_slip_lines_document', 'document_id', 'documents'), fk('fk_outbound_slip_lines_product', 'product_id', 'products')],
      indices: [{ name: 'idx_outbound_slip_lines_document', columnNames: ['document_id', 'line_no'] }],
    }))
    // R10: every dispatch note approved so far waits for its outbound in the warehouse's queue.
    await qr.query(
      `INSERT INTO tasks (document_id, doc_type, doc_no, title, customer_name, amount_fen, drafter_name, step_key, step_name, role, assignee_user_id, opened_at)
       SELECT d.id, d.doc_type, d.doc_no, d.title, d.customer_name, d.amount_fen, d.drafter_name, 'post_outbound', '出库', 'warehouse', NULL, d.updated_at
       FROM documents d WHERE d.doc_type = 'dispatchNote' AND d.state = 'approved' AND d.closed_at IS NULL`,
    )
  }

  async down(qr: QueryRunner): Promise<void> {
    await qr.query(`DELETE FROM tasks WHERE step_key = 'post_outbound'`)
    await qr.dropTable('outbound_slip_lines')
    await qr.dropTable('outbound_slips')
  }
}
