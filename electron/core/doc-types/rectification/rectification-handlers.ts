import { stateLabel } from '../../../../shared/doc-types'
import { AppError } from '../../../../shared/errors'
import type { Handler } from '../../router/call-context'
import { loadDocumentToDecide } from '../../workflow/apply-action'
import { advanceDocument } from '../../workflow/advance'
import { documentView } from '../../workflow/document-view'
import { RectificationEntity } from './rectification-entities'
import { rectificationKind } from './rectification-kind'
import { openRectifications, overdueRectifications } from './rectification-queue'
import { withdrawEscalations } from './rectification-escalation'

/** R13: service records what was done and by whom; 已整改 (late when after the deadline), service's task closes. */
const answer: Handler<'rectifications.answer'> = (input, ctx) =>
  ctx.db.transaction(async (em) => {
    const doc = await loadDocumentToDecide(em, input.id)
    if (doc.docType !== 'rectification') throw new AppError('DOCUMENT_NOT_FOUND')
    if (doc.state !== 'approved' || doc.closedAt)
      throw new AppError('RECTIFICATION_NOT_OPEN', `整改单 ${doc.docNo} 为「${stateLabel(doc.docType, doc.state)}」，只有待整改的整改单才能答复`, { state: doc.state })
    // R13: the raise is withdrawn before the answer closes service's task (it is nobody's 已办: rectification-task.ts).
    await withdrawEscalations(em, doc.id)
    const moved = await advanceDocument(em, { ...doc, version: input.version }, 'answered', ctx, 'answer')
    await em.getRepository(RectificationEntity).update(
      { documentId: doc.id },
      { answeredAt: ctx.at.toISOString(), answer: input.answer, doneBy: input.doneBy, answeredByUserId: ctx.user.id, answeredByName: ctx.user.name },
    )
    return documentView(em, rectificationKind, moved, ctx)
  })

const open: Handler<'rectifications.open'> = (_input, ctx) => ctx.db.read((em) => openRectifications(em, ctx.at))
const overdue: Handler<'rectifications.overdue'> = (_input, ctx) => ctx.db.read((em) => overdueRectifications(em, ctx.at))

export const rectificationHandlers = {
  'rectifications.answer': answer,
  'rectifications.open': open,
  'rectifications.overdue': overdue,
}
