import { sqlRule } from '../../integrity/integrity-rule'
import type { TypeIntegrity } from '../../integrity/type-integrity'
import { RECORD_INSTALLATION } from './work-order-task'
import { MISSING_SLIP_LINKS_SQL } from './work-order-slips'

// The work order's invariants for checkIntegrity (integrity/, both databases). R12: approved work orders
// never install more than was shipped on the contract (an approved one holds the outbound slips it
// installs by links, so R24 refuses voiding them), copy their contract's lines, are only for contracts
// needing installation, and were approved with the first payment covered at that moment (allocations
// made up to the approval). R24: each is made from its contract. 已完工 carries its result.

const APPROVED = `('approved', 'completed')`

export const workOrderIntegrity: TypeIntegrity = {
  body: 'work_orders',
  lines: ['work_order_lines'],
  // R12 → R13: service's 记录安装结果, open exactly while the work order is approved.
  followUpTask: { stepKey: RECORD_INSTALLATION.stepKey, role: RECORD_INSTALLATION.role, openWhile: 'TRUE' },
  rules: [
    sqlRule(
      'R12 work orders within shipped',
      `SELECT cd.doc_no || ' line ' || s.contract_line_no || ': ' || s.quantity || ' on approved work orders, shipped ' || coalesce(p.quantity, 0) AS example
       FROM (SELECT w.contract_id, l.contract_line_no, sum(l.quantity) AS quantity
             FROM work_orders w JOIN documents d ON d.id = w.document_id JOIN work_order_lines l ON l.document_id = w.document_id
             WHERE d.state IN ${APPROVED} GROUP BY w.contract_id, l.contract_line_no) s
       JOIN documents cd ON cd.id = s.contract_id
       LEFT JOIN (SELECT n.contract_id, l.contract_line_no, sum(l.posted_quantity) AS quantity
                  FROM dispatch_notes n JOIN dispatch_note_lines l ON l.document_id = n.document_id GROUP BY n.contract_id, l.contract_line_no) p
         ON p.contract_id = s.contract_id AND p.contract_line_no = s.contract_line_no
       WHERE s.quantity > coalesce(p.quantity, 0)`,
    ),
    sqlRule(
      'R12 work order lines copy the contract',
      `SELECT d.doc_no || ' line ' || l.line_no || ' is not its contract line' AS example
       FROM work_order_lines l JOIN work_orders w ON w.document_id = l.document_id JOIN documents d ON d.id = w.document_id
       LEFT JOIN contract_lines cl ON cl.document_id = w.contract_id AND cl.line_no = l.contract_line_no
       WHERE cl.id IS NULL OR l.product_id <> cl.product_id OR l.product_code <> cl.product_code
       UNION ALL
       SELECT d.doc_no || ' for ' || cd.doc_no || ' (customer ' || coalesce(CAST(c.customer_id AS TEXT), 'none') || ', installation ' || coalesce(CAST(c.installation_needed AS TEXT), 'none') || ')'
       FROM work_orders w JOIN documents d ON d.id = w.document_id JOIN documents cd ON cd.id = w.contract_id LEFT JOIN contracts c ON c.document_id = w.contract_id
       WHERE c.customer_id IS DISTINCT FROM w.customer_id OR c.installation_needed = 0 OR w.planned_end < w.planned_start
       UNION ALL
       SELECT d.doc_no || ' (' || d.state || ') result ' || coalesce(w.completed_on, 'none')
       FROM work_orders w JOIN documents d ON d.id = w.document_id
       WHERE (d.state = 'completed') <> (w.completed_on IS NOT NULL AND w.result_by_user_id IS NOT NULL)`,
    ),
    sqlRule(
      'R12 first payment at approval',
      (d) => `WITH f AS (
         SELECT w.document_id, w.contract_id,
                (SELECT max(a.at) FROM audit_events a WHERE a.entity_type = 'document' AND a.entity_id = w.document_id AND a.to_state = 'approved') AS approved_at,
                CASE WHEN c.prepayment_fen > 0 THEN c.prepayment_fen ELSE coalesce(${d.jsonNumber(d.json('c.instalments'), '0.amountFen')}, 0) END AS first_fen
         FROM work_orders w JOIN documents d ON d.id = w.document_id JOIN contracts c ON c.document_id = w.contract_id
         WHERE d.state IN ${APPROVED})
       SELECT wd.doc_no || ': first payment ' || CAST(f.first_fen AS TEXT) || ', collected at approval ' || CAST(coalesce(m.collected, 0) AS TEXT) AS example
       FROM f JOIN documents wd ON wd.id = f.document_id
       LEFT JOIN (SELECT f.document_id, sum(pa.direction * pa.amount_fen) AS collected FROM f
                  JOIN payment_allocations pa ON pa.contract_id = f.contract_id AND pa.created_at <= f.approved_at GROUP BY f.document_id) m
         ON m.document_id = f.document_id
       WHERE coalesce(m.collected, 0) < f.first_fen`,
    ),
    sqlRule(
      'R24 work order made from the slips out at its approval',
      `SELECT m.order_no || ' approved without a link to ' || m.slip_no || ', posted before' AS example FROM (${MISSING_SLIP_LINKS_SQL}) m`,
    ),
    sqlRule(
      'R24 work order links',
      `SELECT d.doc_no || ' has no madeFrom link to its contract' AS example
       FROM work_orders w JOIN documents d ON d.id = w.document_id
       WHERE NOT EXISTS (SELECT 1 FROM document_links l WHERE l.from_document_id = w.document_id AND l.to_document_id = w.contract_id AND l.kind = 'madeFrom')`,
    ),
  ],
}
