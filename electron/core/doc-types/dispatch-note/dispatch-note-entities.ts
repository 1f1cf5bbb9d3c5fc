import { EntitySchema } from 'typeorm'
import { fen, idColumn } from '../../db/entities/columns'

// R8: a dispatch note made from a signed contract; each line is a contract line, a quantity and the
// contract's unit price (its amount is the note's share of the contract). posted_quantity is what posted
// outbound slips took from the line — 0 until the outbound slip exists, which keeps it in the same
// transaction as its posting (as payments.allocated_fen beside the allocations).

export interface DispatchNoteRow {
  documentId: number; contractId: number; customerId: number; deliveryAddress: string; contactName: string; contactPhone: string
  carrier: string; validUntil: string; remark: string | null
}
export interface DispatchLineRow {
  id: number; documentId: number; lineNo: number; contractLineNo: number; productId: number; productCode: string; productName: string
  spec: string; unit: string; quantity: number; postedQuantity: number; unitPriceFen: number; amountFen: number
}

const text = (name: string, length: number) => ({ name, type: 'varchar' as const, length })

export const DispatchNoteEntity = new EntitySchema<DispatchNoteRow>({
  name: 'DispatchNote',
  tableName: 'dispatch_notes',
  columns: {
    documentId: { name: 'document_id', type: 'integer', primary: true },
    contractId: { name: 'contract_id', type: 'integer' },
    customerId: { name: 'customer_id', type: 'integer' },
    deliveryAddress: text('delivery_address', 200),
    contactName: text('contact_name', 32),
    contactPhone: text('contact_phone', 40),
    carrier: text('carrier', 60),
    validUntil: text('valid_until', 10),
    remark: { type: 'text', nullable: true },
  },
  foreignKeys: [
    { name: 'fk_dispatch_notes_document', target: 'Document', columnNames: ['documentId'], referencedColumnNames: ['id'] },
    { name: 'fk_dispatch_notes_contract', target: 'Document', columnNames: ['contractId'], referencedColumnNames: ['id'] },
    { name: 'fk_dispatch_notes_customer', target: 'Customer', columnNames: ['customerId'], referencedColumnNames: ['id'] },
  ],
  indices: [
    { name: 'idx_dispatch_notes_contract', columns: ['contractId'] },
    { name: 'idx_dispatch_notes_customer', columns: ['customerId', 'validUntil'] },
  ],
})

export const DispatchLineEntity = new EntitySchema<DispatchLineRow>({
  name: 'DispatchNoteLine',
  tableName: 'dispatch_note_lines',
  columns: {
    id: idColumn,
    documentId: { name: 'document_id', type: 'integer' },
    lineNo: { name: 'line_no', type: 'integer' },
    contractLineNo: { name: 'contract_line_no', type: 'integer' },
    productId: { name: 'product_id', type: 'integer' },
    productCode: text('product_code', 32),
    productName: text('product_name', 60),
    spec: text('spec', 100),
    unit: text('unit', 8),
    quantity: { type: 'integer' },
    postedQuantity: { name: 'posted_quantity', type: 'integer', default: 0 },
    unitPriceFen: { ...fen(), name: 'unit_price_fen' },
    amountFen: { ...fen(), name: 'amount_fen' },
  },
  checks: [{ name: 'chk_dispatch_note_lines_posted', expression: 'posted_quantity >= 0 AND posted_quantity <= quantity' }],
  foreignKeys: [{ name: 'fk_dispatch_note_lines_document', target: 'Document', columnNames: ['documentId'], referencedColumnNames: ['id'] }],
  indices: [
    { name: 'idx_dispatch_note_lines_document', columns: ['documentId', 'lineNo'] },
    { name: 'idx_dispatch_note_lines_product', columns: ['productId'] },
  ],
})
