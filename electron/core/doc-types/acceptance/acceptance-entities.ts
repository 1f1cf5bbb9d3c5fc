import { EntitySchema } from 'typeorm'
import { bool, idColumn, timestamp } from '../../db/entities/columns'

// R13: an acceptance report of a completed work order — the customer's signatory and day, the paper copy's
// reference, who answers a rectification if a check fails, and (for a re-acceptance, 复验) the rectification
// it checks again. recorded_at: the instant it was recorded (its approval), from which a rectification's
// 24 hours run. Each line a work order line, the quantity received and the two checks (pass/fail).

export interface AcceptanceRow {
  documentId: number; workOrderId: number; contractId: number; customerId: number; signatory: string; signedOn: string
  paperRef: string | null; remark: string | null; responsible: string | null; rectificationId: number | null; recordedAt: string | null
}
export interface AcceptanceLineRow {
  id: number; documentId: number; lineNo: number; workOrderLineNo: number; contractLineNo: number; productId: number; productCode: string
  productName: string; spec: string; unit: string; quantity: number; appearanceOk: boolean; functionOk: boolean; problem: string | null
}

const text = (name: string, length: number, nullable = false) => ({ name, type: 'varchar' as const, length, nullable })

export const AcceptanceEntity = new EntitySchema<AcceptanceRow>({
  name: 'Acceptance',
  tableName: 'acceptances',
  columns: {
    documentId: { name: 'document_id', type: 'integer', primary: true },
    workOrderId: { name: 'work_order_id', type: 'integer' },
    contractId: { name: 'contract_id', type: 'integer' },
    customerId: { name: 'customer_id', type: 'integer' },
    signatory: text('signatory', 32),
    signedOn: text('signed_on', 10),
    paperRef: text('paper_ref', 60, true),
    remark: { type: 'text', nullable: true },
    responsible: text('responsible', 32, true),
    rectificationId: { name: 'rectification_id', type: 'integer', nullable: true },
    recordedAt: { ...timestamp(true), name: 'recorded_at' },
  },
  foreignKeys: [
    { name: 'fk_acceptances_document', target: 'Document', columnNames: ['documentId'], referencedColumnNames: ['id'] },
    { name: 'fk_acceptances_work_order', target: 'Document', columnNames: ['workOrderId'], referencedColumnNames: ['id'] },
    { name: 'fk_acceptances_contract', target: 'Document', columnNames: ['contractId'], referencedColumnNames: ['id'] },
    { name: 'fk_acceptances_customer', target: 'Customer', columnNames: ['customerId'], referencedColumnNames: ['id'] },
    { name: 'fk_acceptances_rectification', target: 'Document', columnNames: ['rectificationId'], referencedColumnNames: ['id'] },
  ],
  indices: [
    { name: 'idx_acceptances_work_order', columns: ['workOrderId'] },
    { name: 'idx_acceptances_contract', columns: ['contractId'] },
    { name: 'idx_acceptances_rectification', columns: ['rectificationId'] },
  ],
})

export const AcceptanceLineEntity = new EntitySchema<AcceptanceLineRow>({
  name: 'AcceptanceLine',
  tableName: 'acceptance_lines',
  columns: {
    id: idColumn,
    documentId: { name: 'document_id', type: 'integer' },
    lineNo: { name: 'line_no', type: 'integer' },
    workOrderLineNo: { name: 'work_order_line_no', type: 'integer' },
    contractLineNo: { name: 'contract_line_no', type: 'integer' },
    productId: { name: 'product_id', type: 'integer' },
    productCode: text('product_code', 32),
    productName: text('product_name', 60),
    spec: text('spec', 100),
    unit: text('unit', 8),
    quantity: { type: 'integer' },
    appearanceOk: { ...bool, name: 'appearance_ok', default: undefined },
    functionOk: { ...bool, name: 'function_ok', default: undefined },
    problem: text('problem', 300, true),
  },
  checks: [{ name: 'chk_acceptance_lines_quantity', expression: 'quantity > 0' }],
  foreignKeys: [{ name: 'fk_acceptance_lines_document', target: 'Document', columnNames: ['documentId'], referencedColumnNames: ['id'] }],
  indices: [{ name: 'idx_acceptance_lines_document', columns: ['documentId', 'lineNo'] }],
})
