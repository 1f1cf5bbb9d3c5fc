import { Table, type MigrationInterface, type QueryRunner, type TableColumnOptions } from 'typeorm'

/**
 * 派工单 (R12, issue 13): the work order's body (its contract and customer, the site, the installers, the
 * planned dates, service's result) and its lines (a contract line and a quantity to install; no prices).
 */
export class WorkOrders1765700000000 implements MigrationInterface {
  name = 'WorkOrders1765700000000'

  async up(qr: QueryRunner): Promise<void> {
    const pg = qr.connection.driver.options.type === 'postgres'
    const text = (name: string, length: number, nullable = false): TableColumnOptions => ({
      name, type: 'varchar', length: String(length), isNullable: nullable, ...(pg ? { collation: 'C' } : {}),
    })
    const long = (name: string, nullable = false): TableColumnOptions => ({ name, type: 'text', isNullable: nullable, ...(pg ? { collation: 'C' } : {}) })
    const int = (name: string, nullable = false): TableColumnOptions => ({ name, type: 'integer', isNullable: nullable })
    const fk = (name: string, column: string, table: string) => ({ name, columnNames: [column], referencedTableName: table, referencedColumnNames: ['id'] })
    await qr.createTable(new Table({
      name: 'work_orders',
      columns: [
        { ...int('document_id'), isPrimary: true }, int('contract_id'), int('customer_id'), text('site_address', 200), text('contact_name', 32),
        text('contact_phone', 40), long('installers'), text('planned_start', 10), text('planned_end', 10), long('remark', true),
        text('completed_on', 10, true), long('result_notes', true), int('result_by_user_id', true), text('result_by_name', 32, true),
      ],
      foreignKeys: [
        fk('fk_work_orders_document', 'document_id', 'documents'), fk('fk_work_orders_contract', 'contract_id', 'documents'),
        fk('fk_work_orders_customer', 'customer_id', 'customers'),
      ],
      indices: [{ name: 'idx_work_orders_contract', columnNames: ['contract_id'] }],
    }))
    await qr.createTable(new Table({
      name: 'work_order_lines',
      columns: [
        { name: 'id', type: 'integer', isPrimary: true, isGenerated: true, generationStrategy: 'increment' },
        int('document_id'), int('line_no'), int('contract_line_no'), int('product_id'), text('product_code', 32), text('product_name', 60),
        text('spec', 100), text('unit', 8), int('quantity'),
      ],
      checks: [{ name: 'chk_work_order_lines_quantity', expression: 'quantity > 0' }],
      foreignKeys: [fk('fk_work_order_lines_document', 'document_id', 'documents')],
      indices: [{ name: 'idx_work_order_lines_document', columnNames: ['document_id', 'line_no'] }],
    }))
  }

  async down(qr: QueryRunner): Promise<void> {
    await qr.dropTable('work_order_lines')
    await qr.dropTable('work_orders')
  }
}
