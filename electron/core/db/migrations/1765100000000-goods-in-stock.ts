import { Table, type MigrationInterface, type QueryRunner, type TableColumnOptions } from 'typeorm'

/**
 * Issue 11, the goods half: QC certificates (R7), the inbound slip's body and lines (R7), and stock — an
 * append-only movements table (triggers refuse UPDATE and DELETE, as on audit_events) and the running
 * on-hand figure per product, which a CHECK keeps from going below zero. Text columns are in byte order
 * on PostgreSQL (ByteOrderText).
 */
export class GoodsInStock1765100000000 implements MigrationInterface {
  name = 'GoodsInStock1765100000000'

  async up(qr: QueryRunner): Promise<void> {
    const pg = qr.connection.driver.options.type === 'postgres'
    const text = (name: string, length: number, nullable = false): TableColumnOptions => ({
      name, type: 'varchar', length: String(length), isNullable: nullable, ...(pg ? { collation: 'C' } : {}),
    })
    const int = (name: string, nullable = false): TableColumnOptions => ({ name, type: 'integer', isNullable: nullable })
    const id: TableColumnOptions = { name: 'id', type: 'integer', isPrimary: true, isGenerated: true, generationStrategy: 'increment' }
    const fk = (name: string, column: string, table: string) => ({ name, columnNames: [column], referencedTableName: table, referencedColumnNames: ['id'] })

    await qr.createTable(new Table({
      name: 'qc_certificates',
      columns: [
        id, text('cert_no', 12), int('product_id'), int('quantity'), text('batch_no', 40), text('inspected_on', 10), text('inspector_name', 32),
        text('remark', 200, true), text('issued_at', 24), int('issued_by_user_id'), text('issued_by_name', 32),
        text('voided_at', 24, true), int('voided_by_user_id', true), text('void_reason', 200, true),
      ],
      uniques: [{ name: 'uq_qc_certificates_cert_no', columnNames: ['cert_no'] }],
      checks: [{ name: 'chk_qc_certificates_quantity', expression: 'quantity > 0' }],
      foreignKeys: [fk('fk_qc_certificates_product', 'product_id', 'products'), fk('fk_qc_certificates_issued_by', 'issued_by_user_id', 'users')],
      indices: [
        { name: 'idx_qc_certificates_product', columnNames: ['product_id', 'issued_at'] },
        { name: 'idx_qc_certificates_issued_at', columnNames: ['issued_at'] },
      ],
    }))
    await qr.createTable(new Table({
      name: 'inbounds',
      columns: [{ ...int('document_id'), isPrimary: true }, int('source_notice_id', true), text('received_on', 10), text('remark', 500, true)],
      foreignKeys: [fk('fk_inbounds_document', 'document_id', 'documents'), fk('fk_inbounds_source_notice', 'source_notice_id', 'documents')],
      indices: [{ name: 'idx_inbounds_source_notice', columnNames: ['source_notice_id'] }],
    }))
    await qr.createTable(new Table({
      name: 'inbound_lines',
      columns: [
        id, int('document_id'), int('line_no'), int('product_id'), text('product_code', 32), text('product_name', 60), text('spec', 100), text('unit', 8),
        int('quantity'), int('certificate_id'),
      ],
      checks: [{ name: 'chk_inbound_lines_quantity', expression: 'quantity > 0' }],
      foreignKeys: [
        fk('fk_inbound_lines_document', 'document_id', 'documents'), fk('fk_inbound_lines_product', 'product_id', 'products'),
        fk('fk_inbound_lines_certificate', 'certificate_id', 'qc_certificates'),
      ],
      indices: [
        { name: 'idx_inbound_lines_document', columnNames: ['document_id', 'line_no'] },
        { name: 'idx_inbound_lines_certificate', columnNames: ['certificate_id'] },
      ],
    }))
    await qr.createTable(new Table({
      name: 'stock_movements',
      columns: [id, int('product_id'), int('quantity'), int('balance_after'), int('document_id'), text('doc_type', 32), text('doc_no', 12), text('at', 24)],
      checks: [
        { name: 'chk_stock_movements_quantity', expression: 'quantity <> 0' },
        { name: 'chk_stock_movements_balance', expression: 'balance_after >= 0' },
      ],
      foreignKeys: [fk('fk_stock_movements_product', 'product_id', 'products'), fk('fk_stock_movements_document', 'document_id', 'documents')],
      indices: [
        { name: 'idx_stock_movements_product', columnNames: ['product_id', 'id'] },
        { name: 'idx_stock_movements_document', columnNames: ['document_id'] },
      ],
    }))
    await qr.createTable(new Table({
      name: 'stock_on_hand',
      columns: [{ ...int('product_id'), isPrimary: true }, int('quantity'), text('updated_at', 24)],
      checks: [{ name: 'chk_stock_on_hand_never_negative', expression: 'quantity >= 0' }],
      foreignKeys: [fk('fk_stock_on_hand_product', 'product_id', 'products')],
    }))
    await this.makeMovementsAppendOnly(qr, pg)
  }

  /** Movements are the stock's history: never updated or deleted; a correction is a new movement. */
  private async makeMovementsAppendOnly(qr: QueryRunner, pg: boolean): Promise<void> {
    if (pg) {
      await qr.query(`CREATE FUNCTION stock_movements_append_only() RETURNS trigger AS $$
        BEGIN RAISE EXCEPTION 'stock movements are append-only'; END; $$ LANGUAGE plpgsql`)
      await qr.query(`CREATE TRIGGER trg_stock_movements_append_only BEFORE UPDATE OR DELETE ON stock_movements
        FOR EACH ROW EXECUTE FUNCTION stock_movements_append_only()`)
      return
    }
    await qr.query(`CREATE TRIGGER trg_stock_movements_no_update BEFORE UPDATE ON stock_movements
      BEGIN SELECT RAISE(ABORT, 'stock movements are append-only'); END`)
    await qr.query(`CREATE TRIGGER trg_stock_movements_no_delete BEFORE DELETE ON stock_movements
      BEGIN SELECT RAISE(ABORT, 'stock movements are append-only'); END`)
  }

  async down(qr: QueryRunner): Promise<void> {
    const pg = qr.connection.driver.options.type === 'postgres'
    await qr.dropTable('stock_on_hand')
    await qr.dropTable('stock_movements')
    if (pg) await qr.query('DROP FUNCTION IF EXISTS stock_movements_append_only() CASCADE')
    await qr.dropTable('inbound_lines')
    await qr.dropTable('inbounds')
    await qr.dropTable('qc_certificates')
  }
}
