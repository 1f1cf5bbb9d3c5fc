import { Table, TableIndex, type MigrationInterface, type QueryRunner, type TableColumnOptions } from 'typeorm'

/**
 * 验收报告 and 整改 (R13, issue 13): the acceptance report's body (its completed work order, the customer's
 * signatory and day, the paper copy, who answers a rectification, the rectification a re-acceptance checks)
 * and lines (a work order line, the quantity received, appearance and function pass/fail); the rectification
 * (its acceptance, the 24-hour deadline, the answer). The overdue queue seeks idx_rectifications_unanswered.
 */
export class Acceptances1765800000000 implements MigrationInterface {
  name = 'Acceptances1765800000000'

  async up(qr: QueryRunner): Promise<void> {
    const pg = qr.connection.driver.options.type === 'postgres'
    const text = (name: string, length: number, nullable = false): TableColumnOptions => ({
      name, type: 'varchar', length: String(length), isNullable: nullable, ...(pg ? { collation: 'C' } : {}),
    })
    const long = (name: string, nullable = false): TableColumnOptions => ({ name, type: 'text', isNullable: nullable, ...(pg ? { collation: 'C' } : {}) })
    const int = (name: string, nullable = false): TableColumnOptions => ({ name, type: 'integer', isNullable: nullable })
    const fk = (name: string, column: string, table: string) => ({ name, columnNames: [column], referencedTableName: table, referencedColumnNames: ['id'] })
    await qr.createTable(new Table({
      name: 'acceptances',
      columns: [
        { ...int('document_id'), isPrimary: true }, int('work_order_id'), int('contract_id'), int('customer_id'), text('signatory', 32),
        text('signed_on', 10), text('paper_ref', 60, true), long('remark', true), text('responsible', 32, true), int('rectification_id', true),
        text('recorded_at', 24, true),
      ],
      foreignKeys: [
        fk('fk_acceptances_document', 'document_id', 'documents'), fk('fk_acceptances_work_order', 'work_order_id', 'documents'),
        fk('fk_acceptances_contract', 'contract_id', 'documents'), fk('fk_acceptances_customer', 'customer_id', 'customers'),
        fk('fk_acceptances_rectification', 'rectification_id', 'documents'),
      ],
      indices: [
        { name: 'idx_acceptances_work_order', columnNames: ['work_order_id'] },
        { name: 'idx_acceptances_contract', columnNames: ['contract_id'] },
        { name: 'idx_acceptances_rectification', columnNames: ['rectification_id'] },
      ],
    }))
    await qr.createTable(new Table({
      name: 'acceptance_lines',
      columns: [
        { name: 'id', type: 'integer', isPrimary: true, isGenerated: true, generationStrategy: 'increment' },
        int('document_id'), int('line_no'), int('work_order_line_no'), int('contract_line_no'), int('product_id'), text('product_code', 32),
        text('product_name', 60), text('spec', 100), text('unit', 8), int('quantity'), int('appearance_ok'), int('function_ok'), text('problem', 300, true),
      ],
      checks: [{ name: 'chk_acceptance_lines_quantity', expression: 'quantity > 0' }],
      foreignKeys: [fk('fk_acceptance_lines_document', 'document_id', 'documents')],
      indices: [{ name: 'idx_acceptance_lines_document', columnNames: ['document_id', 'line_no'] }],
    }))
    await qr.createTable(new Table({
      name: 'rectifications',
      columns: [
        { ...int('document_id'), isPrimary: true }, int('acceptance_id'), int('work_order_id'), int('contract_id'), text('responsible', 32),
        text('deadline_at', 24), text('answered_at', 24, true), long('answer', true), text('done_by', 64, true), int('answered_by_user_id', true),
        text('answered_by_name', 32, true),
      ],
      foreignKeys: [
        fk('fk_rectifications_document', 'document_id', 'documents'), fk('fk_rectifications_acceptance', 'acceptance_id', 'documents'),
        fk('fk_rectifications_work_order', 'work_order_id', 'documents'), fk('fk_rectifications_contract', 'contract_id', 'documents'),
      ],
      indices: [
        { name: 'idx_rectifications_acceptance', columnNames: ['acceptance_id'] },
        { name: 'idx_rectifications_work_order', columnNames: ['work_order_id'] },
      ],
    }))
    // R13's overdue queue: unanswered rectifications by deadline, a seek up to now (never a walk of all).
    await qr.createIndex('rectifications', new TableIndex({ name: 'idx_rectifications_unanswered', columnNames: ['deadline_at'], where: 'answered_at IS NULL' }))
  }

  async down(qr: QueryRunner): Promise<void> {
    await qr.dropTable('rectifications')
    await qr.dropTable('acceptance_lines')
    await qr.dropTable('acceptances')
  }
}
