import { EntitySchema, type EntitySchemaColumnOptions } from 'typeorm'
import { fen, idColumn } from './columns'

/** A product line of an application or a contract: the policy's prices are copied at the time. */
export interface DocumentLineRow {
  id: number; documentId: number; lineNo: number; productId: number; productCode: string; productName: string
  spec: string; unit: string; quantity: number; unitPriceFen: number; listPriceFen: number; floorPriceFen: number; amountFen: number
}

const columns: Record<keyof DocumentLineRow, EntitySchemaColumnOptions> = {
  id: idColumn,
  documentId: { name: 'document_id', type: 'integer' },
  lineNo: { name: 'line_no', type: 'integer' },
  productId: { name: 'product_id', type: 'integer' },
  productCode: { name: 'product_code', type: 'varchar', length: 32 },
  productName: { name: 'product_name', type: 'varchar', length: 60 },
  spec: { type: 'varchar', length: 100 },
  unit: { type: 'varchar', length: 8 },
  quantity: { type: 'integer' },
  unitPriceFen: { ...fen(), name: 'unit_price_fen' },
  listPriceFen: { ...fen(), name: 'list_price_fen' },
  floorPriceFen: { ...fen(), name: 'floor_price_fen' },
  amountFen: { ...fen(), name: 'amount_fen' },
}

/** A type's line table (its name and table): the same columns for every type that has product lines. */
export function lineEntity(name: string, tableName: string) {
  return new EntitySchema<DocumentLineRow>({
    name,
    tableName,
    columns,
    foreignKeys: [{ name: `fk_${tableName}_document`, target: 'Document', columnNames: ['documentId'], referencedColumnNames: ['id'] }],
    indices: [{ name: `idx_${tableName}_document`, columns: ['documentId', 'lineNo'] }],
  })
}
