import { EntitySchema } from 'typeorm'
import { idColumn } from '../../db/entities/columns'

// R6: a production notice made from a signed contract; each line is a contract line, a quantity and the date it is needed by.

export interface ProductionNoticeRow { documentId: number; contractId: number; note: string | null }
export interface NoticeLineRow {
  id: number; documentId: number; lineNo: number; contractLineNo: number; productId: number; productCode: string
  productName: string; spec: string; unit: string; quantity: number; requiredDate: string
}

export const ProductionNoticeEntity = new EntitySchema<ProductionNoticeRow>({
  name: 'ProductionNotice',
  tableName: 'production_notices',
  columns: {
    documentId: { name: 'document_id', type: 'integer', primary: true },
    contractId: { name: 'contract_id', type: 'integer' },
    note: { type: 'text', nullable: true },
  },
  foreignKeys: [
    { name: 'fk_production_notices_document', target: 'Document', columnNames: ['documentId'], referencedColumnNames: ['id'] },
    { name: 'fk_production_notices_contract', target: 'Document', columnNames: ['contractId'], referencedColumnNames: ['id'] },
  ],
  indices: [{ name: 'idx_production_notices_contract', columns: ['contractId'] }],
})

export const NoticeLineEntity = new EntitySchema<NoticeLineRow>({
  name: 'ProductionNoticeLine',
  tableName: 'production_notice_lines',
  columns: {
    id: idColumn,
    documentId: { name: 'document_id', type: 'integer' },
    lineNo: { name: 'line_no', type: 'integer' },
    contractLineNo: { name: 'contract_line_no', type: 'integer' },
    productId: { name: 'product_id', type: 'integer' },
    productCode: { name: 'product_code', type: 'varchar', length: 32 },
    productName: { name: 'product_name', type: 'varchar', length: 60 },
    spec: { type: 'varchar', length: 100 },
    unit: { type: 'varchar', length: 8 },
    quantity: { type: 'integer' },
    requiredDate: { name: 'required_date', type: 'varchar', length: 10 },
  },
  foreignKeys: [{ name: 'fk_production_notice_lines_document', target: 'Document', columnNames: ['documentId'], referencedColumnNames: ['id'] }],
  indices: [{ name: 'idx_production_notice_lines_document', columns: ['documentId', 'lineNo'] }],
})
