import { sqlRule } from '../../../integrity/integrity-rule'
import { RECEIVABLE_BALANCE_FROM_ROWS_SQL } from './receivable-balance'
import type { FollowUpTask } from '../../../integrity/type-integrity'
import { BOOK_RECEIVABLE, RECORD_SIGNED_COPY } from './sign-back-tasks'

// R11's invariants for checkIntegrity (both databases), added to the outbound slip's: a copy and a
// receivable only on a posted (not voided) slip, of its customer and contract; a receivable only after
// the copy (also a foreign key) and for exactly the slip's amount; finance's two tasks open exactly while due
// on a slip not yet closed (R19's monthly closing files a posted slip and its open tasks; paper tracking
// still lists a closed slip whose copy is out, and finance may still record and book it).

export const signBackTasks: readonly FollowUpTask[] = [
  { stepKey: RECORD_SIGNED_COPY.stepKey, role: RECORD_SIGNED_COPY.role, openWhile: 'd.closed_at IS NULL AND NOT EXISTS (SELECT 1 FROM signed_copies c WHERE c.slip_document_id = d.id)' },
  {
    stepKey: BOOK_RECEIVABLE.stepKey, role: BOOK_RECEIVABLE.role,
    openWhile: 'd.closed_at IS NULL AND EXISTS (SELECT 1 FROM signed_copies c WHERE c.slip_document_id = d.id) AND NOT EXISTS (SELECT 1 FROM receivables r WHERE r.slip_document_id = d.id)',
  },
]

export const signBackRules = [
  sqlRule(
    'R11 signed copy of a posted slip',
    `SELECT coalesce(d.doc_no, 'document ' || CAST(c.slip_document_id AS TEXT)) || ' (' || coalesce(d.state, 'none') || ') has a signed copy'
       || CASE WHEN s.customer_id IS DISTINCT FROM c.customer_id THEN ' of another customer' ELSE '' END AS example
     FROM signed_copies c LEFT JOIN documents d ON d.id = c.slip_document_id LEFT JOIN outbound_slips s ON s.document_id = c.slip_document_id
     WHERE d.doc_type IS DISTINCT FROM 'outboundSlip' OR d.state <> 'approved' OR s.customer_id IS DISTINCT FROM c.customer_id
        OR c.signed_on < s.posted_on OR c.returned_on < c.signed_on`,
  ),
  sqlRule(
    'R11 receivable only after the copy',
    `SELECT coalesce(d.doc_no, 'document ' || CAST(r.slip_document_id AS TEXT)) || ' has a receivable without its signed copy' AS example
     FROM receivables r LEFT JOIN signed_copies c ON c.slip_document_id = r.slip_document_id LEFT JOIN documents d ON d.id = r.slip_document_id
     WHERE c.slip_document_id IS NULL`,
  ),
  sqlRule(
    'R11 receivable = slip amount',
    `SELECT coalesce(d.doc_no, 'document ' || CAST(r.slip_document_id AS TEXT)) || ': receivable ' || CAST(r.amount_fen AS TEXT) || ', slip '
       || coalesce(CAST(d.amount_fen AS TEXT), 'none') AS example
     FROM receivables r LEFT JOIN documents d ON d.id = r.slip_document_id LEFT JOIN outbound_slips s ON s.document_id = r.slip_document_id
     WHERE r.amount_fen IS DISTINCT FROM d.amount_fen OR s.contract_id IS DISTINCT FROM r.contract_id OR s.customer_id IS DISTINCT FROM r.customer_id
        OR r.due_on < (SELECT c.signed_on FROM signed_copies c WHERE c.slip_document_id = r.slip_document_id)`,
  ),
  sqlRule(
    // R9: the running figure the credit check reads (receivable-balance.ts) = the receivables and allocations it sums.
    'R9 receivable balance = receivables and allocations',
    `SELECT 'contract #' || CAST(b.contract_id AS TEXT) || ': kept ' || coalesce(CAST(k.booked_fen AS TEXT) || ' booked / ' || CAST(k.collected_fen AS TEXT) || ' collected', 'nothing')
       || ', rows ' || CAST(b.booked_fen AS TEXT) || ' / ' || CAST(b.collected_fen AS TEXT) AS example
     FROM (${RECEIVABLE_BALANCE_FROM_ROWS_SQL}) b LEFT JOIN contract_receivables k ON k.contract_id = b.contract_id
     WHERE k.contract_id IS NULL OR k.customer_id <> b.customer_id OR k.booked_fen <> b.booked_fen OR k.collected_fen <> b.collected_fen
     UNION ALL
     SELECT 'contract #' || CAST(k.contract_id AS TEXT) || ': kept a receivable balance without receivables' AS example
     FROM contract_receivables k WHERE NOT EXISTS (SELECT 1 FROM receivables r WHERE r.contract_id = k.contract_id)`,
  ),
]
