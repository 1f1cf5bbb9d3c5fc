import { sqlRule } from '../../integrity/integrity-rule'
import type { TypeIntegrity } from '../../integrity/type-integrity'
import { IN_PRODUCTION_STATES, SIGNED_NOTICE_STATES } from '../../../../shared/doc-types/production-notice/production-notice-type'
import { CERTIFY_NOTICE, STOCK_NOTICE, uncertifiedSql } from './notice-task'

// The production notice's invariants for checkIntegrity (integrity/, both databases). R6: live notices
// never exceed the contract's quantities, a notice's lines copy its contract's lines, a signed notice
// follows a received prepayment; R24: its one madeFrom link to the contract. R7: its state says what
// posted inbound slips entered against it (部分入库, 已入库); certificates naming it are for its products.

const list = (states: readonly string[]) => states.map((s) => `'${s}'`).join(', ')
const SIGNED = list(SIGNED_NOTICE_STATES)

/** Per notice and product: its quantity and what posted (approved) inbound slips against it entered. */
const POSTED = `(SELECT o.document_id, o.product_id, o.quantity AS ordered, coalesce(p.quantity, 0) AS posted
  FROM (SELECT document_id, product_id, sum(quantity) AS quantity FROM production_notice_lines GROUP BY document_id, product_id) o
  LEFT JOIN (SELECT i.source_notice_id, l.product_id, sum(l.quantity) AS quantity
             FROM inbounds i JOIN documents d ON d.id = i.document_id JOIN inbound_lines l ON l.document_id = i.document_id
             WHERE i.source_notice_id IS NOT NULL AND d.state = 'approved' GROUP BY i.source_notice_id, l.product_id) p
    ON p.source_notice_id = o.document_id AND p.product_id = o.product_id)`

export const productionNoticeIntegrity: TypeIntegrity = {
  body: 'production_notices',
  lines: ['production_notice_lines'],
  // R6 → R7: while in production, qc's 出具合格证 until certificates naming it cover it, and production's 成品入库.
  followUpTasks: [
    { stepKey: CERTIFY_NOTICE.stepKey, role: CERTIFY_NOTICE.role, states: IN_PRODUCTION_STATES, openWhile: uncertifiedSql('d.id') },
    { stepKey: STOCK_NOTICE.stepKey, role: STOCK_NOTICE.role, states: IN_PRODUCTION_STATES, openWhile: 'TRUE' },
  ],
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
    // R6: the contract is 已排产 (or, once goods went out, 部分发货/已发货: R10) while one of its notices is
    // signed and live, and 已排产 only then (R24: voiding the last one takes it back to 已签订).
    sqlRule(
      'R6 contract scheduled',
      `SELECT cd.doc_no || ' is ' || cd.state || ' with signed notice ' || d.doc_no AS example
       FROM production_notices n JOIN documents d ON d.id = n.document_id JOIN documents cd ON cd.id = n.contract_id
       WHERE d.state IN (${SIGNED}) AND cd.state NOT IN ('scheduled', 'partlyShipped', 'shipped', 'accepted')
       UNION ALL
       SELECT cd.doc_no || ' is scheduled without a signed notice'
       FROM documents cd
       WHERE cd.doc_type = 'contract' AND cd.state = 'scheduled'
         AND NOT EXISTS (SELECT 1 FROM production_notices n JOIN documents d ON d.id = n.document_id WHERE n.contract_id = cd.id AND d.state IN (${SIGNED}))
       UNION ALL
       SELECT d.doc_no || ' on ' || cd.doc_no || ' (' || cd.state || ')'
       FROM production_notices n JOIN documents d ON d.id = n.document_id JOIN documents cd ON cd.id = n.contract_id
       WHERE cd.doc_type <> 'contract' OR cd.state NOT IN ('approved', 'scheduled', 'partlyShipped', 'shipped', 'accepted')`,
    ),
    // R7: 已下达 ⇒ nothing posted against it; 部分入库 ⇒ something, not everything; 已入库 ⇒ every product
    // covered; never more posted than ordered, and nothing posted against an unsigned notice.
    sqlRule(
      'R7 notice inbound state',
      `SELECT d.doc_no || ' ' || d.state || ': ' || s.posted || ' of ' || s.ordered || ' posted, ' || s.short || ' product(s) short' AS example
       FROM (SELECT document_id, sum(ordered) AS ordered, sum(posted) AS posted, sum(CASE WHEN posted < ordered THEN 1 ELSE 0 END) AS short,
                    sum(CASE WHEN posted > ordered THEN 1 ELSE 0 END) AS over
             FROM ${POSTED} x GROUP BY document_id) s
       JOIN documents d ON d.id = s.document_id
       WHERE s.over > 0 OR CASE d.state
         WHEN 'approved' THEN s.posted > 0
         WHEN 'partlyStocked' THEN s.posted = 0 OR s.short = 0
         WHEN 'stocked' THEN s.short > 0
         ELSE s.posted > 0 END
       UNION ALL
       SELECT d.doc_no || ' posted against ' || coalesce(nd.doc_no, '#' || i.source_notice_id) || ' (' || coalesce(nd.state, 'missing') || ')'
       FROM inbounds i JOIN documents d ON d.id = i.document_id LEFT JOIN documents nd ON nd.id = i.source_notice_id
       WHERE i.source_notice_id IS NOT NULL AND d.state = 'approved' AND (nd.doc_type IS DISTINCT FROM 'productionNotice' OR nd.state NOT IN (${SIGNED}))`,
    ),
    // R6 → R7: a certificate issued for a notice is for one of its products, and the notice was signed.
    sqlRule(
      'R7 certificate for its notice',
      `SELECT c.cert_no || ' for ' || coalesce(d.doc_no, '#' || c.production_notice_id) || ' (' || coalesce(d.state, 'missing') || ')' AS example
       FROM qc_certificates c LEFT JOIN documents d ON d.id = c.production_notice_id
       WHERE c.production_notice_id IS NOT NULL
         AND (d.doc_type IS DISTINCT FROM 'productionNotice' OR d.state NOT IN (${SIGNED}, 'voided')
              OR NOT EXISTS (SELECT 1 FROM production_notice_lines nl WHERE nl.document_id = c.production_notice_id AND nl.product_id = c.product_id))`,
    ),
    sqlRule(
      'R24 notice links',
      `SELECT d.doc_no || ' has ' || (SELECT count(*) FROM document_links l WHERE l.from_document_id = n.document_id) || ' link(s)' AS example
       FROM production_notices n JOIN documents d ON d.id = n.document_id
       WHERE NOT EXISTS (SELECT 1 FROM document_links l WHERE l.from_document_id = n.document_id AND l.to_document_id = n.contract_id AND l.kind = 'madeFrom')`,
    ),
  ],
}
