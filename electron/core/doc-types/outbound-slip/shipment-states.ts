import type { EntityManager } from 'typeorm'
import { businessTransition, lifecycleOf } from '../../../../shared/doc-types'
import { readRows } from '../../db/driver-query'
import type { DocumentRow } from '../../db/entities'
import { loadDocumentToDecide } from '../../workflow/apply-action'
import { advanceDocument } from '../../workflow/advance'
import type { ActionContext } from '../../workflow/document-kind'
import { openFollowUpTask } from '../../workflow/tasks'
import { MAKE_NOTICE } from '../production-notice/notice-task'
import { POST_OUTBOUND } from './outbound-task'

// R10: what a posted or voided slip does to its dispatch note (部分出库 / 已出库, or back) and its contract
// (部分发货 / 已发货, or back to 已签订 / 已排产) — decided from the posted quantities after the change, as
// transitions of the two lifecycles (shared/doc-types/dispatch-note, contract).

export type Change = 'post' | 'void'

function eventFor(change: Change, posted: number, complete: boolean): string {
  if (posted === 0) return 'outboundAllVoided'
  if (complete) return 'outboundCompleted'
  return change === 'post' ? 'outboundPosted' : 'outboundVoided'
}

/** The note, from its lines after the change: all posted → 已出库, some → 部分出库, none (after a void) → 已批准. */
export async function moveNote(em: EntityManager, noteDoc: DocumentRow, change: Change, ctx: ActionContext): Promise<void> {
  const [row] = await readRows<{ quantity: number | string; posted: number | string | null }>(
    em,
    `SELECT sum(quantity) AS quantity, sum(posted_quantity) AS posted FROM dispatch_note_lines WHERE document_id = :id`,
    { id: noteDoc.id },
  )
  const posted = Number(row?.posted ?? 0)
  const moved = await advanceWhereItMoves(em, noteDoc, eventFor(change, posted, posted >= Number(row?.quantity ?? 0)), ctx)
  // R10: the 出库 task is open while the note is 已批准 or 部分出库; back from 已出库 (a slip voided) it opens again.
  if (moved?.state === 'approved' || (moved?.state === 'partlyPosted' && noteDoc.state === 'posted')) await openFollowUpTask(em, moved, POST_OUTBOUND, ctx.at)
}

/**
 * The contract: every line fully posted on its dispatch notes → 已发货; something posted → 部分发货; nothing
 * any more → back to 已排产 when a signed production notice stands, else 已签订 (and the planner's task opens
 * again, as it is open exactly while the contract is 已签订). Locked first: two notes of one contract post
 * one after the other.
 */
export async function moveContract(em: EntityManager, contractId: number, change: Change, ctx: ActionContext): Promise<void> {
  const contract = await loadDocumentToDecide(em, contractId)
  const rows = await readRows<{ quantity: number | string; posted: number | string | null }>(
    em,
    `SELECT cl.quantity, p.posted FROM contract_lines cl
     LEFT JOIN (SELECT l.contract_line_no, sum(l.posted_quantity) AS posted FROM dispatch_note_lines l JOIN dispatch_notes n ON n.document_id = l.document_id
                WHERE n.contract_id = :id GROUP BY l.contract_line_no) p ON p.contract_line_no = cl.line_no
     WHERE cl.document_id = :id`,
    { id: contractId },
  )
  const posted = rows.reduce((sum, r) => sum + Number(r.posted ?? 0), 0)
  let event = eventFor(change, posted, rows.every((r) => Number(r.posted ?? 0) >= Number(r.quantity)))
  if (event === 'outboundAllVoided') {
    const [notice] = await readRows<{ n: number | string }>(
      em,
      `SELECT count(*) AS n FROM production_notices pn JOIN documents d ON d.id = pn.document_id WHERE pn.contract_id = :id AND d.state = 'approved'`,
      { id: contractId },
    )
    if (Number(notice?.n ?? 0) > 0) event = 'outboundAllVoidedScheduled'
  }
  const moved = await advanceWhereItMoves(em, contract, event, ctx)
  if (moved?.state === 'approved') await openFollowUpTask(em, moved, MAKE_NOTICE, ctx.at)
}

/**
 * Advances when the lifecycle has the move from the document's state; a note filed 已过期 by the daily run
 * has none, and keeps that state when a slip of it is voided (its posted quantities still drop).
 */
async function advanceWhereItMoves(em: EntityManager, doc: DocumentRow, event: string, ctx: ActionContext): Promise<DocumentRow | null> {
  if (!businessTransition(lifecycleOf(doc.docType)!, event, doc.state)) return null
  return advanceDocument(em, doc, event, ctx, 'outbound')
}
