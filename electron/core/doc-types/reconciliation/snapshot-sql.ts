import { SIGNED_CONTRACT_STATES } from '../../../../shared/doc-types/contract/contract-type'
import { column } from './reconciliation-figures'

// R17: a month's snapshot, as one INSERT … SELECT over indexes (never per-contract code), so that a month
// at ten years takes well under a second. Every open contract signed before the bound gets one row with
// both sides' figures as dated before the bound, and the opening balances of last month's row for it.
//
// The two sides, and how they come to differ in this system:
// - sales' side is the contract ledger (R5): 已发货 = posted outbound slips (posted_on); sales counts what
//   left the gate as owed, so its 应收 = 已发货.
// - finance's side is its books: 已发货 = slips whose signed customer copy is back (R11, returned_on), 应收 =
//   the receivables booked on them (booked_on). A slip posted but whose copy is not back (or back but not
//   booked) before the bound makes the sides differ: the usual month-end difference, named on its row.
// - 已回款 (payment allocations, R14, created_at) and 已开票 (recorded invoices by issued_on − red letters by
//   red_on, R15/R24) are one table each here, so both sides read the same figure; a difference on them is one
//   a person knows of (a bank receipt not yet recorded, an invoice in the post) and records as a line.
// - 余额 = 应收 − 已回款 on each side.
// What is dated before the bound is counted as it stands at the start: a slip voided after the month ended
// but before the start no longer counts (voiding is refused once a receivable is booked on it, R24).

const money = (sql: string) => `COALESCE((${sql}), 0)`
const LIVE_SLIPS = `FROM outbound_slips os JOIN documents sd ON sd.id = os.document_id
  WHERE os.contract_id = c.document_id AND sd.state = 'approved' AND os.posted_on < :boundOn`

const FIGURES = {
  shipped: money(`SELECT SUM(sd.amount_fen) ${LIVE_SLIPS}`),
  signed: money(`SELECT SUM(sd.amount_fen) ${LIVE_SLIPS.replace('WHERE', 'JOIN signed_copies sc ON sc.slip_document_id = os.document_id WHERE')} AND sc.returned_on < :boundOn`),
  booked: money(`SELECT SUM(r.amount_fen) FROM receivables r WHERE r.contract_id = c.document_id AND r.booked_on < :boundOn`),
  collected: money(`SELECT SUM(pa.direction * pa.amount_fen) FROM payment_allocations pa WHERE pa.contract_id = c.document_id AND pa.created_at < :boundAt`),
  invoiced: money(`SELECT SUM(ir.invoiced_fen) FROM invoice_requests ir WHERE ir.contract_id = c.document_id AND ir.issued_on < :boundOn`),
  red: money(`SELECT SUM(rl.amount_fen) FROM invoice_red_letters rl JOIN invoice_requests ir ON ir.document_id = rl.request_id
    WHERE ir.contract_id = c.document_id AND rl.red_on < :boundOn`),
}

/** The open contracts at the start: signed before the bound, not closed (R19 closes only after a lock). */
export const OPEN_CONTRACTS = `FROM documents d JOIN contracts c ON c.document_id = d.id
  WHERE d.doc_type = 'contract' AND d.state IN (${SIGNED_CONTRACT_STATES.map((s) => `'${s}'`).join(', ')}) AND d.closed_at IS NULL AND c.signed_on < :boundOn`

const SIDES = ['shipped', 'receivable', 'collected', 'invoiced', 'balance'] as const
const COLUMNS = ['document_id', 'line_no', 'contract_id', 'contract_no', 'customer_name', 'amount_fen',
  ...SIDES.map((f) => column('s', f)), ...SIDES.map((f) => column('f', f)), 'opening_s_balance', 'opening_f_balance', 'differs']

/** The snapshot: binds :documentId, :previousId (0 when none), :boundOn (the day after the month), :boundAt (its instant). */
export const SNAPSHOT_SQL = `INSERT INTO reconciliation_lines (${COLUMNS.join(', ')})
SELECT CAST(:documentId AS INTEGER), ROW_NUMBER() OVER (ORDER BY x.contract_no), x.contract_id, x.contract_no, x.customer_name, x.amount_fen,
  x.shipped, x.shipped, x.collected, x.invoiced, x.shipped - x.collected,
  x.signed, x.booked, x.collected, x.invoiced, x.booked - x.collected,
  COALESCE(p.s_balance, 0), COALESCE(p.f_balance, 0),
  CASE WHEN x.shipped <> x.signed OR x.shipped <> x.booked THEN 1 ELSE 0 END
FROM (
  SELECT c.document_id AS contract_id, d.doc_no AS contract_no, COALESCE(d.customer_name, '') AS customer_name, c.amount_fen,
    ${FIGURES.shipped} AS shipped, ${FIGURES.signed} AS signed, ${FIGURES.booked} AS booked, ${FIGURES.collected} AS collected,
    ${FIGURES.invoiced} - ${FIGURES.red} AS invoiced
  ${OPEN_CONTRACTS}
) x
LEFT JOIN reconciliation_lines p ON p.document_id = CAST(:previousId AS INTEGER) AND p.contract_id = x.contract_id`

/** The same figures as a plain SELECT (no insert), for the bench's raw floor and the integrity check's recomputation. */
export const SNAPSHOT_SELECT_SQL = SNAPSHOT_SQL.slice(SNAPSHOT_SQL.indexOf('SELECT'))
