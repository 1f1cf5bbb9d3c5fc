import { sqlRule } from '../../integrity/integrity-rule'
import type { TypeIntegrity } from '../../integrity/type-integrity'
import { SIGN_FINANCE, SIGN_SALES } from './reconciliation-task'

// The month-end reconciliation's invariants for checkIntegrity (both databases). R17: one a month, each
// started from the newest before it once that was locked; the snapshot's rows add up on each side and open
// at last month's closing balances; differences are append-only lines, none after the lock; the state says
// who signed (sales by its manager or head, finance by finance, two people, R20) and locked ⇔ both. R19: a
// month's closing ran only after its reconciliation was locked. Each side's 签认 is open exactly while that
// side has not signed.

const SIDE_FIGURES = `l.s_receivable_fen <> l.s_shipped_fen OR l.s_balance <> l.s_receivable_fen - l.s_collected_fen
  OR l.f_balance <> l.f_receivable_fen - l.f_collected_fen OR l.s_collected_fen <> l.f_collected_fen OR l.s_invoiced_fen <> l.f_invoiced_fen
  OR l.differs <> CASE WHEN l.s_shipped_fen <> l.f_shipped_fen OR l.s_receivable_fen <> l.f_receivable_fen OR l.s_balance <> l.f_balance THEN 1 ELSE 0 END`

