import type { EntityManager } from 'typeorm'
import { DISPATCH_OPEN_STATES } from '../../../../shared/doc-types/dispatch-note/dispatch-note-type'
import { stateLabel } from '../../../../shared/doc-types'
import { AppError } from '../../../../shared/errors'
import type { DocumentRow } from '../../db/entities'
import { loadDocumentToDecide } from '../../workflow/apply-action'
import type { DispatchLineRow, DispatchNoteRow } from '../dispatch-note/dispatch-note-entities'
import { dispatchLinesOf, dispatchNoteOf } from '../dispatch-note/dispatch-note-kind'
import { assertNotExpired } from '../dispatch-note/dispatch-validity'

// R10 and WORKFLOW.md Definitions: a dispatch note's remaining = its quantity − quantities on posted outbound
// slips (kept on the line as posted_quantity by the posting, in the same transaction).

export interface NoteToPost {
  doc: DocumentRow
  note: DispatchNoteRow
  lines: DispatchLineRow[]
}

/**
 * The dispatch note, locked (two slips against it are decided one after the other: the second sees what
 * the first posted), approved or partly posted, not closed, and not expired by its date (whatever its
 * state says: dispatch-validity.ts).
 */
export async function noteToPost(em: EntityManager, noteId: number, today: string): Promise<NoteToPost> {
  const doc = await loadDocumentToDecide(em, noteId)
  if (doc.docType !== 'dispatchNote') throw new AppError('DOCUMENT_NOT_FOUND')
  if (!(DISPATCH_OPEN_STATES as readonly string[]).includes(doc.state) || doc.closedAt)
    throw new AppError('OUTBOUND_NOTE_NOT_APPROVED', `发货单 ${doc.docNo} 为「${stateLabel(doc.docType, doc.state, doc.closedAt !== null)}」，只能依据已批准（或部分出库）的发货单出库`, {
      state: doc.state,
    })
  const note = await dispatchNoteOf(em, doc)
  assertNotExpired(doc, note, today)
  return { doc, note, lines: await dispatchLinesOf(em, doc.id) }
}

export interface CheckedOutboundLine {
  noteLine: DispatchLineRow
  quantity: number
}

/** R10: each line a line of the note, once, and ≤ what it still lacks; refused with the figures. */
export function assertWithinNote(
  noteDoc: Pick<DocumentRow, 'docNo'>,
  noteLines: readonly DispatchLineRow[],
  wanted: ReadonlyArray<{ noteLineNo: number; quantity: number }>,
): CheckedOutboundLine[] {
  const seen = new Set<number>()
  return wanted.map((w, i) => {
    const noteLine = noteLines.find((l) => l.lineNo === w.noteLineNo)
    if (!noteLine) throw new AppError('OUTBOUND_LINE_UNKNOWN', `第 ${i + 1} 行：发货单 ${noteDoc.docNo} 没有第 ${w.noteLineNo} 行，请刷新后重新选择`, { line: i + 1 })
    if (seen.has(w.noteLineNo)) throw new AppError('OUTBOUND_LINE_REPEATED', `发货单 ${noteDoc.docNo} 第 ${w.noteLineNo} 行在本单出现了两次，请合并为一行`, { line: i + 1 })
    seen.add(w.noteLineNo)
    const remaining = noteLine.quantity - noteLine.postedQuantity
    if (w.quantity > remaining)
      throw new AppError(
        'OUTBOUND_OVER_NOTE',
        `${noteLine.productName}（${noteLine.productCode}）发货单 ${noteDoc.docNo} 数量 ${noteLine.quantity} ${noteLine.unit}，已出库 ${noteLine.postedQuantity}，尚可出库 ${remaining}，本单 ${w.quantity}；请减少数量`,
        { noteLineNo: w.noteLineNo, noteQuantity: noteLine.quantity, posted: noteLine.postedQuantity, remaining, quantity: w.quantity },
      )
    return { noteLine, quantity: w.quantity }
  })
}
