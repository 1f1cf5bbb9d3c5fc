import { sqlRule } from '../../integrity/integrity-rule'
import { linesAddUp, type TypeIntegrity } from '../../integrity/type-integrity'
import { POST_OUTBOUND } from '../outbound-slip/outbound-task'

// The dispatch note's invariants for checkIntegrity (integrity/, both databases). What holds at every
// moment, not only at approval: live notes never exceed the contract (an expired note counting what it
// posted only), lines copy their contract line and price, the note's customer is the contract's, each is
// made from its contract (R24), and nothing is posted on a note that was never approved.
// Not an invariant: reserved ≤ on hand (true when a note is approved; the outbound may later take stock
// by another note first) — the approval re-checks it instead (dispatch-note-kind.ts).

/**
 * "Today" for the expiry in these rules: the day of the newest change in the office. Expiry only grows
 * with time, so judging at (or after) every action's own day can only drop quantities, never add them.
 */
const CHECK_DAY = (d: { shanghaiDay(iso: string): string }) => d.shanghaiDay('(SELECT max(updated_at) FROM documents)')

export const dispatchNoteIntegrity: TypeIntegrity = {
  body: 'dispatch_notes',
  lines: ['dispatch_note_lines'],
  // R10: the warehouse's 出库 task, open while the note is approved or 部分出库 (until fully posted or expired).
  followUpTask: { stepKey: POST_OUTBOUND.stepKey, role: POST_OUTBOUND.role, openWhile: 'TRUE', states: ['approved', 'partlyPosted'] },
  rules: [
    sqlRule(
      'R8 dispatch within the contract',
      (d) => `SELECT cd.doc_no || ' line ' || s.contract_line_no || ': ' || s.quantity || ' on dispatch notes of ' || coalesce(CAST(cl.quantity AS TEXT), 'no line') AS example
       FROM (SELECT n.contract_id, l.contract_line_no,
                    sum(CASE WHEN d.state = 'expired' OR (d.state IN ('approved', 'partlyPosted') AND n.valid_until < ${CHECK_DAY(d)}) THEN l.posted_quantity ELSE l.quantity END) AS quantity
             FROM dispatch_notes n JOIN documents d ON d.id = n.document_id JOIN dispatch_note_lines l ON l.document_id = n.document_id
             WHERE d.state <> 'voided' GROUP BY n.contract_id, l.contract_line_no) s
       JOIN documents cd ON cd.id = s.contract_id
       LEFT JOIN contract_lines cl ON cl.document_id = s.contract_id AND cl.line_no = s.contract_line_no
       WHERE cl.id IS NULL OR s.quantity > cl.quantity`,
    ),
    sqlRule(
      'R8 dispatch lines copy the contract',
      `SELECT d.doc_no || ' line ' || l.line_no || ' is not its contract line' AS example
       FROM dispatch_note_lines l JOIN dispatch_notes n ON n.document_id = l.document_id JOIN documents d ON d.id = n.document_id
       JOIN contract_lines cl ON cl.document_id = n.contract_id AND cl.line_no = l.contract_line_no
       WHERE l.product_id <> cl.product_id OR l.product_code <> cl.product_code OR l.unit_price_fen <> cl.unit_price_fen OR l.quantity <= 0
       UNION ALL
       SELECT d.doc_no || ' is for customer ' || n.customer_id || ', its contract ' || cd.doc_no || ' for ' || coalesce(CAST(c.customer_id AS TEXT), 'none')
       FROM dispatch_notes n JOIN documents d ON d.id = n.document_id JOIN documents cd ON cd.id = n.contract_id LEFT JOIN contracts c ON c.document_id = n.contract_id
       WHERE c.customer_id IS DISTINCT FROM n.customer_id OR cd.state IN ('draft', 'pending', 'rejected', 'withdrawn', 'voided')
       UNION ALL
       SELECT d.doc_no || ' (' || d.state || ') has ' || l.posted_quantity || ' posted on line ' || l.line_no
       FROM dispatch_note_lines l JOIN documents d ON d.id = l.document_id
       WHERE l.posted_quantity > 0 AND d.state NOT IN ('approved', 'partlyPosted', 'posted', 'expired')`,
    ),
    linesAddUp('dispatch_notes', 'dispatch_note_lines'),
    sqlRule(
      'R24 dispatch links',
      `SELECT d.doc_no || ' has no madeFrom link to its contract' AS example
       FROM dispatch_notes n JOIN documents d ON d.id = n.document_id
       WHERE NOT EXISTS (SELECT 1 FROM document_links l WHERE l.from_document_id = n.document_id AND l.to_document_id = n.contract_id AND l.kind = 'madeFrom')`,
    ),
  ],
}
