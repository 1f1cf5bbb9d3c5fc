import { sqlRule } from '../../integrity/integrity-rule'
import { linesAddUp, paymentTermsAddUp, type TypeIntegrity } from '../../integrity/type-integrity'
import { MAKE_NOTICE } from '../production-notice/notice-task'

// The contract's invariants for checkIntegrity (integrity/, both databases). R4: a contract only from an
// approved application, with its customer, lines, amounts and terms, and the seal register; R24: its link
// to that application; R23: its amounts and payment terms.

const LINE_COLUMNS = ['product_id', 'product_code', 'product_name', 'spec', 'unit', 'quantity', 'unit_price_fen', 'list_price_fen', 'floor_price_fen', 'amount_fen']
const TERM_COLUMNS = ['prepayment_bps', 'prepayment_fen', 'instalments', 'installation_needed', 'non_standard_terms', 'delivery_date']

export const contractIntegrity: TypeIntegrity = {
  body: 'contracts',
  lines: ['contract_lines'],
  moneyArrays: [{ table: 'contracts', column: 'instalments', key: 'amountFen' }],
  // R6: a signed contract (approved, not yet 已排产) waits in the planner's 待办 for its notice.
  followUpTask: { stepKey: MAKE_NOTICE.stepKey, role: MAKE_NOTICE.role, openWhile: 'TRUE' },
  rules: [
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
       WHERE d.doc_type IS DISTINCT FROM 'contract' OR d.state NOT IN ('approved', 'scheduled', 'partlyShipped', 'shipped', 'accepted')`,
    ),
    // R24: every contract links to exactly the application it was made from (integrity/document-rules.ts
    // checks every link's ends and dates).
    sqlRule(
      'R24 contract links',
      `SELECT cd.doc_no || ' has ' || (SELECT count(*) FROM document_links l WHERE l.from_document_id = c.document_id) || ' link(s)' AS example
       FROM contracts c JOIN documents cd ON cd.id = c.document_id
       WHERE (SELECT count(*) FROM document_links l WHERE l.from_document_id = c.document_id) <> 1
          OR NOT EXISTS (SELECT 1 FROM document_links l WHERE l.from_document_id = c.document_id AND l.to_document_id = c.application_id AND l.kind = 'madeFrom')`,
    ),
    linesAddUp('contracts', 'contract_lines', { bodyAmount: true }),
    paymentTermsAddUp('contracts'),
  ],
}
