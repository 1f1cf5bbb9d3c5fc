import type { EntityManager } from 'typeorm'
import type { DocumentAction, DocumentState } from '../../../shared/document-states'
import { AppError } from '../../../shared/errors'
import { appendAuditEvent } from '../audit/append-audit-event'
import { DocumentEntity, UserEntity, type DocumentRow } from '../db/entities'
import { updateWithVersion } from '../db/update-with-version'
import { checkAction } from './can-act'
import { loadDefinition } from './definitions-store'
import type { RouteEntry, WorkflowDefinition } from './definition'
import type { ActionContext, DocumentKind } from './document-kind'
import { parseRoute, planRoute } from './plan-route'
import { closeOpenTasks, openRevisionTask, openStepTask } from './tasks'

export interface ActionRequest {
  /** The version the user saw: a stale one changes nothing (STALE_VERSION). */
  version: number
  action: DocumentAction
  comment?: string
}

interface NextPosition {
  state: DocumentState
  currentStep: string | null
  route: RouteEntry[] | null
  round: number
  lastSignerUserId: number | null
}

export async function loadDocument(em: EntityManager, id: number): Promise<DocumentRow> {
  const doc = await em.getRepository(DocumentEntity).findOneBy({ id })
  if (!doc) throw new AppError('DOCUMENT_NOT_FOUND')
  return doc
}

/**
 * The one function that changes a document's state, inside the caller's transaction: version,
 * role and R20 (checkAction), the type's guards, the state change under an explicit version check,
 * tasks closed and opened, and exactly one audit event (R21). Any refusal leaves nothing behind.
 * `doc` is read by the caller inside the same transaction; the chain used is returned for the view.
 */
export async function applyAction(em: EntityManager, kind: DocumentKind, doc: DocumentRow, request: ActionRequest, ctx: ActionContext): Promise<WorkflowDefinition> {
  if (doc.version !== request.version) throw new AppError('STALE_VERSION')
  const def = await loadDefinition(em, doc.docType)
  const route = parseRoute(doc.route)
  const position = { state: doc.state as DocumentState, drafterUserId: doc.drafterUserId, currentStep: doc.currentStep, route, lastSignerUserId: doc.lastSignerUserId, closed: doc.closedAt !== null }
  const verdict = checkAction(def, position, ctx.user, request.action)
  if (!verdict.ok) throw new AppError(verdict.code)
  const comment = request.comment?.trim() || null
  if (request.action === 'reject' && !comment) throw new AppError('REASON_REQUIRED')

  const stepBefore = doc.currentStep
  const next = await nextPosition(em, kind, def, doc, route, request.action, ctx)
  if (next) {
    await saveWithVersion(em, doc, next, ctx.at)
    await closeOpenTasks(em, doc.id, ctx.user.id, request.action, ctx.at)
    const moved = { ...doc, ...next, route: next.route ? JSON.stringify(next.route) : null }
    if (next.state === 'pending') {
      const entry = next.route!.find((e) => e.key === next.currentStep)!
      await openStepTask(em, moved, def.steps.find((s) => s.key === entry.key)!, entry, ctx.at)
    }
    if (next.state === 'rejected') await openRevisionTask(em, moved, ctx.at)
    if (next.state === 'approved') await kind.onApproved?.(em, moved, ctx)
  } else {
    // A comment changes no state, but still takes the lock: it answers to the version the user saw.
    await saveWithVersion(em, doc, { state: doc.state as DocumentState, currentStep: doc.currentStep, route, round: doc.round, lastSignerUserId: doc.lastSignerUserId }, ctx.at)
  }
  await appendAuditEvent(em, {
    at: ctx.at, actor: ctx.user, role: verdict.role, action: request.action, entityType: 'document', entityId: doc.id, docNo: doc.docNo,
    fromState: next ? doc.state : null, toState: next ? next.state : null, comment,
    details: { step: stepBefore, round: next?.round ?? doc.round },
  })
  return def
}

async function nextPosition(
  em: EntityManager, kind: DocumentKind, def: WorkflowDefinition, doc: DocumentRow, route: RouteEntry[] | null,
  action: DocumentAction, ctx: ActionContext,
): Promise<NextPosition | null> {
  const keep = { route, round: doc.round }
  switch (action) {
    case 'comment':
      return null
    case 'submit': {
      await kind.beforeSubmit?.(em, doc, ctx)
      const drafter = await em.getRepository(UserEntity).findOneByOrFail({ id: doc.drafterUserId })
      const planned = planRoute(def, await kind.facts(em, doc), drafter.managerUserId)
      const first = planned[0]
      // A chain whose every step is conditional and none applies is approved on submit.
      return first
        ? { state: 'pending', currentStep: first.key, route: planned, round: doc.round + 1, lastSignerUserId: null }
        : { state: 'approved', currentStep: null, route: planned, round: doc.round + 1, lastSignerUserId: null }
    }
    case 'approve': {
      const index = route!.findIndex((e) => e.key === doc.currentStep)
      const following = route![index + 1]
      return following
        ? { state: 'pending', currentStep: following.key, ...keep, lastSignerUserId: ctx.user.id }
        : { state: 'approved', currentStep: null, ...keep, lastSignerUserId: ctx.user.id }
    }
    case 'reject':
      return { state: 'rejected', currentStep: null, ...keep, lastSignerUserId: null }
    case 'withdraw':
      return { state: 'withdrawn', currentStep: null, ...keep, lastSignerUserId: null }
    case 'void':
      await kind.beforeVoid?.(em, doc)
      return { state: 'voided', currentStep: null, ...keep, lastSignerUserId: null }
  }
}

/** The state change, under the optimistic lock: a stale action changes nothing. */
async function saveWithVersion(em: EntityManager, doc: DocumentRow, next: NextPosition, at: Date): Promise<void> {
  await updateWithVersion(
    em, DocumentEntity, doc.id, doc.version,
    { state: next.state, currentStep: next.currentStep, route: next.route ? JSON.stringify(next.route) : null, round: next.round, lastSignerUserId: next.lastSignerUserId },
    at,
  )
}
