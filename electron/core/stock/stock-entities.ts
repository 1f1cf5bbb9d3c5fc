import { EntitySchema } from 'typeorm'
import { idColumn, timestamp } from '../db/entities/columns'

// Stock (R7 in, R10 out). stock_movements is append-only (triggers refuse UPDATE and DELETE, as on
// audit_events): in by an inbound slip, out by an outbound slip, each with its document. stock_on_hand
// is the running figure per product, changed in the same transaction as the movement; its CHECK keeps
// it from ever going below zero, and move-stock.ts refuses first with STOCK_NOT_ENOUGH.

export interface StockMovementRow {
  id: number; productId: number; quantity: number; balanceAfter: number; documentId: number; docType: string; docNo: string; at: string
}
export interface StockOnHandRow { productId: number; quantity: number; updatedAt: string }

export const StockMovementEntity = new EntitySchema<StockMovementRow>({
  name: 'StockMovement',
  tableName: 'stock_movements',
  columns: {
    id: idColumn,
    productId: { name: 'product_id', type: 'integer' },
    /** Signed: + in, − out; never 0. */
    quantity: { type: 'integer' },
    balanceAfter: { name: 'balance_after', type: 'integer' },
    documentId: { name: 'document_id', type: 'integer' },
    docType: { name: 'doc_type', type: 'varchar', length: 32 },
    docNo: { name: 'doc_no', type: 'varchar', length: 12 },
    at: { ...timestamp() },
  },
  checks: [
    { name: 'chk_stock_movements_quantity', expression: 'quantity <> 0' },
    { name: 'chk_stock_movements_balance', expression: 'balance_after >= 0' },
  ],
  foreignKeys: [
    { name: 'fk_stock_movements_product', target: 'Product', columnNames: ['productId'], referencedColumnNames: ['id'] },
    { name: 'fk_stock_movements_document', target: 'Document', columnNames: ['documentId'], referencedColumnNames: ['id'] },
  ],
  indices: [
    { name: 'idx_stock_movements_product', columns: ['productId', 'id'] },
    { name: 'idx_stock_movements_document', columns: ['documentId'] },
  ],
})

export const StockOnHandEntity = new EntitySchema<StockOnHandRow>({
  name: 'StockOnHand',
  tableName: 'stock_on_hand',
  columns: {
    productId: { name: 'product_id', type: 'integer', primary: true },
    quantity: { type: 'integer' },
    updatedAt: { ...timestamp(), name: 'updated_at' },
  },
  checks: [{ name: 'chk_stock_on_hand_never_negative', expression: 'quantity >= 0' }],
  foreignKeys: [{ name: 'fk_stock_on_hand_product', target: 'Product', columnNames: ['productId'], referencedColumnNames: ['id'] }],
})
