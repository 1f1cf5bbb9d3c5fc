import { sqlRule } from '../../integrity/integrity-rule'
import type { TypeIntegrity } from '../../integrity/type-integrity'
import { stockRules } from '../../stock/stock-rules'

// The inbound slip's and the certificates' invariants for checkIntegrity (both databases), and stock's
// (kept with the type that raises it until outbound slips add their own movements).

export const inboundIntegrity: TypeIntegrity = {
  body: 'inbounds',
  lines: ['inbound_lines'],
  rules: [
    // R7: a certificate enters stock once: at most one live inbound line carries it.
    sqlRule(
      'R7 certificate used once',
      `SELECT c.cert_no || ' on ' || count(*) || ' live inbound lines' AS example
       FROM inbound_lines l JOIN documents d ON d.id = l.document_id JOIN qc_certificates c ON c.id = l.certificate_id
       WHERE d.state <> 'voided' GROUP BY c.id, c.cert_no HAVING count(*) > 1`,
    ),
    // R7: …for its own product, at most its quantity, and not voided while a live slip carries it (R24).
    sqlRule(
      'R7 certificate matches its line',
      `SELECT d.doc_no || ' line ' || l.line_no || ': ' || c.cert_no || ' (product ' || c.product_id || ', ' || c.quantity
         || CASE WHEN c.voided_at IS NULL THEN '' ELSE ', voided' END || ') for product ' || l.product_id || ' × ' || l.quantity AS example
       FROM inbound_lines l JOIN documents d ON d.id = l.document_id JOIN qc_certificates c ON c.id = l.certificate_id
       WHERE d.state <> 'voided' AND (c.product_id <> l.product_id OR l.quantity > c.quantity OR c.voided_at IS NOT NULL)`,
    ),
    // R7: a posted slip raised stock by exactly its lines; any other slip moved nothing. Both directions,
    // each a join on the grouped (document, product) pairs (no join on an expression: it would not seek).
    sqlRule(
      'R7 inbound moved stock',
      `WITH lines AS (SELECT document_id, product_id, sum(quantity) AS quantity FROM inbound_lines GROUP BY document_id, product_id),
       moved AS (SELECT document_id, product_id, sum(quantity) AS quantity FROM stock_movements WHERE doc_type = 'inbound' GROUP BY document_id, product_id)
       SELECT d.doc_no || ' (' || d.state || ') product ' || l.product_id || ': lines ' || l.quantity || ', moved ' || coalesce(CAST(m.quantity AS TEXT), '0') AS example
       FROM lines l JOIN documents d ON d.id = l.document_id LEFT JOIN moved m ON m.document_id = l.document_id AND m.product_id = l.product_id
       WHERE CASE WHEN d.state = 'approved' THEN m.quantity IS DISTINCT FROM l.quantity ELSE m.quantity IS NOT NULL END
       UNION ALL
       SELECT d.doc_no || ' product ' || m.product_id || ': moved ' || m.quantity || ' without a line' AS example
       FROM moved m JOIN documents d ON d.id = m.document_id LEFT JOIN lines l ON l.document_id = m.document_id AND l.product_id = m.product_id
       WHERE l.document_id IS NULL`,
    ),
    ...stockRules,
  ],
}
