import { sqlRule } from '../../integrity/integrity-rule'
import { linesAddUp, type TypeIntegrity } from '../../integrity/type-integrity'
import { signBackRules, signBackTasks } from './sign-back/sign-back-integrity'
import { GATE_PASS_TASK, livePassSql } from '../gate-pass/gate-pass-task'

// The outbound slip's invariants for checkIntegrity (both databases): outbound ≤ note ≤ contract — the
// note's posted quantities are exactly its posted slips' (and the note's own CHECK keeps them ≤ its
// quantity; its integrity keeps it ≤ the contract); stock moved by exactly the posted slips (stock's own
// balance rules run with the inbound slip's); the note's and the contract's shipment states say what is posted.

const POSTED_BY_NOTE_LINE = `SELECT s.dispatch_note_id, l.note_line_no, sum(l.quantity) AS quantity
  FROM outbound_slip_lines l JOIN outbound_slips s ON s.document_id = l.document_id JOIN documents d ON d.id = l.document_id
  WHERE d.state = 'approved' GROUP BY s.dispatch_note_id, l.note_line_no`

export const outboundSlipIntegrity: TypeIntegrity = {
  body: 'outbound_slips',
  lines: ['outbound_slip_lines'],
  followUpTasks: signBackTasks,
  // Issue 12: a posted slip waits in the guard's 待办 until its gate pass is registered.
  followUpTask: { stepKey: GATE_PASS_TASK.stepKey, role: GATE_PASS_TASK.role, openWhile: `d.closed_at IS NULL AND NOT ${livePassSql('d.id')}` },
  rules: [
    ...signBackRules,
    sqlRule(
      'R10 outbound within the note',
      `SELECT d.doc_no || ' line ' || nl.line_no || ': posted ' || nl.posted_quantity || ', on posted slips ' || coalesce(CAST(p.quantity AS TEXT), '0') AS example
       FROM dispatch_note_lines nl JOIN documents d ON d.id = nl.document_id
       LEFT JOIN (${POSTED_BY_NOTE_LINE}) p ON p.dispatch_note_id = nl.document_id AND p.note_line_no = nl.line_no
       WHERE nl.posted_quantity IS DISTINCT FROM coalesce(p.quantity, 0)
       UNION ALL
       SELECT 'note ' || p.dispatch_note_id || ' line ' || p.note_line_no || ': ' || p.quantity || ' on posted slips, no such line'
       FROM (${POSTED_BY_NOTE_LINE}) p LEFT JOIN dispatch_note_lines nl ON nl.document_id = p.dispatch_note_id AND nl.line_no = p.note_line_no
       WHERE nl.id IS NULL`,
    ),
    sqlRule(
      'R10 outbound lines copy the note',
      `SELECT d.doc_no || ' line ' || l.line_no || ' is not its note line' AS example
       FROM outbound_slip_lines l JOIN outbound_slips s ON s.document_id = l.document_id JOIN documents d ON d.id = l.document_id
       JOIN dispatch_note_lines nl ON nl.document_id = s.dispatch_note_id AND nl.line_no = l.note_line_no
       WHERE l.product_id <> nl.product_id OR l.unit_price_fen <> nl.unit_price_fen
       UNION ALL
       SELECT d.doc_no || ' is for ' || s.customer_id || '/' || s.contract_id || ', its note ' || nd.doc_no || ' (' || nd.state || ') for '
         || coalesce(CAST(n.customer_id AS TEXT), 'none') || '/' || coalesce(CAST(n.contract_id AS TEXT), 'none')
       FROM outbound_slips s JOIN documents d ON d.id = s.document_id JOIN documents nd ON nd.id = s.dispatch_note_id
       LEFT JOIN dispatch_notes n ON n.document_id = s.dispatch_note_id
       WHERE n.customer_id IS DISTINCT FROM s.customer_id OR n.contract_id IS DISTINCT FROM s.contract_id
          OR (d.state = 'approved' AND nd.state NOT IN ('partlyPosted', 'posted', 'expired'))`,
    ),
    // R10: a posted slip took its lines out of stock; any other slip (a voided one put them back) moved nothing in sum.
    sqlRule(
      'R10 outbound moved stock',
      `WITH lines AS (SELECT document_id, product_id, sum(quantity) AS quantity FROM outbound_slip_lines GROUP BY document_id, product_id),
       moved AS (SELECT document_id, product_id, sum(quantity) AS quantity FROM stock_movements WHERE doc_type = 'outboundSlip' GROUP BY document_id, product_id)
       SELECT d.doc_no || ' (' || d.state || ') product ' || l.product_id || ': lines ' || l.quantity || ', moved ' || coalesce(CAST(m.quantity AS TEXT), '0') AS example
       FROM lines l JOIN documents d ON d.id = l.document_id LEFT JOIN moved m ON m.document_id = l.document_id AND m.product_id = l.product_id
       WHERE CASE WHEN d.state = 'approved' THEN m.quantity IS DISTINCT FROM -l.quantity ELSE coalesce(m.quantity, 0) <> 0 END
       UNION ALL
       SELECT d.doc_no || ' product ' || m.product_id || ': moved ' || m.quantity || ' without a line' AS example
       FROM moved m JOIN documents d ON d.id = m.document_id LEFT JOIN lines l ON l.document_id = m.document_id AND l.product_id = m.product_id
       WHERE l.document_id IS NULL`,
    ),
    // The note's state says what is posted: 已批准 nothing, 部分出库 some, 已出库 all (已过期 / 已作废 keep theirs).
    sqlRule(
      'R10 dispatch note outbound state',
      `SELECT d.doc_no || ' is ' || d.state || ' with ' || t.posted || ' of ' || t.quantity || ' posted' AS example
       FROM (SELECT document_id, sum(quantity) AS quantity, sum(posted_quantity) AS posted FROM dispatch_note_lines GROUP BY document_id) t
       JOIN documents d ON d.id = t.document_id
       WHERE (d.state = 'approved' AND t.posted <> 0) OR (d.state = 'partlyPosted' AND (t.posted = 0 OR t.posted >= t.quantity))
          OR (d.state = 'posted' AND t.posted <> t.quantity) OR (d.state IN ('draft', 'pending', 'rejected', 'withdrawn', 'voided') AND t.posted <> 0)`,
    ),
    // The contract's: 部分发货 some posted on its notes, 已发货 every line in full; 已签订 / 已排产 nothing.
    sqlRule(
      'R10 contract shipment state',
      `SELECT cd.doc_no || ' is ' || cd.state || ' with ' || coalesce(CAST(t.posted AS TEXT), '0') || ' posted, ' || coalesce(CAST(t.short_lines AS TEXT), 'all') || ' lines short' AS example
       FROM documents cd LEFT JOIN (
         SELECT cl.document_id, sum(coalesce(p.posted, 0)) AS posted, sum(CASE WHEN coalesce(p.posted, 0) < cl.quantity THEN 1 ELSE 0 END) AS short_lines
         FROM contract_lines cl LEFT JOIN (SELECT n.contract_id, l.contract_line_no, sum(l.posted_quantity) AS posted
                                            FROM dispatch_note_lines l JOIN dispatch_notes n ON n.document_id = l.document_id GROUP BY n.contract_id, l.contract_line_no) p
           ON p.contract_id = cl.document_id AND p.contract_line_no = cl.line_no
         GROUP BY cl.document_id) t ON t.document_id = cd.id
       WHERE cd.doc_type = 'contract' AND (
             (cd.state IN ('approved', 'scheduled') AND coalesce(t.posted, 0) <> 0)
          OR (cd.state = 'partlyShipped' AND (coalesce(t.posted, 0) = 0 OR t.short_lines = 0))
          OR (cd.state IN ('shipped', 'accepted') AND (t.short_lines IS NULL OR t.short_lines <> 0)))`,
    ),
    linesAddUp('outbound_slips', 'outbound_slip_lines'),
    sqlRule(
      'R24 outbound links',
      `SELECT d.doc_no || ' has no madeFrom link to its dispatch note' AS example
       FROM outbound_slips s JOIN documents d ON d.id = s.document_id
       WHERE NOT EXISTS (SELECT 1 FROM document_links l WHERE l.from_document_id = s.document_id AND l.to_document_id = s.dispatch_note_id AND l.kind = 'madeFrom')`,
    ),
  ],
}
