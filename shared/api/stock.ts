import { z } from 'zod'
import { id, page, pageSize } from './common'
import type { Paged } from './common'
import { method } from './define'

/** On hand per product (a running figure kept with every movement) and what is reserved for dispatch. */
export interface StockRowDto {
  productId: number
  productCode: string
  productName: string
  spec: string
  unit: string
  onHand: number
  /**
   * Definitions "stock available": reserved by approved dispatch notes not yet fully posted (R8). Always 0
   * until dispatch notes exist (issue 12); available = onHand − reserved.
   */
  reserved: number
  available: number
}

/** One append-only stock movement: in by an inbound slip, out by an outbound slip, each with its document. */
export interface StockMovementDto {
  id: number
  at: string
  direction: 'in' | 'out'
  /** Signed: + in, − out. */
  quantity: number
  balanceAfter: number
  documentId: number
  docType: string
  docNo: string
}

/** Who sees stock: everyone who makes, stores, ships or sells the goods. Quantities only, never prices. */
export const STOCK_READERS = [
  'production', 'qc', 'warehouse', 'guard', 'planner', 'sales_clerk', 'sales_manager', 'sales_head', 'sales_vp', 'general_manager', 'finance', 'finance_vp',
] as const

export const stockApi = {
  'stock.onHand': method<StockRowDto[]>()(
    z.object({ productId: id.optional(), includeEmpty: z.boolean().default(true) }).strict(),
    STOCK_READERS,
    'read',
  ),
  'stock.movements': method<Paged<StockMovementDto>>()(z.object({ productId: id, page, pageSize }).strict(), STOCK_READERS, 'read'),
} as const
