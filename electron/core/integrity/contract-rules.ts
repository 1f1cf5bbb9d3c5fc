import { sqlRule, type IntegrityRule } from './integrity-rule'

// R4 (a contract only from an approved application, with its customer, lines, amounts and terms; the
// seal register), R2 (credit terms change only by an approved credit change), and the document bodies
// each type keeps in its own table.

const BODY_TABLES = [
  ['application', 'applications'],
  ['contract', 'contracts'],
  ['creditChange', 'credit_changes'],
  ['application', 'application_lines'],
  ['contract', 'contract_lines'],
] as const

const LINE_COLUMNS = ['product_id', 'product_code', 'product_name', 'spec', 'unit', 'quantity', 'unit_price_fen', 'list_price_fen', 'floor_price_fen', 'amount_fen']
const TERM_COLUMNS = ['prepayment_bps', 'prepayment_fen', 'instalments', 'installation_needed', 'non_standard_terms', 'delivery_date']

export const contractRules: IntegrityRule[] = [
  sqlRule(
    'document bodies',
    [
      `SELECT d.doc_no || ' (' || d.doc_type || ') has no body row' AS example FROM documents d
       WHERE (d.doc_type = 'application' AND NOT EXISTS (SELECT 1 FROM applications b WHERE b.document_id = d.id))
          OR (d.doc_type = 'contract' AND NOT EXISTS (SELECT 1 FROM contracts b WHERE b.document_id = d.id))
          OR (d.doc_type = 'creditChange' AND NOT EXISTS (SELECT 1 FROM credit_changes b WHERE b.document_id = d.id))`,
      ...BODY_TABLES.map(
        ([type, table]) =>
          `SELECT '${table} row of ' || d.doc_no || ' (' || d.doc_type || ')' FROM ${table} b JOIN documents d ON d.id = b.document_id WHERE d.doc_type <> '${type}'`,
      ),
    ].join(' UNION ALL '),
  ),
  sqlRule(
    'R4 contract from its approved application',
    // Its application is 已转合同 (contracted) from the moment the contract is made.
    `SELECT cd.doc_no || ' from ' || coalesce(ad.doc_no, '#' || c.application_id) || ' (' || coalesce(ad.state, 'missing') || ')' AS example
     FROM contracts c JOIN documents cd ON cd.id = c.document_id
     LEFT JOIN documents ad ON ad.id = c.application_id
     LEFT JOIN applications a ON a.document_id = c.application_id
     WHERE ad.doc_type IS DISTINCT FROM 'application' OR ad.state IS DISTINCT FROM 'contracted' OR a.customer_id IS DISTINCT FROM c.customer_id
        OR ad.amount_fen IS DISTINCT FROM c.amount_fen OR cd.amount_fen IS DISTINCT FROM c.amount_fen OR cd.customer_name IS DISTINCT FROM ad.customer_name
        OR c.salesperson_user_id IS DISTINCT FROM ad.drafter_user_id OR c.salesperson_name IS DISTINCT FROM ad.drafter_name
        OR ${TERM_COLUMNS.map((col) => `c.${col} IS DISTINCT FROM a.${col}`).join(' OR ')}`,
  ),
  sqlRule(
    'R4 contract lines',
    `SELECT cd.doc_no || ' line ' || cl.line_no AS example
     FROM contracts c JOIN documents cd ON cd.id = c.document_id JOIN contract_lines cl ON cl.document_id = c.document_id
     LEFT JOIN application_lines al ON al.document_id = c.application_id AND al.line_no = cl.line_no
     WHERE al.id IS NULL OR ${LINE_COLUMNS.map((col) => `cl.${col} IS DISTINCT FROM al.${col}`).join(' OR ')}
     UNION ALL
     SELECT cd.doc_no || ' misses line ' || al.line_no
     FROM contracts c JOIN documents cd ON cd.id = c.document_id JOIN application_lines al ON al.document_id = c.application_id
     LEFT JOIN contract_lines cl ON cl.document_id = c.document_id AND cl.line_no = al.line_no
     WHERE cl.id IS NULL`,
  ),
  // Only a signed contract is sealed, and every use is both in the register and in the audit trail.
  sqlRule(
    'R4 seal register',
    `WITH used AS (SELECT contract_id AS id, count(*) AS n FROM seal_usages GROUP BY contract_id),
     audited AS (SELECT entity_id AS id, count(*) AS n FROM audit_events WHERE entity_type = 'document' AND action = 'seal.use' GROUP BY entity_id),
     ids AS (SELECT id FROM used UNION SELECT id FROM audited)
     SELECT coalesce(d.doc_no, '#' || ids.id) || ': ' || coalesce(u.n, 0) || ' seal uses, ' || coalesce(a.n, 0) || ' audited' AS example
     FROM ids LEFT JOIN used u ON u.id = ids.id LEFT JOIN audited a ON a.id = ids.id LEFT JOIN documents d ON d.id = ids.id
     WHERE u.n IS DISTINCT FROM a.n
     UNION ALL
     SELECT 'seal use ' || s.id || ' on ' || coalesce(d.doc_no, '#' || s.contract_id) || ' (' || coalesce(d.state, 'missing') || ')'
     FROM seal_usages s LEFT JOIN documents d ON d.id = s.contract_id
     WHERE d.doc_type IS DISTINCT FROM 'contract' OR d.state IS DISTINCT FROM 'approved'`,
  ),
  // R2: a customer's terms are those of the last approved credit change (R2: D, zero credit before any),
  // and exactly the approved changes took effect.
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
]
