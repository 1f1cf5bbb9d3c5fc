import type { EntityManager } from 'typeorm'
import { AppError } from '../../../../shared/errors'
import type { DocumentRow } from '../../db/entities'
import { findRowByOrFail, findRowsBy } from '../../db/find-rows'
import { runWrite } from '../../db/write-rows'
import { shanghaiToday } from '../../policy/shanghai-day'
import { moveStock } from '../../stock/move-stock'
import { loadDocumentToDecide } from '../../workflow/apply-action'
import type { ActionContext } from '../../workflow/document-kind'
import { assertWithinNote, noteToPost } from './note-to-post'
import { OutboundLineEntity, OutboundSlipEntity } from './outbound-slip-entities'
import { moveContract, moveNote } from './shipment-states'
import { openGateTask } from '../gate-pass/gate-pass-task'

// Read at submit, posting and every view: statements built once (db/find-rows.ts), not by TypeORM per call.
export const slipOf = (em: EntityManager, doc: Pick<DocumentRow, 'id'>) => findRowByOrFail(em, OutboundSlipEntity, { documentId: doc.id })
export const slipLinesOf = (em: EntityManager, id: number) => findRowsBy(em, OutboundLineEntity, { documentId: id }, { lineNo: 'ASC' })

/**
 * R10: the slip is posted (its chain completed: at once, or at the general manager's approval after R9's
 * re-check). In one transaction, the note locked first: the note is still approved and unexpired and each
 * line still within what it lacks (another slip may have posted meanwhile); each line takes its stock down
 * (moveStock refuses with STOCK_NOT_ENOUGH before anything goes below zero, and the whole posting rolls back)
 * and adds to the note line's posted quantity; the note and the contract move on.
 */
export async function postOutbound(em: EntityManager, slipDoc: DocumentRow, ctx: ActionContext): Promise<void> {
  const slip = await slipOf(em, slipDoc)
  const lines = await slipLinesOf(em, slipDoc.id)
  const { doc: noteDoc, lines: noteLines } = await noteToPost(em, slip.dispatchNoteId, shanghaiToday(ctx.at))
  assertWithinNote(noteDoc, noteLines, lines)
  for (const line of lines) {
    await moveStock(em, { productId: line.productId, quantity: -line.quantity, document: slipDoc, at: ctx.at })
    await addPosted(em, noteDoc.id, line.noteLineNo, line.quantity)
  }
  await moveNote(em, noteDoc, 'post', ctx)
  await moveContract(em, slip.contractId, 'post', ctx)
  await openGateTask(em, slipDoc, ctx)
}

/**
 * R24: a posted slip is voided (the engine has refused it while a live gate pass is made from it): its
 * goods return to stock by movements of the slip, the note's posted quantities drop, and the note and the
 * contract move back (outboundVoided / outboundAllVoided).
 */
export async function unpostOutbound(em: EntityManager, slipDoc: DocumentRow, ctx: ActionContext): Promise<void> {
  const slip = await slipOf(em, slipDoc)
  const lines = await slipLinesOf(em, slipDoc.id)
  const noteDoc = await loadDocumentToDecide(em, slip.dispatchNoteId)
  // R19: a closed note is read-only; its slips stand as they are.
  if (noteDoc.closedAt) throw new AppError('DOCUMENT_CLOSED', `发货单 ${noteDoc.docNo} 已关闭，其出库单不能再作废`)
  for (const line of lines) {
    await moveStock(em, { productId: line.productId, quantity: line.quantity, document: slipDoc, at: ctx.at })
    await addPosted(em, noteDoc.id, line.noteLineNo, -line.quantity)
  }
  await moveNote(em, noteDoc, 'void', ctx)
  await moveContract(em, slip.contractId, 'void', ctx)
}

async function addPosted(em: EntityManager, noteId: number, lineNo: number, delta: number): Promise<void> {
  await runWrite(em, `UPDATE dispatch_note_lines SET posted_quantity = posted_quantity + :delta WHERE document_id = :noteId AND line_no = :lineNo`, { delta, noteId, lineNo })
}
