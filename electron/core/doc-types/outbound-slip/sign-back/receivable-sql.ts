/*
 * R11, R18 "settled by allocations in due-date order", as SQL (both databases): a contract's collected money
 * (the net of its allocations, payment/contract-money.ts) pays its receivables oldest due first. Computed on
 * every read, never stored: an allocation, a de-allocation or a reversal changes the collected sum and every
 * receivable follows at once — a stored "settled" column would have to be rewritten by every payment and
 * could drift. For one receivable with `cum` = the contract's receivables up to and including it (due date,
 * then slip): unpaid = clamp(cum − collected, 0, amount). idx_receivables_contract orders the window;
 * idx_payment_allocations_contract covers the collected sum.
 */

const COLLECTED = (contract: string) =>
  `(SELECT COALESCE(SUM(pa.direction * pa.amount_fen), 0) FROM payment_allocations pa WHERE pa.contract_id = ${contract})`

/**
 * Each receivable matching `where` (on the alias r; it must take whole contracts — a customer or a contract —
 * or the window would see only part of one) with its `unpaid_fen`.
 */
export const unpaidReceivablesSql = (where: string) => `
  SELECT u.slip_document_id, u.contract_id, u.customer_id, u.amount_fen, u.due_on, u.booked_on,
    CASE WHEN u.cum - u.collected <= 0 THEN 0 WHEN u.cum - u.collected >= u.amount_fen THEN u.amount_fen ELSE u.cum - u.collected END AS unpaid_fen
  FROM (SELECT r.slip_document_id, r.contract_id, r.customer_id, r.amount_fen, r.due_on, r.booked_on,
          sum(r.amount_fen) OVER (PARTITION BY r.contract_id ORDER BY r.due_on, r.slip_document_id) AS cum, ${COLLECTED('r.contract_id')} AS collected
        FROM receivables r WHERE ${where}) u`

/**
 * The customer's contracts that still owe (booked > collected), from the running figure (receivable-balance.ts)
 * over its partial index: a handful of rows, not the customer's years of receivables and allocations.
 */
const OWING_CONTRACTS_OF_CUSTOMER = `SELECT k.contract_id FROM contract_receivables k WHERE k.customer_id = :customerId AND k.booked_fen > k.collected_fen`

/**
 * R9 exposure's first term: the customer's unpaid booked receivables. Per contract, settling in due-date
 * order leaves exactly max(0, booked − collected) unpaid: the sum of the running figure's owing rows.
 */
export const UNPAID_RECEIVABLES_OF_CUSTOMER = `SELECT coalesce(sum(k.booked_fen - k.collected_fen), 0) AS fen
  FROM contract_receivables k WHERE k.customer_id = :customerId AND k.booked_fen > k.collected_fen`

/**
 * R9, R16: the customer's receivables unpaid after their due date: the sum, and the oldest due date among them.
 * A receivable is unpaid only on a contract that owes, so the window reads the owing contracts' receivables
 * only (whole contracts, as unpaidReceivablesSql needs).
 */
export const OVERDUE_OF_CUSTOMER = `SELECT coalesce(sum(o.unpaid_fen), 0) AS fen, min(o.due_on) AS oldest_due_on
  FROM (${unpaidReceivablesSql(`r.contract_id IN (${OWING_CONTRACTS_OF_CUSTOMER})`)}) o WHERE o.due_on < :today AND o.unpaid_fen > 0`

/** Whole days from one calendar day to another (2026-12-20 → 2026-12-21 is 1). */
export function daysFrom(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000)
}

/** R16: days overdue, counted from the day after the due date: due 12-20, today 12-21 → 1; not due → 0. */
export const overdueDays = (dueOn: string, today: string): number => Math.max(0, daysFrom(dueOn, today))
