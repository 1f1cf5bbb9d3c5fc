import type { EntityManager } from 'typeorm'

/*
 * R18 the whole aging as one grouped statement (both databases), so it answers in milliseconds at ten
 * years (issue 14: ≤ 100 ms; ERPNext's report walks every invoice in Python and takes minutes at 30k).
 *
 * 1. owing: the contracts that still owe, from the running balance (credit/receivable-balance.ts) over its
 *    partial index idx_contract_receivables_unpaid — a few thousand rows at ten years, not 30k+ receivables
 *    and 100k+ allocations; a customer's page seeks the same index by customer_id.
 * 2. settled: each owing contract's receivables in due-date order (idx_receivables_contract) with the
 *    running sum; R11 "settled by allocations in due-date order" leaves unpaid = clamp(cum − collected, 0, amount)
 *    (the same rule as sign-back/receivable-sql.ts, with collected read from the balance row instead of
 *    summing the allocations again).
 * 3. grouped by customer, salesperson and bucket: the buckets are due-date bounds worked out once for the
 *    day (shared/aging.ts bucketDueBounds), so the database compares strings, never dates; the interest's
 *    Σ unpaid × days overdue is Σ unpaid × (asOf − due) with the due day as a day number per backend.
 * The JS that follows folds at most customers × 6 grouped rows into the two tables; no row of a receivable
 * reaches it.
 */

export interface AgingScope {
  customerId?: number | undefined
  salespersonId?: number | undefined
}

/** The due day as whole days since 1970-01-01: the one expression that differs between the backends. */
export function dueDayNumber(em: EntityManager, column: string): string {
  return em.connection.driver.options.type === 'postgres'
    ? `(CAST(${column} AS date) - DATE '1970-01-01')`
    : `CAST(julianday(${column}) - 2440587.5 AS INTEGER)`
}

/** The same number for the day asked, computed here and bound. */
export const dayNumber = (day: string): number => Math.round(Date.parse(`${day}T00:00:00Z`) / 86_400_000)

/** Each open receivable of the scope with its unpaid fen (named parameters: :customerId, :salespersonId when scoped). */
export function openReceivablesSql(scope: AgingScope): string {
  const where = ['k.booked_fen > k.collected_fen']
  if (scope.customerId !== undefined) where.push('k.customer_id = :customerId')
  if (scope.salespersonId !== undefined) where.push('c.salesperson_user_id = :salespersonId')
  return `SELECT s.slip_document_id, s.contract_id, s.customer_id, s.salesperson_user_id, s.amount_fen, s.booked_on, s.due_on,
      CASE WHEN s.over_fen >= s.amount_fen THEN s.amount_fen ELSE s.over_fen END AS unpaid_fen
    FROM (SELECT r.slip_document_id, r.contract_id, r.customer_id, c.salesperson_user_id, r.amount_fen, r.booked_on, r.due_on,
            sum(r.amount_fen) OVER (PARTITION BY r.contract_id ORDER BY r.due_on, r.slip_document_id) - k.collected_fen AS over_fen
          FROM contract_receivables k CROSS JOIN contracts c CROSS JOIN receivables r
          WHERE ${where.join(' AND ')} AND c.document_id = k.contract_id AND r.contract_id = k.contract_id) s
    WHERE s.over_fen > 0`
}

/** The bucket of `due` as a CASE over the bound parameters :b0 … :b4 (due_on ≥ bound → that bucket). */
const BUCKET_CASE = (due: string) =>
  `CASE WHEN ${due} >= :b0 THEN 0 WHEN ${due} >= :b1 THEN 1 WHEN ${due} >= :b2 THEN 2 WHEN ${due} >= :b3 THEN 3 WHEN ${due} >= :b4 THEN 4 ELSE 5 END`

/**
 * The grouped aging: per customer, salesperson and bucket, the count, the unpaid sum and Σ unpaid × days
 * overdue (for the interest). Parameters: :b0…:b4, :asOf, :asOfDay and the scope's.
 */
export function agingGroupedSql(em: EntityManager, scope: AgingScope): string {
  return `SELECT b.customer_id, b.salesperson_user_id, b.bucket, count(*) AS n, sum(b.unpaid_fen) AS unpaid_fen, sum(b.fen_days) AS fen_days
    FROM (SELECT u.customer_id, u.salesperson_user_id, u.unpaid_fen, ${BUCKET_CASE('u.due_on')} AS bucket,
            CASE WHEN u.due_on < :asOf THEN u.unpaid_fen * (:asOfDay - ${dueDayNumber(em, 'u.due_on')}) ELSE 0 END AS fen_days
          FROM (${openReceivablesSql(scope)}) u) b
    GROUP BY b.customer_id, b.salesperson_user_id, b.bucket`
}
