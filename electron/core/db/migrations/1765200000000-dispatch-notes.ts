import { Table, type MigrationInterface, type QueryRunner, type TableColumnOptions } from 'typeorm'

/**
 * 发货单 (R8, R9, issue 12): the note's body (contract, customer, delivery address and contact, carrier,
 * valid-until day) and its lines (a contract line, a quantity, the contract's unit price, and the quantity
 * posted outbound slips took — 0 until the outbound slip exists, which keeps it).
 */
export class DispatchNotes1765200000000 implements MigrationInterface {
  name = 'DispatchNotes1765200000000'

  async up(qr: QueryRunner): Promise<void> {
    const pg = qr.connection.driver.options.type === 'postgres'
    const text = (name: string, length: number, nullable = false): TableColumnOptions => ({
      name, type: 'varchar', length: String(length), isNullable: nullable, ...(pg ? { collation: 'C' } : {}),
    })
    const int = (name: string): TableColumnOptions => ({ name, type: 'integer' })
    const money = (name: string): TableColumnOptions => ({ name, type: 'bigint' })
    const fk = (name: string, column: string, table: string) => ({ name, columnNames: [column], referencedTableName: table, referencedColumnNames: ['id'] })
    await qr.createTable(new Table({
      name: 'dispatch_notes',
      columns: [
        { ...int('document_id'), isPrimary: true }, int('contract_id'), int('customer_id'), text('delivery_address', 200), text('contact_name', 32),
        text('contact_phone', 40), text('carrier', 60), text('valid_until', 10), { name: 'remark', type: 'text', isNullable: true, ...(pg ? { collation: 'C' } : {}) },
      ],
      foreignKeys: [
        fk('fk_dispatch_notes_document', 'document_id', 'documents'), fk('fk_dispatch_notes_contract', 'contract_id', 'documents'),
        fk('fk_dispatch_notes_customer', 'customer_id', 'customers'),
      ],
      indices: [
        { name: 'idx_dispatch_notes_contract', columnNames: ['contract_id'] },
        { name: 'idx_dispatch_notes_customer', columnNames: ['customer_id', 'valid_until'] },
      ],
    }))
    await qr.createTable(new Table({
      name: 'dispatch_note_lines',
      columns: [
        { name: 'id', type: 'integer', isPrimary: true, isGenerated: true, generationStrategy: 'increment' },
        int('document_id'), int('line_no'), int('contract_line_no'), int('product_id'), text('product_code', 32), text('product_name', 60),
        text('spec', 100), text('unit', 8), int('quantity'), { ...int('posted_quantity'), default: 0 }, money('unit_price_fen'), money('amount_fen'),
      ],
      checks: [{ name: 'chk_dispatch_note_lines_posted', expression: 'posted_quantity >= 0 AND posted_quantity <= quantity' }],
      foreignKeys: [fk('fk_dispatch_note_lines_document', 'document_id', 'documents')],
      indices: [
        { name: 'idx_dispatch_note_lines_document', columnNames: ['document_id', 'line_no'] },
        { name: 'idx_dispatch_note_lines_product', columnNames: ['product_id'] },
      ],
    }))
  }

  async down(qr: QueryRunner): Promise<void> {
    await qr.dropTable('dispatch_note_lines')
    await qr.dropTable('dispatch_notes')
  }
}
