import { Table, type MigrationInterface, type QueryRunner, type TableColumnOptions } from 'typeorm'

/**
 * 生产通知单 (R6, issue 11): the notice's body and lines (each a contract line, a quantity and a
 * required date). A signed contract now waits in the planner's queue for its notice (a follow-up task,
 * as the application's 签订合同): contracts signed before this migration get theirs here.
 */
export class ProductionNotices1765050000000 implements MigrationInterface {
  name = 'ProductionNotices1765050000000'

  async up(qr: QueryRunner): Promise<void> {
    const pg = qr.connection.driver.options.type === 'postgres'
    const text = (name: string, length: number, nullable = false): TableColumnOptions => ({
      name, type: 'varchar', length: String(length), isNullable: nullable, ...(pg ? { collation: 'C' } : {}),
    })
    const int = (name: string): TableColumnOptions => ({ name, type: 'integer' })
    const fk = (name: string, column: string, table: string) => ({ name, columnNames: [column], referencedTableName: table, referencedColumnNames: ['id'] })
    await qr.createTable(new Table({
      name: 'production_notices',
      columns: [{ ...int('document_id'), isPrimary: true }, int('contract_id'), { name: 'note', type: 'text', isNullable: true, ...(pg ? { collation: 'C' } : {}) }],
      foreignKeys: [fk('fk_production_notices_document', 'document_id', 'documents'), fk('fk_production_notices_contract', 'contract_id', 'documents')],
      indices: [{ name: 'idx_production_notices_contract', columnNames: ['contract_id'] }],
    }))
    await qr.createTable(new Table({
      name: 'production_notice_lines',
      columns: [
        { name: 'id', type: 'integer', isPrimary: true, isGenerated: true, generationStrategy: 'increment' },
        int('document_id'), int('line_no'), int('contract_line_no'), int('product_id'), text('product_code', 32), text('product_name', 60),
        text('spec', 100), text('unit', 8), int('quantity'), text('required_date', 10),
      ],
      foreignKeys: [fk('fk_production_notice_lines_document', 'document_id', 'documents')],
      indices: [{ name: 'idx_production_notice_lines_document', columnNames: ['document_id', 'line_no'] }],
    }))
    // R6: every contract signed so far waits for its notice in the planner's queue.
    await qr.query(
      `INSERT INTO tasks (document_id, doc_type, doc_no, title, customer_name, amount_fen, drafter_name, step_key, step_name, role, assignee_user_id, opened_at)
       SELECT d.id, d.doc_type, d.doc_no, d.title, d.customer_name, d.amount_fen, d.drafter_name, 'make_notice', '编制生产通知单', 'planner', NULL, d.updated_at
       FROM documents d WHERE d.doc_type = 'contract' AND d.state = 'approved' AND d.closed_at IS NULL`,
    )
  }

  async down(qr: QueryRunner): Promise<void> {
    await qr.query(`DELETE FROM tasks WHERE step_key = 'make_notice'`)
    await qr.dropTable('production_notice_lines')
    await qr.dropTable('production_notices')
  }
}
