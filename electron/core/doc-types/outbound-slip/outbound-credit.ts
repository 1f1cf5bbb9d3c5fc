import type { EntityManager } from 'typeorm'
import type { CreditCheckDto } from '../../../../shared/doc-types/dispatch-note/dispatch-note-body'
import { creditCheck } from '../../credit/credit-check'
import { CustomerEntity, DocumentEntity, type DocumentRow } from '../../db/entities'
import { findRowByOrFail } from '../../db/find-rows'
import { shanghaiToday } from '../../policy/shanghai-day'
import { noteCreditCheck, dispatchNoteOf } from '../dispatch-note/dispatch-note-kind'
import { parseRoute } from '../../workflow/plan-route'
import { slipOf } from './post-outbound'

/**
 * R9 again at posting, with the dispatch note's own check (noteCreditCheck): the customer's exposure without
 * the note (its earlier slips now in "posted, not yet booked") + what is still to ship on the note.
 * `gmApproved`: the general manager signed the note (its credit step): that approval of the risk covers its
 * posting, so only a note approved without it is sent to the general manager by the re-check.
 */
export async function outboundCredit(em: EntityManager, slipDoc: DocumentRow, at: Date): Promise<{ check: CreditCheckDto; gmApproved: boolean; noteDoc: DocumentRow }> {
  const noteDoc = await noteOfSlip(em, slipDoc)
  const route = parseRoute(noteDoc.route) ?? []
  const gmApproved = route.some((e) => (e.signatures ?? []).some((s) => s.role === 'general_manager'))
  return { check: await noteCreditCheck(em, noteDoc, at), gmApproved, noteDoc }
}

/** The dispatch note the slip is made from. */
export async function noteOfSlip(em: EntityManager, slipDoc: Pick<DocumentRow, 'id'>): Promise<DocumentRow> {
  const slip = await slipOf(em, slipDoc)
  return findRowByOrFail(em, DocumentEntity, { id: slip.dispatchNoteId })
}

/**
 * R2 at posting: a zero-credit customer's shipments (this whole note with the others) ≤ money received.
 * Only a zero-credit customer is judged by money received (assertZeroCreditCovered passes every other check
 * untouched), so for any other customer the figures are not computed: the posting's facts compute R9 once.
 */
export async function zeroCreditAtPosting(em: EntityManager, noteDoc: DocumentRow, at: Date): Promise<CreditCheckDto | null> {
  const note = await dispatchNoteOf(em, noteDoc)
  const customer = await findRowByOrFail(em, CustomerEntity, { id: note.customerId })
  if (customer.creditLimitFen !== 0) return null
  return creditCheck(em, { customerId: note.customerId, today: shanghaiToday(at), excludeNoteId: noteDoc.id, noteFen: noteDoc.amountFen ?? 0 })
}
