import { EntitySchema } from 'typeorm'
import { fen, idColumn } from '../../db/entities/columns'

// R10: the outbound slip's body and lines. Each line is a dispatch note line (its product copied, and the
// contract's unit price, so the slip's amount is what the receivable will book, R11) and a quantity that
// left the warehouse. customer_id is kept for the credit exposure's "posted, not yet booked" term (R9).

export interface OutboundSlipRow {
  documentId: number; dispatchNoteId: number; contractId: number; customerId: number; postedOn: string; remark: string | null
}
export interface OutboundLineRow {
  id: number; documentId: number; lineNo: number; noteLineNo: number; productId: number; productCode: string; productName: string
  spec: string; unit: string; quantity: number; unitPriceFen: number; amountFen: number
}

const text = (name: string, length: number) => ({ name, type: 'varchar' as const, length })

export const OutboundSlipEntity = new EntitySchema<OutboundSlipRow>({
  name: 'OutboundSlip',
  tableName: 'outbound_slips',
  columns: {
    documentId: { name: 'document_id', type: 'integer', primary: true },
    dispatchNoteId: { name: 'dispatch_note_id', type: 'integer' },
    contractId: { name: 'contract_id', type: 'integer' },
    customerId: { name: 'customer_id', type: 'integer' },
    postedOn: text('posted_on', 10),
    remark: { type: 'varchar', length: 500, nullable: true },
  },
  foreignKeys: [
    { name: 'fk_outbound_slips_document', target: 'Document', columnNames: ['documentId'], referencedColumnNames: ['id'] },
    { name: 'fk_outbound_slips_note', target: 'Document', columnNames: ['dispatchNoteId'], referencedColumnNames: ['id'] },
    { name: 'fk_outbound_slips_contract', target: 'Document', columnNames: ['contractId'], referencedColumnNames: ['id'] },
    { name: 'fk_outbound_slips_customer', target: 'Customer', columnNames: ['customerId'], referencedColumnNames: ['id'] },
  ],
  indices: [
    { name: 'idx_outbound_slips_note', columns: ['dispatchNoteId'] },
    { name: 'idx_outbound_slips_customer', columns: ['customerId'] },
    { name: 'idx_outbound_slips_contract', columns: ['contractId'] },
    { name: 'idx_outbound_slips_posted', columns: ['postedOn'] }, // R18: shipments per month (receivables/collections.ts)
  ],
})

export const OutboundLineEntity = new EntitySchema<OutboundLineRow>({
  name: 'OutboundSlipLine',
  tableName: 'outbound_slip_lines',
  columns: {
    id: idColumn,
    documentId: { name: 'document_id', type: 'integer' },
    lineNo: { name: 'line_no', type: 'integer' },
    noteLineNo: { name: 'note_line_no', type: 'integer' },
    productId: { name: 'product_id', type: 'integer' },
    productCode: text('product_code', 32),
    productName: text('product_name', 60),
    spec: text('spec', 100),
    unit: text('unit', 8),
    quantity: { type: 'integer' },
    unitPriceFen: { ...fen(), name: 'unit_price_fen' },
    amountFen: { ...fen(), name: 'amount_fen' },
  },
  checks: [{ name: 'chk_outbound_slip_lines_quantity', expression: 'quantity > 0' }],
  foreignKeys: [
    { name: 'fk_outbound_slip_lines_document', target: 'Document', columnNames: ['documentId'], referencedColumnNames: ['id'] },
    { name: 'fk_outbound_slip_lines_product', target: 'Product', columnNames: ['productId'], referencedColumnNames: ['id'] },
  ],
  indices: [{ name: 'idx_outbound_slip_lines_document', columns: ['documentId', 'lineNo'] }],
})
