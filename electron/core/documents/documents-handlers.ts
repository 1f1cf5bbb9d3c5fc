import { PRINT_ACTION } from '../../../shared/document-states'
import { appendAuditEvent } from '../audit/append-audit-event'
import { assertMayOpen } from '../auth/need-to-know'
import { approveMany } from './approve-many'
import { AppError } from '../../../shared/errors'
import { AuditEventEntity, DocumentEntity, type DocumentRow } from '../db/entities'
import { kindOf as kindOfType } from '../doc-types/registry'
import type { Handler } from '../router/call-context'
import { applyAction, loadDocument, loadDocumentToDecide } from '../workflow/apply-action'
import { documentView } from '../workflow/document-view'
import { CLOSING_ISOLATION, closeMonth } from '../workflow/closing'

const kindOf = (doc: DocumentRow) => kindOfType(doc.docType)

/** Need-to-know: only a post that reads the type, or one who acts on the document (assertMayOpen). */
const get: Handler<'documents.get'> = (input, ctx) =>
  ctx.db.read(async (em) => {
    const doc = await loadDocument(em, input.id)
    await assertMayOpen(em, ctx.user, doc, kindOf(doc))
    return documentView(em, kindOf(doc), doc, ctx)
  })

/** 扫码/单号: the number's document, under documents.get's need-to-know (a stranger's number is FORBIDDEN, not "unknown"). */
const findByNumber: Handler<'documents.findByNumber'> = (input, ctx) =>
  ctx.db.read(async (em) => {
    const doc = await em.getRepository(DocumentEntity).findOneBy({ docNo: input.docNo })
    if (!doc) throw new AppError('DOCUMENT_NUMBER_UNKNOWN', `没有单号为 ${input.docNo} 的单据，请核对纸面上的单号后重扫或重输`)
    await assertMayOpen(em, ctx.user, doc, kindOf(doc))
    return { id: doc.id }
  })

/** Every workflow action, one transaction each (DESIGN.md "One transaction per action"). */
const act: Handler<'documents.act'> = (input, ctx) =>
  ctx.db.transaction(async (em) => {
    const doc = await loadDocumentToDecide(em, input.id)
    const kind = kindOf(doc)
    const def = await applyAction(em, kind, doc, { version: input.version, action: input.action, comment: input.comment }, ctx)
    return documentView(em, kind, await loadDocument(em, input.id), ctx, def)
  })

/**
 * WORKFLOW.md "Printed forms": a print is logged (who, when, which copy) before the dialog opens, so the
 * paper of every print after the first says 补打 — on any workstation, not only the one that printed.
 */
const recordPrint: Handler<'documents.recordPrint'> = (input, ctx) =>
  ctx.db.transaction(async (em) => {
    // Locked, so two prints at once count 1 and 2, never 1 and 1.
    const doc = await loadDocumentToDecide(em, input.id)
    kindOf(doc)
    // Printing is reading: the same need-to-know as documents.get.
    await assertMayOpen(em, ctx.user, doc, kindOf(doc))
    const earlier = await em.getRepository(AuditEventEntity).countBy({ entityType: 'document', entityId: doc.id, action: PRINT_ACTION })
    const copy = earlier + 1
    await appendAuditEvent(em, {
      at: ctx.at, actor: ctx.user, role: null, action: PRINT_ACTION, entityType: 'document', entityId: doc.id, docNo: doc.docNo, details: { copy },
    })
    return { copy }
  })

/** R19: the monthly closing run (关闭清理), by the administrator. */
const runClosing: Handler<'documents.closeMonth'> = (input, ctx) =>
  ctx.db.transaction(async (em) => ({ closed: await closeMonth(em, input.month, ctx) }), CLOSING_ISOLATION)

export const documentsHandlers = {
  'documents.closeMonth': runClosing,
  'documents.get': get,
  'documents.findByNumber': findByNumber,
  'documents.act': act,
  'documents.approveMany': approveMany,
  'documents.recordPrint': recordPrint,
}
