import { EntitySchema } from 'typeorm'
import { idColumn } from '../../db/entities/columns'

// R12: a work order made from a contract that needs installation; each line a contract line and how many
// to install (no prices: a work order carries no money). The installers are a JSON array of
// { name, phone }. The result (完工日期, 安装情况, who recorded it) is service's, null until recorded.

export interface WorkOrderRow {
  documentId: number; contractId: number; customerId: number; siteAddress: string; contactName: string; contactPhone: string
  installers: string; plannedStart: string; plannedEnd: string; remark: string | null
  completedOn: string | null; resultNotes: string | null; resultByUserId: number | null; resultByName: string | null
}
export interface WorkOrderLineRow {
  id: number; documentId: number; lineNo: number; contractLineNo: number; productId: number; productCode: string; productName: string
  spec: string; unit: string; quantity: number
}

const text = (name: string, length: number, nullable = false) => ({ name, type: 'varchar' as const, length, nullable })

export const WorkOrderEntity = new EntitySchema<WorkOrderRow>({
  name: 'WorkOrder',
  tableName: 'work_orders',
  columns: {
    documentId: { name: 'document_id', type: 'integer', primary: true },
    contractId: { name: 'contract_id', type: 'integer' },
    customerId: { name: 'customer_id', type: 'integer' },
    siteAddress: text('site_address', 200),
    contactName: text('contact_name', 32),
    contactPhone: text('contact_phone', 40),
    installers: { type: 'text' },
    plannedStart: text('planned_start', 10),
    plannedEnd: text('planned_end', 10),
    remark: { type: 'text', nullable: true },
    completedOn: text('completed_on', 10, true),
    resultNotes: { name: 'result_notes', type: 'text', nullable: true },
    resultByUserId: { name: 'result_by_user_id', type: 'integer', nullable: true },
    resultByName: text('result_by_name', 32, true),
  },
  foreignKeys: [
    { name: 'fk_work_orders_document', target: 'Document', columnNames: ['documentId'], referencedColumnNames: ['id'] },
    { name: 'fk_work_orders_contract', target: 'Document', columnNames: ['contractId'], referencedColumnNames: ['id'] },
    { name: 'fk_work_orders_customer', target: 'Customer', columnNames: ['customerId'], referencedColumnNames: ['id'] },
  ],
  indices: [{ name: 'idx_work_orders_contract', columns: ['contractId'] }],
})

export const WorkOrderLineEntity = new EntitySchema<WorkOrderLineRow>({
  name: 'WorkOrderLine',
  tableName: 'work_order_lines',
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
  },
  checks: [{ name: 'chk_work_order_lines_quantity', expression: 'quantity > 0' }],
  foreignKeys: [{ name: 'fk_work_order_lines_document', target: 'Document', columnNames: ['documentId'], referencedColumnNames: ['id'] }],
  indices: [{ name: 'idx_work_order_lines_document', columns: ['documentId', 'lineNo'] }],
})
