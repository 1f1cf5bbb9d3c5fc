import type { EntityManager } from 'typeorm'
import type { MonthFigures } from '../../../shared/api'
import { fenFromDatabase } from '../../../shared/money'
import { readRows } from '../db/driver-query'
import { lastMonths, monthsAgo } from './payment-history'

/*
 * R18 "monthly collection against shipments" for the chart: per month, the money received (payments by
 * their received day; a red-letter reversal (红冲) carries the original's day and amount, so it takes the
 * money back out of the same month) against the goods shipped (posted outbound slips, not voided, at their
 * amount). Two grouped statements over the date indexes of migration 1766300000000 (idx_payments_received
 * covers the sum; idx_outbound_slips_posted finds a year's slips), whatever the years behind them.
 */

export const COLLECTED_BY_MONTH_SQL = `SELECT substr(p.received_on, 1, 7) AS month,
    sum(CASE WHEN p.reverses_payment_id IS NULL THEN p.amount_fen ELSE -p.amount_fen END) AS fen
  FROM payments p WHERE p.received_on >= :from AND p.received_on <= :to GROUP BY substr(p.received_on, 1, 7)`

export const SHIPPED_BY_MONTH_SQL = `SELECT substr(s.posted_on, 1, 7) AS month, sum(d.amount_fen) AS fen
  FROM outbound_slips s JOIN documents d ON d.id = s.document_id
  WHERE s.posted_on >= :from AND s.posted_on <= :to AND d.state = 'approved' GROUP BY substr(s.posted_on, 1, 7)`

const byMonth = (rows: Array<{ month: string; fen: number | string | null }>) => new Map(rows.map((r) => [r.month, fenFromDatabase(r.fen ?? 0, 'fen') ?? 0]))

export async function collectionsByMonth(em: EntityManager, today: string, count: number): Promise<MonthFigures[]> {
  const params = { from: monthsAgo(today, count), to: today }
  const collected = byMonth(await readRows(em, COLLECTED_BY_MONTH_SQL, params))
  const shipped = byMonth(await readRows(em, SHIPPED_BY_MONTH_SQL, params))
  return lastMonths(today, count).map((month) => ({ month, collectedFen: collected.get(month) ?? 0, shippedFen: shipped.get(month) ?? 0 }))
}
