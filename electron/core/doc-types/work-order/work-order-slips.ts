import type { EntityManager } from 'typeorm'
import { readRows } from '../../db/driver-query'
import { linkDocuments } from '../../workflow/links'

// R12, R24: which outbound slips a work order rests on. It installs goods already out, so it is made from every
// slip of its contract posted up to its approval: linked at creation (work-order-handlers.ts), and again when the
// draft is saved, submitted and approved, for slips posted meanwhile — its quantities are checked against what
// is out at each of those moments, so they may count on those slips. A slip posted after the approval is not on
// it (its quantities are fixed): those goods wait for a new work order (the clerk's 待派工 shows them), which is
// made from it. So voiding a slip is refused exactly while a live work order counts on its goods.

/** Posted (live) slips of the work order's contract it is not yet made from. */
const UNLINKED_SLIPS_SQL = `SELECT o.document_id AS id FROM outbound_slips o JOIN documents d ON d.id = o.document_id
  WHERE o.contract_id = :contractId AND d.state = 'approved'
    AND NOT EXISTS (SELECT 1 FROM document_links l WHERE l.from_document_id = :orderId AND l.to_document_id = o.document_id)
  ORDER BY o.document_id`

export async function linkPostedSlips(em: EntityManager, orderId: number, contractId: number, at: Date): Promise<void> {
  for (const slip of await readRows<{ id: number }>(em, UNLINKED_SLIPS_SQL, { orderId, contractId })) await linkDocuments(em, orderId, Number(slip.id), 'madeFrom', at)
}

/**
 * Pairs (approved or completed work order, live slip of its contract posted before the work order's approval)
 * with no link: checkIntegrity's breaches, and what the TaskDeadlines migration links for work orders approved
 * before this rule. "Before" by audit event id, not time: a frozen clock posts and approves at one instant.
 */
export const MISSING_SLIP_LINKS_SQL = `WITH approvals AS (
    SELECT w.document_id AS order_id, w.contract_id, max(a.id) AS event_id, max(a.at) AS at
    FROM work_orders w JOIN documents d ON d.id = w.document_id
    JOIN audit_events a ON a.entity_type = 'document' AND a.entity_id = w.document_id AND a.to_state = 'approved'
    WHERE d.state IN ('approved', 'completed') GROUP BY w.document_id, w.contract_id)
  SELECT ap.order_id, o.document_id AS slip_id, ap.at, wd.doc_no AS order_no, sd.doc_no AS slip_no
  FROM approvals ap JOIN outbound_slips o ON o.contract_id = ap.contract_id JOIN documents sd ON sd.id = o.document_id AND sd.state = 'approved'
  JOIN documents wd ON wd.id = ap.order_id
  WHERE (SELECT min(p.id) FROM audit_events p WHERE p.entity_type = 'document' AND p.entity_id = o.document_id AND p.to_state = 'approved') < ap.event_id
    AND NOT EXISTS (SELECT 1 FROM document_links l WHERE l.from_document_id = ap.order_id AND l.to_document_id = o.document_id)`
