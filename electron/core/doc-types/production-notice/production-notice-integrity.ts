import { sqlRule } from '../../integrity/integrity-rule'
import type { TypeIntegrity } from '../../integrity/type-integrity'

// The production notice's invariants for checkIntegrity (integrity/, both databases). R6: live notices
// never exceed the contract's quantities, a notice's lines copy its contract's lines, a signed notice
// follows a received prepayment; R24: its one madeFrom link to the contract.

export const productionNoticeIntegrity: TypeIntegrity = {
  body: 'production_notices',
  lines: ['production_notice_lines'],
  rules: [
    sqlRule(
      'R6 notices within the contract',
      `SELECT cd.doc_no || ' line ' || cl.line_no || ': ' || s.quantity || ' on notices of ' || cl.quantity AS example
       FROM (SELECT n.contract_id, nl.contract_line_no, sum(nl.quantity) AS quantity
             FROM production_notices n JOIN documents d ON d.id = n.document_id JOIN production_notice_lines nl ON nl.document_id = n.document_id
             WHERE d.state <> 'voided' GROUP BY n.contract_id, nl.contract_line_no) s
       JOIN documents cd ON cd.id = s.contract_id
       LEFT JOIN contract_lines cl ON cl.document_id = s.contract_id AND cl.line_no = s.contract_line_no
       WHERE cl.id IS NULL OR s.quantity > cl.quantity
       UNION ALL
       SELECT d.doc_no || ' line ' || nl.line_no || ' is not its contract line'
       FROM production_notice_lines nl JOIN production_notices n ON n.document_id = nl.document_id JOIN documents d ON d.id = n.document_id
       JOIN contract_lines cl ON cl.document_id = n.contract_id AND cl.line_no = nl.contract_line_no
       WHERE nl.product_id <> cl.product_id OR nl.product_code <> cl.product_code OR nl.quantity <= 0`,
    ),
    // R6: the contract is 已排产 once a notice is signed (or already shipping, R10); a signed contract never waits with a signed notice.
    sqlRule(
      'R6 contract scheduled',
      `SELECT cd.doc_no || ' is ' || cd.state || ' with signed notice ' || d.doc_no AS example
       FROM production_notices n JOIN documents d ON d.id = n.document_id JOIN documents cd ON cd.id = n.contract_id
       WHERE d.state = 'approved' AND cd.state = 'approved'
       UNION ALL
       SELECT d.doc_no || ' on ' || cd.doc_no || ' (' || cd.state || ')'
       FROM production_notices n JOIN documents d ON d.id = n.document_id JOIN documents cd ON cd.id = n.contract_id
       WHERE cd.doc_type <> 'contract' OR cd.state NOT IN ('approved', 'scheduled', 'partlyShipped', 'shipped')`,
    ),
    sqlRule(
      'R24 notice links',
      `SELECT d.doc_no || ' has ' || (SELECT count(*) FROM document_links l WHERE l.from_document_id = n.document_id) || ' link(s)' AS example
       FROM production_notices n JOIN documents d ON d.id = n.document_id
       WHERE NOT EXISTS (SELECT 1 FROM document_links l WHERE l.from_document_id = n.document_id AND l.to_document_id = n.contract_id AND l.kind = 'madeFrom')`,
    ),
  ],
}
