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

// Each figure is one grouped pass over its own table, driven from the open contracts (materialised once as
// `o`, each pass reaching its rows through the table's contract index) rather than over the whole table: an
// office closes what is finished (R19), so a month's work is proportional to what is still open, not to ten
// years of slips and payments. Not a correlated subquery per contract either (at ~50,000 open contracts those
// cost twice the grouped passes, bench/reconciliation-snapshot.ts). On SQLite CROSS JOIN fixes each join's
// order (open contracts first); PostgreSQL has no CROSS JOIN … ON and plans the order itself.
const figures = (postgres: boolean) => {
  const via = postgres ? 'JOIN' : 'CROSS JOIN'
  return `
LEFT JOIN (SELECT os.contract_id AS k, SUM(sd.amount_fen) AS shipped, SUM(CASE WHEN sc.returned_on < :boundOn THEN sd.amount_fen ELSE 0 END) AS signed
  FROM o ${via} outbound_slips os ON os.contract_id = o.contract_id ${via} documents sd ON sd.id = os.document_id
  LEFT JOIN signed_copies sc ON sc.slip_document_id = os.document_id
  WHERE sd.state = 'approved' AND os.posted_on < :boundOn GROUP BY os.contract_id) s ON s.k = c.contract_id
LEFT JOIN (SELECT r.contract_id AS k, SUM(r.amount_fen) AS booked FROM o ${via} receivables r ON r.contract_id = o.contract_id
  WHERE r.booked_on < :boundOn GROUP BY r.contract_id) r ON r.k = c.contract_id
LEFT JOIN (SELECT pa.contract_id AS k, SUM(pa.direction * pa.amount_fen) AS collected FROM o ${via} payment_allocations pa ON pa.contract_id = o.contract_id
  WHERE pa.created_at < :boundAt GROUP BY pa.contract_id) p ON p.k = c.contract_id
LEFT JOIN (SELECT ir.contract_id AS k, SUM(ir.invoiced_fen) AS invoiced FROM o ${via} invoice_requests ir ON ir.contract_id = o.contract_id
  WHERE ir.issued_on < :boundOn GROUP BY ir.contract_id) i ON i.k = c.contract_id
LEFT JOIN (SELECT ir.contract_id AS k, SUM(rl.amount_fen) AS red FROM o ${via} invoice_requests ir ON ir.contract_id = o.contract_id
  ${via} invoice_red_letters rl ON rl.request_id = ir.document_id WHERE rl.red_on < :boundOn GROUP BY ir.contract_id) x ON x.k = c.contract_id`
}

/** The open contracts at the start (on documents `d`): signed, not closed (R19 closes only after a lock). */
const OPEN_CONTRACT = `d.doc_type = 'contract' AND d.state IN (${SIGNED_CONTRACT_STATES.map((st) => `'${st}'`).join(', ')}) AND d.closed_at IS NULL`

const SIDES = ['shipped', 'receivable', 'collected', 'invoiced', 'balance'] as const
const COLUMNS = ['document_id', 'line_no', 'contract_id', 'contract_no', 'customer_name', 'amount_fen',
  ...SIDES.map((f) => column('s', f)), ...SIDES.map((f) => column('f', f)), 'opening_s_balance', 'opening_f_balance', 'differs']

/** The snapshot: binds :documentId, :previousId (0 when none), :boundOn (the day after the month), :boundAt (its instant). */
export const snapshotSql = (postgres: boolean) => `INSERT INTO reconciliation_lines (${COLUMNS.join(', ')})
WITH o AS MATERIALIZED (SELECT c.document_id AS contract_id, d.doc_no AS contract_no, COALESCE(d.customer_name, '') AS customer_name, c.amount_fen
  FROM documents d JOIN contracts c ON c.document_id = d.id WHERE ${OPEN_CONTRACT} AND c.signed_on < :boundOn)
SELECT CAST(:documentId AS INTEGER), ROW_NUMBER() OVER (ORDER BY m.contract_no), m.contract_id, m.contract_no, m.customer_name, m.amount_fen,
  m.shipped, m.shipped, m.collected, m.invoiced, m.shipped - m.collected,
  m.signed, m.booked, m.collected, m.invoiced, m.booked - m.collected,
  COALESCE(prev.s_balance, 0), COALESCE(prev.f_balance, 0),
  CASE WHEN m.shipped <> m.signed OR m.shipped <> m.booked THEN 1 ELSE 0 END
FROM (
  SELECT c.contract_id, c.contract_no, c.customer_name, c.amount_fen,
    COALESCE(s.shipped, 0) AS shipped, COALESCE(s.signed, 0) AS signed, COALESCE(r.booked, 0) AS booked, COALESCE(p.collected, 0) AS collected,
    COALESCE(i.invoiced, 0) - COALESCE(x.red, 0) AS invoiced
  FROM o c ${figures(postgres)}
) m
LEFT JOIN reconciliation_lines prev ON prev.document_id = CAST(:previousId AS INTEGER) AND prev.contract_id = m.contract_id`
