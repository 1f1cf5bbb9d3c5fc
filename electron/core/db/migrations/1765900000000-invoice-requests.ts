import { Table, type MigrationInterface, type QueryRunner, type TableColumnOptions } from 'typeorm'

/**
 * 开票申请 (R15, R24, issue 14): the request's body with the invoice finance records on it, the
 * red-letter entries against it, and the invoice threshold's versions (sales policy, versioned like
 * prices). The contract's 已开票 is one sum over idx_invoice_requests_contract (it covers both amounts).
 * Text columns are in byte order on PostgreSQL (ByteOrderText).
 */
export class InvoiceRequests1765900000000 implements MigrationInterface {
  name = 'InvoiceRequests1765900000000'

  async up(qr: QueryRunner): Promise<void> {
    const pg = qr.connection.driver.options.type === 'postgres'
    const text = (name: string, length: number, nullable = false): TableColumnOptions => ({
      name, type: 'varchar', length: String(length), isNullable: nullable, ...(pg ? { collation: 'C' } : {}),
    })
    const int = (name: string, nullable = false): TableColumnOptions => ({ name, type: 'integer', isNullable: nullable })
    const money = (name: string, nullable = false): TableColumnOptions => ({ name, type: 'bigint', isNullable: nullable })
    const fk = (name: string, column: string, table: string) => ({ name, columnNames: [column], referencedTableName: table, referencedColumnNames: ['id'] })
    const serial: TableColumnOptions = { name: 'id', type: 'integer', isPrimary: true, isGenerated: true, generationStrategy: 'increment' }
    await qr.createTable(new Table({
      name: 'invoice_requests',
      columns: [
        { ...int('document_id'), isPrimary: true }, int('contract_id'), text('requested_on', 10), money('amount_fen'), text('note', 200, true),
        text('invoice_no', 40, true), text('issued_on', 10, true), money('invoiced_fen', true), text('recorded_at', 24, true),
        int('recorded_by_user_id', true), text('recorded_by_name', 32, true), { ...money('red_fen'), default: 0 },
      ],
      uniques: [{ name: 'uq_invoice_requests_invoice_no', columnNames: ['invoice_no'] }],
      foreignKeys: [fk('fk_invoice_requests_document', 'document_id', 'documents'), fk('fk_invoice_requests_contract', 'contract_id', 'documents')],
      indices: [{ name: 'idx_invoice_requests_contract', columnNames: ['contract_id', 'invoiced_fen', 'red_fen'] }],
    }))
    await qr.createTable(new Table({
      name: 'invoice_red_letters',
      columns: [
        serial, int('request_id'), text('original_no', 40), text('confirmation_no', 20), text('red_on', 10), money('amount_fen'),
        text('reason', 100), text('created_at', 24), int('by_user_id'), text('by_name', 32),
      ],
      uniques: [{ name: 'uq_invoice_red_letters_confirmation', columnNames: ['confirmation_no'] }],
      foreignKeys: [fk('fk_invoice_red_letters_request', 'request_id', 'documents')],
      indices: [{ name: 'idx_invoice_red_letters_request', columnNames: ['request_id'] }],
    }))
    await qr.createTable(new Table({
      name: 'invoice_thresholds',
      columns: [
        serial, int('version_no'), text('effective_from', 10), int('percent'), int('issued_by_user_id'), text('issued_by_name', 32),
        text('issued_at', 24), text('note', 200, true),
      ],
      uniques: [
        { name: 'uq_invoice_thresholds_version', columnNames: ['version_no'] },
        { name: 'uq_invoice_thresholds_effective', columnNames: ['effective_from'] },
      ],
    }))
  }

  async down(qr: QueryRunner): Promise<void> {
    await qr.dropTable('invoice_thresholds')
    await qr.dropTable('invoice_red_letters')
    await qr.dropTable('invoice_requests')
  }
}
