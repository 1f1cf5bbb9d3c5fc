import type { EntityManager } from 'typeorm'
import type { Paged, StockMovementDto, StockRowDto } from '../../../shared/api'
import { readRows } from '../db/driver-query'
import { RESERVED_BY_PRODUCT_SQL } from '../doc-types/dispatch-note/dispatch-stock'

// The stock page's reads, written out (the benchmark runs these exact statements as the floor): on hand
// is the running figure (one indexed row per product), never a sum over the movements.

interface OnHandRow { product_id: number; code: string; name: string; spec: string; unit: string; on_hand: number | string; reserved: number | string | null }

/**
 * Definitions "stock available" (R8): reserved = what approved, unexpired dispatch notes not yet fully
 * posted still have to ship — the dispatch note's own subquery (doc-types/dispatch-note/dispatch-stock.ts).
 */
export function onHandSql(productId: number | undefined, includeEmpty: boolean, today = '0000-01-01'): { sql: string; params: Record<string, unknown> } {
  const where = [productId === undefined ? '' : 'p.id = :productId', includeEmpty ? '' : 's.quantity > 0'].filter(Boolean)
  return {
    sql: `SELECT p.id AS product_id, p.code, p.name, p.spec, p.unit, coalesce(s.quantity, 0) AS on_hand, r.reserved
          FROM products p ${includeEmpty ? 'LEFT' : ''} JOIN stock_on_hand s ON s.product_id = p.id
          LEFT JOIN (${RESERVED_BY_PRODUCT_SQL}) r ON r.product_id = p.id
          ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY p.code`,
    params: { ...(productId === undefined ? {} : { productId }), today, exclude: 0 },
  }
}

export async function stockOnHand(em: EntityManager, productId: number | undefined, includeEmpty: boolean, today?: string): Promise<StockRowDto[]> {
  const { sql, params } = onHandSql(productId, includeEmpty, today)
  const rows = await readRows<OnHandRow>(em, sql, params)
  return rows.map((r) => {
    const onHand = Number(r.on_hand)
    const reserved = Number(r.reserved ?? 0)
    return { productId: Number(r.product_id), productCode: r.code, productName: r.name, spec: r.spec, unit: r.unit, onHand, reserved, available: onHand - reserved }
  })
}

interface MovementRow { id: number; at: string; quantity: number | string; balance_after: number | string; document_id: number; doc_type: string; doc_no: string }

export async function stockMovements(em: EntityManager, productId: number, page: number, pageSize: number): Promise<Paged<StockMovementDto>> {
  const rows = await readRows<MovementRow>(
    em,
    `SELECT id, at, quantity, balance_after, document_id, doc_type, doc_no FROM stock_movements WHERE product_id = :productId ORDER BY id DESC LIMIT :limit OFFSET :offset`,
    { productId, limit: pageSize, offset: (page - 1) * pageSize },
  )
  const [count] = await readRows<{ n: number | string }>(em, `SELECT count(*) AS n FROM stock_movements WHERE product_id = :productId`, { productId })
  return {
    total: Number(count?.n ?? 0),
    rows: rows.map((r) => ({
      id: Number(r.id), at: r.at, direction: Number(r.quantity) > 0 ? 'in' : 'out', quantity: Number(r.quantity), balanceAfter: Number(r.balance_after),
      documentId: Number(r.document_id), docType: r.doc_type, docNo: r.doc_no,
    })),
  }
}
