import { sqlRule } from '../../integrity/integrity-rule'
import type { TypeIntegrity } from '../../integrity/type-integrity'

// The credit change's invariants for checkIntegrity (integrity/, both databases). R2: a customer's terms
// are those of the last approved credit change (D and zero credit before any), and exactly the approved
// changes took effect.

export const creditChangeIntegrity: TypeIntegrity = {
  body: 'credit_changes',
  rules: [
    sqlRule(
      'R2 credit terms',
      (d) => `WITH last AS (SELECT entity_id, max(id) AS id FROM audit_events WHERE entity_type = 'customer' AND action = 'customer.credit' GROUP BY entity_id)
       SELECT c.name || ': ' || c.rating || ', ' || c.credit_limit_fen || ' fen, ' || c.credit_days || ' days' AS example
       FROM customers c LEFT JOIN last l ON l.entity_id = c.id
       LEFT JOIN (SELECT id, ${d.json('details')} AS dj FROM audit_events) a ON a.id = l.id
       WHERE CASE WHEN a.id IS NULL THEN c.rating <> 'D' OR c.credit_limit_fen <> 0 OR c.credit_days <> 0
         WHEN a.dj IS NULL THEN TRUE
         ELSE c.rating IS DISTINCT FROM ${d.jsonText('a.dj', 'rating')} OR c.credit_limit_fen IS DISTINCT FROM ${d.jsonNumber('a.dj', 'creditLimitFen')}
           OR c.credit_days IS DISTINCT FROM ${d.jsonNumber('a.dj', 'creditDays')} END
       UNION ALL
       SELECT d.doc_no || ' is ' || d.state || ' and took effect ' || count(a.id) || ' time(s)'
       FROM credit_changes cc JOIN documents d ON d.id = cc.document_id
       LEFT JOIN audit_events a ON a.entity_type = 'customer' AND a.entity_id = cc.customer_id AND a.action = 'customer.credit' AND a.doc_no = d.doc_no
       GROUP BY d.id HAVING count(a.id) <> CASE WHEN d.state = 'approved' THEN 1 ELSE 0 END`,
    ),
  ],
}
