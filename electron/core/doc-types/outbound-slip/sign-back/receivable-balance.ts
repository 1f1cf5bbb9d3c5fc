import type { EntityManager } from 'typeorm'
import { lockRow } from '../../../db/locks'
import { runWrite } from '../../../db/write-rows'

/*
 * R9, R18: each contract's receivable balance as a running figure, `contract_receivables` (migration
 * 1766000000000), so the credit check reads only the contracts that still owe money instead of every
 * receivable and allocation of the customer's ten years (issue 12: p95 ≤ 5 ms).
 *
 * One row per contract that has at least one receivable:
 *   booked_fen    = Σ receivables.amount_fen of the contract
 *   collected_fen = Σ direction × amount_fen of its payment_allocations (payment/contract-money.ts)
 * Unpaid = max(0, booked − collected) (receivable-sql.ts: settled in due-date order, so per contract exactly
 * that much is unpaid); idx_contract_receivables_unpaid holds only the rows where booked > collected.
 *
 * Why it stays equal to the rows (checkIntegrity's "R9 receivable balance" recomputes it from them):
 * - receivables are only ever inserted (R11, one per slip, never updated or deleted): booking calls
 *   `bookedIntoBalance` in the same transaction — the row is created at the contract's first booking with
 *   the allocations made so far, later bookings add their amount;
 * - payment_allocations are only ever inserted (R14: allocation +, de-allocation −; a payment is reversed
 *   only after it is de-allocated, so a reversal moves nothing): each insert calls `collectedIntoBalance`,
 *   which moves the row if the contract has one (before the first booking there is none, and the
 *   booking reads the allocations' sum then).
 * Voiding a slip (only before its gate pass, so before any copy or receivable), a dispatch note's approval,
 * posting, voiding or expiry move other exposure terms, never these two figures.
 * The generator (scripts/seed/bulk) runs these same two statements beside its raw inserts.
 */

/** Named parameters :contractId, :customerId, :amountFen (better-sqlite3 takes the same text). */
export const BOOKED_INTO_BALANCE_SQL = `INSERT INTO contract_receivables (contract_id, customer_id, booked_fen, collected_fen)
  VALUES (:contractId, :customerId, :amountFen, (SELECT COALESCE(SUM(pa.direction * pa.amount_fen), 0) FROM payment_allocations pa WHERE pa.contract_id = :contractId))
  ON CONFLICT (contract_id) DO UPDATE SET booked_fen = contract_receivables.booked_fen + excluded.booked_fen`

/** Named parameters :contractId, :deltaFen (signed: + allocation, − de-allocation). */
export const COLLECTED_INTO_BALANCE_SQL = `UPDATE contract_receivables SET collected_fen = collected_fen + :deltaFen WHERE contract_id = :contractId`

/**
 * R11: a receivable was just inserted for the contract. The contract is locked first, as every allocation
 * locks it (payment-allocations.ts contractToPay): on PostgreSQL (READ COMMITTED) a first booking racing an
 * allocation would otherwise sum the allocations without the rival's while the rival's update found no row yet.
 */
export async function bookedIntoBalance(em: EntityManager, receivable: { contractId: number; customerId: number; amountFen: number }): Promise<void> {
  await lockRow(em, 'documents', receivable.contractId)
  await runWrite(em, BOOKED_INTO_BALANCE_SQL, { contractId: receivable.contractId, customerId: receivable.customerId, amountFen: receivable.amountFen })
}

/** R14: an allocation row was just inserted for the contract (deltaFen = direction × amount). */
export async function collectedIntoBalance(em: EntityManager, contractId: number, deltaFen: number): Promise<void> {
  await runWrite(em, COLLECTED_INTO_BALANCE_SQL, { contractId, deltaFen })
}

/** Recomputed from the rows, for checkIntegrity: each contract's figures as the definition gives them. */
export const RECEIVABLE_BALANCE_FROM_ROWS_SQL = `SELECT r.contract_id, min(r.customer_id) AS customer_id, sum(r.amount_fen) AS booked_fen,
    (SELECT COALESCE(SUM(pa.direction * pa.amount_fen), 0) FROM payment_allocations pa WHERE pa.contract_id = r.contract_id) AS collected_fen
  FROM receivables r GROUP BY r.contract_id`
