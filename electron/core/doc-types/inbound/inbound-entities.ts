import { EntitySchema } from 'typeorm'
import { idColumn } from '../../db/entities/columns'

// R7: the inbound slip's body and lines. No prices: it moves goods, not money. Product code, name, spec
// and unit are copied at the time, as on the other types' lines, so the slip reads as it was filled.

export interface InboundRow { documentId: number; sourceNoticeId: number | null; receivedOn: string; remark: string | null }
export interface InboundLineRow {
  id: number; documentId: number; lineNo: number; productId: number; productCode: string; productName: string; spec: string; unit: string
  quantity: number; certificateId: number
}

export const InboundEntity = new EntitySchema<InboundRow>({
  name: 'Inbound',
  tableName: 'inbounds',
  columns: {
    documentId: { name: 'document_id', type: 'integer', primary: true },
    sourceNoticeId: { name: 'source_notice_id', type: 'integer', nullable: true },
    receivedOn: { name: 'received_on', type: 'varchar', length: 10 },
    remark: { type: 'varchar', length: 500, nullable: true },
  },
  foreignKeys: [
    { name: 'fk_inbounds_document', target: 'Document', columnNames: ['documentId'], referencedColumnNames: ['id'] },
    { name: 'fk_inbounds_source_notice', target: 'Document', columnNames: ['sourceNoticeId'], referencedColumnNames: ['id'] },
  ],
  indices: [{ name: 'idx_inbounds_source_notice', columns: ['sourceNoticeId'] }],
})

export const InboundLineEntity = new EntitySchema<InboundLineRow>({
  name: 'InboundLine',
  tableName: 'inbound_lines',
  columns: {
    id: idColumn,
    documentId: { name: 'document_id', type: 'integer' },
    lineNo: { name: 'line_no', type: 'integer' },
    productId: { name: 'product_id', type: 'integer' },
    productCode: { name: 'product_code', type: 'varchar', length: 32 },
    productName: { name: 'product_name', type: 'varchar', length: 60 },
    spec: { type: 'varchar', length: 100 },
    unit: { type: 'varchar', length: 8 },
    quantity: { type: 'integer' },
    certificateId: { name: 'certificate_id', type: 'integer' },
  },
  checks: [{ name: 'chk_inbound_lines_quantity', expression: 'quantity > 0' }],
  foreignKeys: [
    { name: 'fk_inbound_lines_document', target: 'Document', columnNames: ['documentId'], referencedColumnNames: ['id'] },
    { name: 'fk_inbound_lines_product', target: 'Product', columnNames: ['productId'], referencedColumnNames: ['id'] },
    { name: 'fk_inbound_lines_certificate', target: 'QcCertificate', columnNames: ['certificateId'], referencedColumnNames: ['id'] },
  ],
  indices: [
    { name: 'idx_inbound_lines_document', columns: ['documentId', 'lineNo'] },
    { name: 'idx_inbound_lines_certificate', columns: ['certificateId'] },
  ],
})