export const reconciliationIntegrity: TypeIntegrity = {
  body: 'reconciliations',
  lines: ['reconciliation_lines', 'reconciliation_differences'],
  followUpTasks: [
    { stepKey: SIGN_SALES.stepKey, role: SIGN_SALES.role, openWhile: 'TRUE', states: ['approved', 'financeSigned'] },
    { stepKey: SIGN_FINANCE.stepKey, role: SIGN_FINANCE.role, openWhile: 'TRUE', states: ['approved', 'salesSigned'] },
  ],
  rules: [
    sqlRule(
      'R17 reconciliations in order',
      `SELECT d.doc_no || ' (' || r.month || ') starts from ' || coalesce(pd.doc_no, 'none') || ', newest before is ' || coalesce(nd.doc_no, 'none') AS example
       FROM reconciliations r JOIN documents d ON d.id = r.document_id
       LEFT JOIN reconciliations p ON p.document_id = r.previous_id LEFT JOIN documents pd ON pd.id = r.previous_id
       LEFT JOIN reconciliations n ON n.month = (SELECT max(x.month) FROM reconciliations x WHERE x.month < r.month) LEFT JOIN documents nd ON nd.id = n.document_id
       WHERE r.previous_id IS DISTINCT FROM n.document_id
          OR (p.document_id IS NOT NULL AND (p.locked_at IS NULL OR p.locked_at > r.started_at OR substr(p.bound_on, 1, 7) <> r.month))
          OR substr(r.bound_on, 9, 2) <> '01' OR r.bound_on <= r.month || '-01' OR r.started_at < r.bound_at`,
    ),
    sqlRule(
      'R17 snapshot adds up',
      // R23 for the signed balances (not *_fen, so the engine-wide rule does not read them): integer fen.
      (d) => `SELECT d.doc_no || ' line ' || l.line_no || ' (' || l.contract_no || ')' AS example
       FROM reconciliation_lines l JOIN documents d ON d.id = l.document_id
       WHERE ${SIDE_FIGURES} OR ${['s_balance', 'f_balance', 'opening_s_balance', 'opening_f_balance'].map((c) => d.notInteger(`l.${c}`, 'bigint')).join(' OR ')}
       UNION ALL
       SELECT d.doc_no || ': lines ' || s.n || ', numbered ' || s.first_no || '..' || s.last_no
       FROM (SELECT document_id, count(*) AS n, min(line_no) AS first_no, max(line_no) AS last_no FROM reconciliation_lines GROUP BY document_id) s
       JOIN documents d ON d.id = s.document_id WHERE s.first_no <> 1 OR s.last_no <> s.n`,
    ),
    sqlRule(
      'R17 opening = last month closing',
      `SELECT d.doc_no || ' line ' || l.line_no || ' (' || l.contract_no || '): opening ' || l.opening_s_balance || '/' || l.opening_f_balance
         || ', last month ' || coalesce(CAST(p.s_balance AS TEXT), 'none') || '/' || coalesce(CAST(p.f_balance AS TEXT), 'none') AS example
       FROM reconciliation_lines l JOIN reconciliations r ON r.document_id = l.document_id JOIN documents d ON d.id = l.document_id
       LEFT JOIN reconciliation_lines p ON p.document_id = r.previous_id AND p.contract_id = l.contract_id
       WHERE l.opening_s_balance <> coalesce(p.s_balance, 0) OR l.opening_f_balance <> coalesce(p.f_balance, 0)`,
    ),
    sqlRule(
      'R17 differences appended before the lock',
      `SELECT d.doc_no || ' difference ' || x.line_no || ' recorded ' || x.recorded_at AS example
       FROM reconciliation_differences x JOIN reconciliations r ON r.document_id = x.document_id JOIN documents d ON d.id = x.document_id
       WHERE x.recorded_at < r.started_at OR (r.locked_at IS NOT NULL AND x.recorded_at > r.locked_at)
          OR (x.corrects_line_no IS NOT NULL AND x.corrects_line_no >= x.line_no)
          OR x.resolver_side NOT IN ('sales', 'finance')
          OR (x.contract_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM reconciliation_lines l WHERE l.document_id = x.document_id AND l.contract_id = x.contract_id))
       UNION ALL
       SELECT d.doc_no || ': differences ' || s.n || ', numbered up to ' || s.last_no
       FROM (SELECT document_id, count(*) AS n, max(line_no) AS last_no FROM reconciliation_differences GROUP BY document_id) s
       JOIN documents d ON d.id = s.document_id WHERE s.last_no <> s.n`,
    ),
    sqlRule(
      'R17 sign-off by both sides',
      `SELECT d.doc_no || ' (' || d.state || '): sales ' || coalesce(r.sales_signed_by_name || ' as ' || r.sales_signed_role, 'unsigned')
         || ', finance ' || coalesce(r.finance_signed_by_name || ' as ' || r.finance_signed_role, 'unsigned') AS example
       FROM reconciliations r JOIN documents d ON d.id = r.document_id
       WHERE (r.sales_signed_at IS NOT NULL) <> (d.state IN ('salesSigned', 'locked'))
          OR (r.finance_signed_at IS NOT NULL) <> (d.state IN ('financeSigned', 'locked'))
          OR (r.sales_signed_at IS NULL) <> (r.sales_signed_by_user_id IS NULL) OR (r.finance_signed_at IS NULL) <> (r.finance_signed_by_user_id IS NULL)
          OR r.sales_signed_role NOT IN ('sales_manager', 'sales_head') OR r.finance_signed_role <> 'finance'
          OR r.sales_signed_by_user_id = r.finance_signed_by_user_id
          OR (r.locked_at IS NOT NULL) <> (d.state = 'locked')
          OR (r.locked_at IS NOT NULL AND r.locked_at <> CASE WHEN r.sales_signed_at > r.finance_signed_at THEN r.sales_signed_at ELSE r.finance_signed_at END)`,
    ),
    sqlRule(
      'R19 closing after the lock',
      (d) => `SELECT a.doc_no || ' closed at ' || a.at || ' in the closing of ' || ${d.jsonText(d.json('a.details'), 'month')} AS example
       FROM audit_events a
       WHERE a.action = 'close' AND a.entity_type = 'document' AND a.role = 'admin' AND a.details IS NOT NULL
         AND NOT EXISTS (SELECT 1 FROM reconciliations r WHERE r.month = ${d.jsonText(d.json('a.details'), 'month')} AND r.locked_at IS NOT NULL AND r.locked_at <= a.at)`,
    ),
  ],
}
