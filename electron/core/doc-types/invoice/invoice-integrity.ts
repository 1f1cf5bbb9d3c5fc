import { sqlRule } from '../../integrity/integrity-rule'
import type { TypeIntegrity } from '../../integrity/type-integrity'
import { DEFAULT_INVOICE_THRESHOLD_PERCENT } from './invoice-threshold'
import { RECORD_INVOICE } from './invoice-task'

// The invoice request's invariants for checkIntegrity (integrity/, both databases). R15: the contract's
// invoiced total within its amount; a request approved only at the threshold of its date, on the money
// allocated when the finance VP approved it; the recorded invoice is the request's amount. R24: red
// letters within the original, their running total kept, and the state saying what stands.

/** The threshold in force on the request's date (the rule's 60 % before the first version). */
const THRESHOLD = `coalesce((SELECT t.percent FROM invoice_thresholds t WHERE t.effective_from <= ir.requested_on ORDER BY t.effective_from DESC LIMIT 1), ${DEFAULT_INVOICE_THRESHOLD_PERCENT})`
/** Collected on the contract when the request's (last) approval was signed. */
const COLLECTED_AT_APPROVAL = `(SELECT coalesce(sum(pa.direction * pa.amount_fen), 0) FROM payment_allocations pa WHERE pa.contract_id = ir.contract_id
  AND pa.created_at <= (SELECT max(ae.at) FROM audit_events ae WHERE ae.entity_type = 'document' AND ae.entity_id = ir.document_id AND ae.action = 'approve'))`

export const invoiceIntegrity: TypeIntegrity = {
  body: 'invoice_requests',
  // R15: approved, it waits in finance's 待办 until the number is recorded.
  followUpTask: { stepKey: RECORD_INVOICE.stepKey, role: RECORD_INVOICE.role, openWhile: 'TRUE' },
  rules: [
    sqlRule(
      'R15 invoiced within the contract',
      `SELECT cd.doc_no || ': amount ' || c.amount_fen || ', invoiced ' || s.invoiced AS example
       FROM (SELECT contract_id, sum(coalesce(invoiced_fen, 0) - red_fen) AS invoiced FROM invoice_requests GROUP BY contract_id) s
       JOIN contracts c ON c.document_id = s.contract_id JOIN documents cd ON cd.id = s.contract_id
       WHERE s.invoiced > c.amount_fen OR s.invoiced < 0`,
    ),
    sqlRule(
      'R15 request at the threshold of its date',
      `SELECT d.doc_no || ': collected ' || ${COLLECTED_AT_APPROVAL} || ' of ' || c.amount_fen || ' at ' || ${THRESHOLD} || '%' AS example
       FROM invoice_requests ir JOIN documents d ON d.id = ir.document_id JOIN contracts c ON c.document_id = ir.contract_id
       WHERE d.state IN ('approved', 'invoiced', 'redReversed') AND ${COLLECTED_AT_APPROVAL} * 100 < c.amount_fen * ${THRESHOLD}
       UNION ALL
       SELECT d.doc_no || ': header ' || coalesce(CAST(d.amount_fen AS TEXT), 'none') || ', request ' || ir.amount_fen
       FROM invoice_requests ir JOIN documents d ON d.id = ir.document_id
       WHERE d.amount_fen IS DISTINCT FROM ir.amount_fen OR ir.amount_fen <= 0
          OR NOT EXISTS (SELECT 1 FROM document_links l WHERE l.from_document_id = ir.document_id AND l.to_document_id = ir.contract_id AND l.kind = 'madeFrom')`,
    ),
    sqlRule(
      'R15 invoice recorded as requested',
      `SELECT d.doc_no || ' (' || d.state || '): invoice ' || coalesce(ir.invoice_no, 'none') || ', ' || coalesce(CAST(ir.invoiced_fen AS TEXT), 'no amount') AS example
       FROM invoice_requests ir JOIN documents d ON d.id = ir.document_id
       WHERE (ir.invoice_no IS NOT NULL) <> (d.state IN ('invoiced', 'redReversed'))
          OR (ir.invoice_no IS NOT NULL AND (ir.invoiced_fen IS DISTINCT FROM ir.amount_fen OR ir.issued_on IS NULL OR ir.recorded_at IS NULL))
          OR (ir.invoice_no IS NULL AND (ir.invoiced_fen IS NOT NULL OR ir.red_fen <> 0))`,
    ),
    sqlRule(
      'R24 red letters within the original',
      `SELECT d.doc_no || ' (' || d.state || '): invoiced ' || coalesce(CAST(ir.invoiced_fen AS TEXT), 'none') || ', red ' || ir.red_fen
         || ', red letters ' || coalesce(CAST(s.total AS TEXT), '0') AS example
       FROM invoice_requests ir JOIN documents d ON d.id = ir.document_id
       LEFT JOIN (SELECT request_id, sum(amount_fen) AS total FROM invoice_red_letters GROUP BY request_id) s ON s.request_id = ir.document_id
       WHERE coalesce(s.total, 0) <> ir.red_fen OR ir.red_fen < 0 OR ir.red_fen > coalesce(ir.invoiced_fen, 0)
          OR (d.state = 'redReversed') <> (ir.invoiced_fen IS NOT NULL AND ir.red_fen = ir.invoiced_fen)
       UNION ALL
       SELECT 'red letter ' || r.confirmation_no || ' names ' || r.original_no || ', invoice is ' || coalesce(ir.invoice_no, 'none')
       FROM invoice_red_letters r LEFT JOIN invoice_requests ir ON ir.document_id = r.request_id
       WHERE ir.invoice_no IS DISTINCT FROM r.original_no OR r.amount_fen <= 0`,
    ),
  ],
}
