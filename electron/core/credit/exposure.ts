import type { EntityManager } from 'typeorm'
import { fenFromDatabase } from '../../../shared/money'
import { readRows } from '../db/driver-query'
import { OVERDUE_OF_CUSTOMER, overdueDays, UNPAID_RECEIVABLES_OF_CUSTOMER } from '../doc-types/outbound-slip/sign-back/receivable-sql'

/*
 * WORKFLOW.md Definitions, "Credit exposure" (R9), in one place: a sum of named terms, each one query.
 *
 *   exposure = unpaid booked receivables             (R11: booked per slip once its signed copy is back)
 *            + posted outbound slips not yet booked
 *            + approved, unposted dispatch notes
 *            + acceptance bills received, not matured
 *
 * The dispatch note's submit, the outbound's posting (which calls creditCheck again) and the body the
 * approvers read all sum this list. A slip moves from the second term to the first when its receivable is
 * booked; an allocation to the contract then pays it down (receivable-sql.ts: settled in due-date order).
 */

export interface ExposureScope {
  customerId: number
  /** Asia/Shanghai day: a bill due after it is not matured; a note valid until before it has expired. */
  today: string
  /** The note being checked: never counted in its own exposure (at posting it is approved and unposted). */
  excludeNoteId: number
}

interface ExposureTerm {
  key: string
  label: string
  /** One row, one column `fen`; :customerId, :today, :exclude bound. */
  sql: string | null
  pending: boolean
}

export const EXPOSURE_TERMS: readonly ExposureTerm[] = [
  // R11, R18: receivables booked per outbound slip once the signed copy is back, less the contract's allocations.
  { key: 'unpaidReceivables', label: '已入帐未收应收款', sql: UNPAID_RECEIVABLES_OF_CUSTOMER, pending: false },
  {
    key: 'postedNotBooked',
    label: '已出库未入帐',
    // R10, R11: posted (not voided) outbound slips whose receivable is not booked yet (the copy has not
    // come back, or finance has not booked it): once booked, the slip counts in the term above instead.
    sql: `SELECT coalesce(sum(d.amount_fen), 0) AS fen FROM outbound_slips s JOIN documents d ON d.id = s.document_id
          WHERE s.customer_id = :customerId AND d.state = 'approved'
            AND NOT EXISTS (SELECT 1 FROM receivables r WHERE r.slip_document_id = s.document_id)`,
    pending: false,
  },
  {
    key: 'approvedDispatch',
    label: '已批准未出库发货单',
    // What is still to ship on approved (or partly posted), unexpired notes: the posted part is in the
    // term above (posted_quantity is kept by the outbound slip's posting).
    sql: `SELECT coalesce(sum((l.quantity - l.posted_quantity) * l.unit_price_fen), 0) AS fen
          FROM dispatch_notes n JOIN documents d ON d.id = n.document_id JOIN dispatch_note_lines l ON l.document_id = n.document_id
          WHERE n.customer_id = :customerId AND d.state IN ('approved', 'partlyPosted') AND n.valid_until >= :today AND n.document_id <> :exclude`,
    pending: false,
  },
  {
    key: 'unmaturedBills',
    label: '未到期承兑汇票',
    // R14: a recorded (not reversed) acceptance bill from the customer, due after today: the risk stays until the bill is paid.
    // coalesce(…) = 0 rather than IS NULL: on SQLite "reverses_payment_id IS NULL" matched the column's UNIQUE
    // index, which the planner took over idx_payments_customer and then walked every payment (13 ms a check).
    // idx_payments_customer_bills (customer, method, due date) reads only the customer's unmatured bills.
    sql: `SELECT coalesce(sum(p.amount_fen), 0) AS fen
          FROM payments p JOIN documents d ON d.id = p.document_id
          WHERE p.customer_id = :customerId AND p.method = 'bill' AND p.bill_due_on > :today AND coalesce(p.reverses_payment_id, 0) = 0 AND d.state = 'approved'`,
    pending: false,
  },
]

export interface ExposureTermFigure {
  key: string
  label: string
  amountFen: number
  pending: boolean
}

/** The terms that have SQL (all of them today); each is a scalar subquery of the one statement below. */
const MEASURED = EXPOSURE_TERMS.filter((term) => term.sql !== null)

/**
 * Every term and overdue in one statement (one round trip on PostgreSQL): what a credit check reads. Overdue
 * (R9, R16): the customer's receivables unpaid after their due date (the later of the credit days and the
 * contract's instalment date, fixed at booking), their sum and the oldest days overdue, counted from the day
 * after the due date (receivable-sql.ts OVERDUE_OF_CUSTOMER).
 */
const TERMS_AND_OVERDUE_SQL = `SELECT ${MEASURED.map((term, i) => `(${term.sql}) AS t${i}`).join(', ')}, o.fen AS overdue_fen, o.oldest_due_on
  FROM (${OVERDUE_OF_CUSTOMER}) o`

export async function exposureAndOverdue(em: EntityManager, scope: ExposureScope): Promise<{ terms: ExposureTermFigure[]; overdue: { overdueFen: number; oldestDays: number } }> {
  const [row] = await readRows<Record<string, number | string | null>>(em, TERMS_AND_OVERDUE_SQL, { customerId: scope.customerId, today: scope.today, exclude: scope.excludeNoteId })
  const terms = EXPOSURE_TERMS.map((term) => {
    const i = MEASURED.indexOf(term)
    const amountFen = i < 0 ? 0 : (fenFromDatabase(row?.[`t${i}`] ?? 0) ?? 0)
    return { key: term.key, label: term.label, amountFen, pending: term.pending }
  })
  const overdueFen = fenFromDatabase(row?.overdue_fen ?? 0) ?? 0
  const oldest = row?.oldest_due_on
  return { terms, overdue: { overdueFen, oldestDays: overdueFen > 0 && typeof oldest === 'string' ? overdueDays(oldest, scope.today) : 0 } }
}
