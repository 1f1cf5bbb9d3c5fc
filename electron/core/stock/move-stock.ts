import type { EntityManager } from 'typeorm'
import { AppError } from '../../../shared/errors'
import { readRows } from '../db/driver-query'
import type { DocumentRow } from '../db/entities'
import { StockMovementEntity } from './stock-entities'

export interface StockMove {
  productId: number
  /** + in (an inbound slip posted, R7), − out (an outbound slip posted, R10). */
  quantity: number
  /** The document the goods move by: every movement names it. */
  document: Pick<DocumentRow, 'id' | 'docType' | 'docNo'>
  at: Date
}

/** An UPDATE … RETURNING's rows: TypeORM hands PostgreSQL's back as [rows, count] for an UPDATE. */
async function writeReturning<T>(em: EntityManager, sql: string, params: Record<string, unknown>): Promise<T[]> {
  const result = (await readRows<unknown>(em, sql, params)) as unknown[]
  return (result.length === 2 && Array.isArray(result[0]) && typeof result[1] === 'number' ? result[0] : result) as T[]
}

/**
 * The one way stock changes, inside the caller's transaction: the running on-hand figure moves by one
 * conditional UPDATE (which, on PostgreSQL, also row-locks it: concurrent posts of one product queue on
 * it and each sees the previous one's figure), and the movement is appended with the balance it left.
 * An out that would take on-hand below zero is refused with STOCK_NOT_ENOUGH before anything is written
 * (the caller's transaction then rolls back whatever else it did); the CHECK on stock_on_hand is the
 * backstop. Returns the balance after.
 */
export async function moveStock(em: EntityManager, move: StockMove): Promise<number> {
  if (!Number.isSafeInteger(move.quantity) || move.quantity === 0) throw new RangeError(`a stock movement is a non-zero integer, got ${move.quantity}`)
  const at = move.at.toISOString()
  // The product's row exists from its first movement on; creating it changes no figure.
  await readRows(em, `INSERT INTO stock_on_hand (product_id, quantity, updated_at) VALUES (:productId, 0, :at) ON CONFLICT (product_id) DO NOTHING RETURNING product_id`, {
    productId: move.productId, at,
  })
  const moved = await writeReturning<{ quantity: number | string }>(
    em,
    `UPDATE stock_on_hand SET quantity = quantity + :delta, updated_at = :at WHERE product_id = :productId AND quantity + :delta >= 0 RETURNING quantity`,
    { delta: move.quantity, at, productId: move.productId },
  )
  if (moved.length === 0) {
    const [row] = await readRows<{ quantity: number | string }>(em, `SELECT quantity FROM stock_on_hand WHERE product_id = :productId`, { productId: move.productId })
    const onHand = Number(row?.quantity ?? 0)
    throw new AppError('STOCK_NOT_ENOUGH', `库存不足：在库 ${onHand}，本次出库 ${-move.quantity}，还差 ${-move.quantity - onHand}；请核对在库数量或减少出库数量`, {
      productId: move.productId, onHand, requested: -move.quantity,
    })
  }
  const balanceAfter = Number(moved[0]!.quantity)
  await em.getRepository(StockMovementEntity).insert({
    productId: move.productId, quantity: move.quantity, balanceAfter, documentId: move.document.id, docType: move.document.docType, docNo: move.document.docNo, at,
  })
  return balanceAfter
}
