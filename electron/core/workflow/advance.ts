import type { EntityManager } from 'typeorm'
import { businessTransition, lifecycleOf } from '../../../shared/doc-types'
import { appendAuditEvent } from '../audit/append-audit-event'
import { DocumentEntity, type DocumentRow } from '../db/entities'
import { updateWithVersion } from '../db/update-with-version'
import type { ActionContext } from './document-kind'
import { closeOpenTasks } from './tasks'

/**
 * A business transition of the type's lifecycle (shared/doc-types/<type>): something that happened
 * elsewhere moves this document on (its contract was made: the application is 已转合同). Refused
 * unless the lifecycle has the transition from the document's state; its open tasks are done (unless the
 * transition keeps them: 部分入库); one
 * audit event (R21).
 */
export async function advanceDocument(em: EntityManager, doc: DocumentRow, event: string, ctx: ActionContext, closedAction = event): Promise<DocumentRow> {
  const lifecycle = lifecycleOf(doc.docType)
  const step = lifecycle ? businessTransition(lifecycle, event, doc.state) : undefined
  if (!step) throw new Error(`${doc.docNo} (${doc.docType}, ${doc.state}) has no transition for ${event}`)
  await updateWithVersion(em, DocumentEntity, doc.id, doc.version, { state: step.to }, ctx.at)
  if (!step.keepsTasks) await closeOpenTasks(em, doc.id, ctx.user.id, closedAction, ctx.at)
  await appendAuditEvent(em, {
    at: ctx.at, actor: ctx.user, role: null, action: ADVANCE_ACTION, entityType: 'document', entityId: doc.id,
    docNo: doc.docNo, fromState: doc.state, toState: step.to, comment: step.label, details: { event },
  })
  return { ...doc, state: step.to, version: doc.version + 1, updatedAt: ctx.at.toISOString() }
}

/** The audit action of a business transition (its event in the details). */
export const ADVANCE_ACTION = 'advance'
