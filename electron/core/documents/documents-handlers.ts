import type { WorkflowDto } from '../../../shared/api'
import { AppError } from '../../../shared/errors'
import { PRINT_ACTION } from '../../../shared/document-states'
import { appendAuditEvent } from '../audit/append-audit-event'
import { AuditEventEntity, type DocumentRow } from '../db/entities'
import type { Handler } from '../router/call-context'
import { applyAction, loadDocument } from '../workflow/apply-action'
import { describe } from '../workflow/conditions'
import { loadAllDefinitions } from '../workflow/definitions-store'
import { documentView } from '../workflow/document-view'
import { DOCUMENT_KINDS } from './document-kinds'

function kindOf(doc: DocumentRow) {
  const kind = DOCUMENT_KINDS[doc.docType as keyof typeof DOCUMENT_KINDS]
  if (!kind) throw new AppError('DOCUMENT_NOT_FOUND')
  return kind
}

const get: Handler<'documents.get'> = (input, ctx) =>
  ctx.db.read(async (em) => {
    const doc = await loadDocument(em, input.id)
    return documentView(em, kindOf(doc), doc, ctx)
  })

/** Every workflow action, one transaction each (DESIGN.md "One transaction per action"). */
const act: Handler<'documents.act'> = (input, ctx) =>
  ctx.db.transaction(async (em) => {
    const doc = await loadDocument(em, input.id)
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
    const doc = await loadDocument(em, input.id)
    kindOf(doc)
    const earlier = await em.getRepository(AuditEventEntity).countBy({ entityType: 'document', entityId: doc.id, action: PRINT_ACTION })
    const copy = earlier + 1
    await appendAuditEvent(em, {
      at: ctx.at, actor: ctx.user, role: null, action: PRINT_ACTION, entityType: 'document', entityId: doc.id, docNo: doc.docNo, details: { copy },
    })
    return { copy }
  })

const listWorkflows: Handler<'workflow.list'> = (_input, ctx) =>
  ctx.db.read(async (em) =>
    (await loadAllDefinitions(em)).map(
      (def): WorkflowDto => ({
        docType: def.docType,
        name: def.name,
        drafterRoles: def.drafterRoles,
        steps: def.steps.map((s) => ({ key: s.key, name: s.name, actor: s.actor, condition: s.when ? describe(s.when) : null })),
      }),
    ),
  )

export const documentsHandlers = {
  'documents.get': get,
  'documents.act': act,
  'workflow.list': listWorkflows,
  'documents.recordPrint': recordPrint,
}
