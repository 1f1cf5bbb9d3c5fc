import { Table, type MigrationInterface, type QueryRunner, type TableColumnOptions } from 'typeorm'

/**
 * 出门证 (issue 12): the pass's body (the outbound slip the goods left on, the vehicle, the driver, the time
 * out), and the guard's 登记出门证 task for every slip posted so far.
 */
export class GatePasses1765400000000 implements MigrationInterface {
  name = 'GatePasses1765400000000'

  async up(qr: QueryRunner): Promise<void> {
    const pg = qr.connection.driver.options.type === 'postgres'
    const text = (name: string, length: number, nullable = false): TableColumnOptions => ({
      name, type: 'varchar', length: String(length), isNullable: nullable, ...(pg ? { collation: 'C' } : {}),
    })
    const int = (name: string): TableColumnOptions => ({ name, type: 'integer' })
    const fk = (name: string, column: string, table: string) => ({ name, columnNames: [column], referencedTableName: table, referencedColumnNames: ['id'] })
    await qr.createTable(new Table({
      name: 'gate_passes',
      columns: [
        { ...int('document_id'), isPrimary: true }, int('outbound_slip_id'), text('vehicle_plate', 16), text('driver_name', 32), text('driver_phone', 32, true),
        text('left_at', 24), text('remark', 200, true),
      ],
      foreignKeys: [fk('fk_gate_passes_document', 'document_id', 'documents'), fk('fk_gate_passes_slip', 'outbound_slip_id', 'documents')],
      indices: [{ name: 'idx_gate_passes_slip', columnNames: ['outbound_slip_id'] }],
    }))
    // Every slip posted so far, still open, waits at the gate in the guard's queue.
    await qr.query(
      `INSERT INTO tasks (document_id, doc_type, doc_no, title, customer_name, amount_fen, drafter_name, step_key, step_name, role, assignee_user_id, opened_at)
       SELECT d.id, d.doc_type, d.doc_no, d.title, d.customer_name, d.amount_fen, d.drafter_name, 'gate_pass', '登记出门证', 'guard', NULL, d.updated_at
       FROM documents d WHERE d.doc_type = 'outboundSlip' AND d.state = 'approved' AND d.closed_at IS NULL`,
    )
  }

  async down(qr: QueryRunner): Promise<void> {
    await qr.query(`DELETE FROM tasks WHERE step_key = 'gate_pass'`)
    await qr.dropTable('gate_passes')
  }
}
