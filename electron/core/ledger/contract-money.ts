// R5: the ledger's money columns are computed from the real tables, never stored on the contract, so
// the ledger and the documents behind it cannot disagree. Each function returns an SQL expression over
// one contracts row (alias `contract`), used per row and inside SUM() for the totals, so a filtered
// ledger stays one query for its rows and one for its count and totals (no N+1).
//
// The documents that move this money do not exist yet; until their issue adds the table, the amount is
// 0. Each issue replaces exactly one function body with an indexed correlated subquery on its own
// table, keyed by the contract's document id, e.g.
//   `(SELECT COALESCE(SUM(p.amount_fen), 0) FROM payment_allocations p WHERE p.contract_id = ${contract}.document_id)`

/**
 * 已发货: the value of goods posted out against the contract (posted 出库单 on its 发货单, R8–R10), at the
 * contract's unit prices (a slip's amount is its lines at the note's, i.e. the contract's, prices).
 */
export function shippedFenSql(contract: string): string {
  return `(SELECT COALESCE(SUM(sd.amount_fen), 0) FROM outbound_slips os JOIN documents sd ON sd.id = os.document_id
    WHERE os.contract_id = ${contract}.document_id AND sd.state = 'approved')`
}

/** 已回款: payments finance allocated to the contract (收款登记, R14), net of de-allocations (doc-types/payment/contract-money.ts). */
export { collectedFenSql } from '../doc-types/payment/contract-money'

/** 已开票: invoices recorded against the contract (开票, R15), red-letter reversals netted (R24) (doc-types/invoice/invoiced-sql.ts). */
export { invoicedFenSql } from '../doc-types/invoice/invoiced-sql'

/**
 * 应收余额 (R11, R18): the contract's booked receivables less what its allocations have covered, from the
 * running figure contract_receivables (one row per contract with a receivable, by primary key; see
 * doc-types/outbound-slip/sign-back/receivable-balance.ts). Money allocated before the goods were booked
 * (a prepayment) covers later receivables, so the balance never goes below 0.
 */
export function receivableFenSql(contract: string): string {
  return `COALESCE((SELECT CASE WHEN k.booked_fen > k.collected_fen THEN k.booked_fen - k.collected_fen ELSE 0 END
    FROM contract_receivables k WHERE k.contract_id = ${contract}.document_id), 0)`
}

/** 未回款: what the customer still owes on the contract (R5). Negative only if a payment was over-allocated. */
export function outstandingFen(amountFen: number, collectedFen: number): number {
  return amountFen - collectedFen
}
