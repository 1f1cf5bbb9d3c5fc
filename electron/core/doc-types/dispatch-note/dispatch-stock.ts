import type { EntityManager } from 'typeorm'
import { AppError } from '../../../../shared/errors'
import { readRows } from '../../db/driver-query'

// WORKFLOW.md Definitions, "stock available" (R8): on hand − what approved dispatch notes not yet fully
// posted reserve. A note reserves what is still to ship on it (quantity − posted) while it is approved or
// partly posted and its valid-until day has not passed: an expired note can never be posted, so it holds
// nothing. The stock page's 已预留 column reads the same subquery (stock/stock-queries.ts).

/**
 * Reserved per product: bound :today and :exclude (the note being edited or checked; 0 for none). Read from
 * the live notes (idx_documents_type_state: the approved and partly posted dispatch notes, a few dozen) to
 * their lines, never from every line of ten years (issue 11/12: 125 ms for one product's stock, 40 ms of every
 * note's submit); `d.doc_type` only names what the join to dispatch_notes already implies. CROSS JOIN is
 * SQLite's way to keep that order when a product filter is pushed into this subquery (stockFigures: the
 * planner otherwise starts from every line of the product); PostgreSQL plans it as the inner join it is.
 */
export const RESERVED_BY_PRODUCT_SQL = `SELECT l.product_id, sum(l.quantity - l.posted_quantity) AS reserved
  FROM documents d CROSS JOIN dispatch_notes n CROSS JOIN dispatch_note_lines l
  WHERE d.doc_type = 'dispatchNote' AND d.state IN ('approved', 'partlyPosted') AND n.document_id = d.id AND l.document_id = d.id
    AND n.valid_until >= :today AND d.id <> :exclude
  GROUP BY l.product_id`

export interface StockFigure {
  onHand: number
  reserved: number
  available: number
}

export async function stockFigures(em: EntityManager, productIds: readonly number[], today: string, excludeNoteId: number): Promise<Map<number, StockFigure>> {
  const out = new Map<number, StockFigure>()
  if (productIds.length === 0) return out
  const ids = [...new Set(productIds)]
  const onHand = await readRows<{ product_id: number; quantity: number | string }>(em, `SELECT product_id, quantity FROM stock_on_hand WHERE product_id IN (:...ids)`, { ids })
  const reserved = await readRows<{ product_id: number; reserved: number | string }>(
    em,
    `SELECT r.product_id, r.reserved FROM (${RESERVED_BY_PRODUCT_SQL}) r WHERE r.product_id IN (:...ids)`,
    { ids, today, exclude: excludeNoteId },
  )
  const onHandBy = new Map(onHand.map((r) => [Number(r.product_id), Number(r.quantity)]))
  const reservedBy = new Map(reserved.map((r) => [Number(r.product_id), Number(r.reserved)]))
  for (const id of ids) {
    const h = onHandBy.get(id) ?? 0
    const r = reservedBy.get(id) ?? 0
    out.set(id, { onHand: h, reserved: r, available: h - r })
  }
  return out
}

/** The stock figures dispatchableLines read, by product, for assertWithinStock in the same transaction. */
export function stockOfLines(lines: ReadonlyArray<{ productId: number } & StockFigure>): Map<number, StockFigure> {
  return new Map(lines.map((l) => [l.productId, { onHand: l.onHand, reserved: l.reserved, available: l.available }]))
}

/** R8: per product (two contract lines may be one product), the note's quantity ≤ stock available; refused with the figures. */
export async function assertWithinStock(
  em: EntityManager,
  lines: ReadonlyArray<{ productId: number; productCode: string; productName: string; unit: string; quantity: number }>,
  today: string,
  excludeNoteId: number,
  /** The same figures already read in this transaction (dispatchableLines: every product of the contract), not read twice. */
  known?: ReadonlyMap<number, StockFigure>,
): Promise<void> {
  const stock = known && lines.every((l) => known.has(l.productId)) ? known : await stockFigures(em, lines.map((l) => l.productId), today, excludeNoteId)
  const wanted = new Map<number, number>()
  for (const l of lines) wanted.set(l.productId, (wanted.get(l.productId) ?? 0) + l.quantity)
  for (const [productId, quantity] of wanted) {
    const s = stock.get(productId)!
    if (quantity <= s.available) continue
    const l = lines.find((x) => x.productId === productId)!
    throw new AppError(
      'DISPATCH_OVER_STOCK',
      `${l.productName}（${l.productCode}）在库 ${s.onHand} ${l.unit}，已批准未出库的发货单占用 ${s.reserved}，可用 ${Math.max(0, s.available)}，本单 ${quantity}；请减少数量或待入库后再开`,
      { productId, onHand: s.onHand, reserved: s.reserved, available: s.available, quantity },
    )
  }
}
