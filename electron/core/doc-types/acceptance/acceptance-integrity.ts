import { sqlRule } from '../../integrity/integrity-rule'
import type { TypeIntegrity } from '../../integrity/type-integrity'

// The acceptance report's invariants for checkIntegrity (both databases). R13: a report only on a completed
// work order, its lines copying the work order's, first acceptances within what the order installs, a
// re-acceptance covering exactly its rectification's failed lines; recorded (approved) ⇔ stamped; every
// failed recorded report opened one rectification; the contract is 已验收 exactly when every line is accepted.
// R24: each is made from its work order.

export const acceptanceIntegrity: TypeIntegrity = {
  body: 'acceptances',
  lines: ['acceptance_lines'],
  rules: [
    sqlRule(
      'R13 acceptance only on a completed work order',
      `SELECT d.doc_no || ' (' || d.state || ') on ' || coalesce(wd.doc_no || ' (' || wd.doc_type || ', ' || wd.state || ')', 'no document') AS example
       FROM acceptances a JOIN documents d ON d.id = a.document_id LEFT JOIN documents wd ON wd.id = a.work_order_id LEFT JOIN work_orders w ON w.document_id = a.work_order_id
       WHERE d.state <> 'voided' AND (wd.id IS NULL OR wd.doc_type <> 'workOrder' OR wd.state <> 'completed' OR w.contract_id IS DISTINCT FROM a.contract_id
         OR a.signed_on < w.completed_on)
       UNION ALL
       SELECT d.doc_no || ' line ' || l.line_no || ' is not its work order line' FROM acceptance_lines l JOIN acceptances a ON a.document_id = l.document_id
       JOIN documents d ON d.id = a.document_id LEFT JOIN work_order_lines wl ON wl.document_id = a.work_order_id AND wl.line_no = l.work_order_line_no
       WHERE wl.id IS NULL OR wl.contract_line_no <> l.contract_line_no OR wl.product_id <> l.product_id
       UNION ALL
       SELECT d.doc_no || ' line ' || l.line_no || ' failed without a problem' FROM acceptance_lines l JOIN documents d ON d.id = l.document_id
       WHERE (l.appearance_ok = 0 OR l.function_ok = 0) AND l.problem IS NULL`,
    ),
    sqlRule(
      'R13 acceptance within installed',
      `SELECT wd.doc_no || ' line ' || s.work_order_line_no || ': ' || s.quantity || ' accepted of ' || coalesce(CAST(wl.quantity AS TEXT), 'none') AS example
       FROM (SELECT a.work_order_id, l.work_order_line_no, sum(l.quantity) AS quantity
             FROM acceptances a JOIN documents d ON d.id = a.document_id JOIN acceptance_lines l ON l.document_id = a.document_id
             WHERE d.state <> 'voided' AND a.rectification_id IS NULL GROUP BY a.work_order_id, l.work_order_line_no) s
       JOIN documents wd ON wd.id = s.work_order_id
       LEFT JOIN work_order_lines wl ON wl.document_id = s.work_order_id AND wl.line_no = s.work_order_line_no
       WHERE wl.id IS NULL OR s.quantity > wl.quantity
       UNION ALL
       SELECT d.doc_no || ' re-accepts ' || coalesce(rd.doc_no, 'nothing') || ' with lines other than its failed ones'
       FROM acceptances a JOIN documents d ON d.id = a.document_id LEFT JOIN rectifications r ON r.document_id = a.rectification_id LEFT JOIN documents rd ON rd.id = r.document_id
       WHERE a.rectification_id IS NOT NULL AND d.state <> 'voided' AND (r.document_id IS NULL OR r.work_order_id <> a.work_order_id
         OR (SELECT count(*) FROM acceptance_lines l WHERE l.document_id = a.document_id)
            <> (SELECT count(*) FROM acceptance_lines f WHERE f.document_id = r.acceptance_id AND (f.appearance_ok = 0 OR f.function_ok = 0))
         OR EXISTS (SELECT 1 FROM acceptance_lines l WHERE l.document_id = a.document_id AND NOT EXISTS (
              SELECT 1 FROM acceptance_lines f WHERE f.document_id = r.acceptance_id AND (f.appearance_ok = 0 OR f.function_ok = 0)
                AND f.work_order_line_no = l.work_order_line_no AND f.quantity = l.quantity)))`,
    ),
    sqlRule(
      'R13 recorded acceptance opens its rectification',
      `SELECT d.doc_no || ' (' || d.state || ') recorded ' || coalesce(a.recorded_at, 'never') || ', ' || coalesce(r.n, 0) || ' rectification(s)' AS example
       FROM acceptances a JOIN documents d ON d.id = a.document_id
       LEFT JOIN (SELECT acceptance_id, count(*) AS n FROM rectifications GROUP BY acceptance_id) r ON r.acceptance_id = a.document_id
       WHERE (d.state = 'approved') <> (a.recorded_at IS NOT NULL)
          OR coalesce(r.n, 0) <> CASE WHEN d.state = 'approved' AND EXISTS (SELECT 1 FROM acceptance_lines l WHERE l.document_id = a.document_id AND (l.appearance_ok = 0 OR l.function_ok = 0)) THEN 1 ELSE 0 END`,
    ),
    sqlRule(
      'R13 contract accepted iff every line accepted',
      `SELECT cd.doc_no || ' is ' || cd.state || ' with ' || t.short_lines || ' line(s) not accepted' AS example
       FROM documents cd JOIN (
         SELECT cl.document_id, sum(CASE WHEN coalesce(p.accepted, 0) < cl.quantity THEN 1 ELSE 0 END) AS short_lines
         FROM contract_lines cl LEFT JOIN (
           SELECT a.contract_id, l.contract_line_no, sum(l.quantity) AS accepted
           FROM acceptances a JOIN documents ad ON ad.id = a.document_id JOIN acceptance_lines l ON l.document_id = a.document_id
           WHERE ad.state = 'approved' AND l.appearance_ok <> 0 AND l.function_ok <> 0 GROUP BY a.contract_id, l.contract_line_no) p
           ON p.contract_id = cl.document_id AND p.contract_line_no = cl.line_no
         GROUP BY cl.document_id) t ON t.document_id = cd.id
       WHERE cd.doc_type = 'contract' AND ((cd.state = 'accepted') <> (t.short_lines = 0)) AND cd.state IN ('shipped', 'accepted')`,
    ),
    sqlRule(
      'R24 acceptance links',
      `SELECT d.doc_no || ' has no madeFrom link to its work order' AS example
       FROM acceptances a JOIN documents d ON d.id = a.document_id
       WHERE NOT EXISTS (SELECT 1 FROM document_links l WHERE l.from_document_id = a.document_id AND l.to_document_id = a.work_order_id AND l.kind = 'madeFrom')`,
    ),
  ],
}
