import type { EntityManager } from 'typeorm'
import { fenFromDatabase } from '../../../shared/money'
import { readRows } from '../db/driver-query'
import type { ExposureScope } from './exposure'

/*
 * R2 "a zero-credit customer ships only against money received", made precise (cumulative, per customer):
 *
 *   money received  = recorded (not reversed) payments from the customer — cash and transfers, and an
 *                     acceptance bill only once matured (due on or before today: until then it is exposure);
 *   shipped         = this note + the customer's other dispatch notes that are approved or beyond: what is
 *                     posted on them, plus, while open and unexpired, what is still to ship;
 *   allowed when shipped ≤ money received, else refused (CREDIT_ZERO_UNPAID) — no approval lifts it: the
 *   way on is R2's credit change (a limit), or the money.
 */

// coalesce(…) = 0, not IS NULL: see exposure.ts (the customer's index, not the UNIQUE one on reversals).
const MONEY_SQL = `SELECT coalesce(sum(p.amount_fen), 0) AS fen FROM payments p JOIN documents d ON d.id = p.document_id
  WHERE p.customer_id = :customerId AND coalesce(p.reverses_payment_id, 0) = 0 AND d.state = 'approved' AND (p.method <> 'bill' OR p.bill_due_on <= :today)`

const SHIPPED_SQL = `SELECT coalesce(sum(CASE WHEN d.state IN ('approved', 'partlyPosted') AND n.valid_until >= :today THEN l.quantity ELSE l.posted_quantity END
    * l.unit_price_fen), 0) AS fen
  FROM dispatch_notes n JOIN documents d ON d.id = n.document_id JOIN dispatch_note_lines l ON l.document_id = n.document_id
  WHERE n.customer_id = :customerId AND d.state IN ('approved', 'partlyPosted', 'posted', 'expired') AND n.document_id <> :exclude`

async function one(em: EntityManager, sql: string, scope: ExposureScope): Promise<number> {
  const [row] = await readRows<{ fen: number | string | null }>(em, sql, { customerId: scope.customerId, today: scope.today, exclude: scope.excludeNoteId })
  return fenFromDatabase(row?.fen ?? 0) ?? 0
}

export async function zeroCreditFigures(em: EntityManager, scope: ExposureScope): Promise<{ moneyReceivedFen: number; otherShippedFen: number }> {
  return { moneyReceivedFen: await one(em, MONEY_SQL, scope), otherShippedFen: await one(em, SHIPPED_SQL, scope) }
}
