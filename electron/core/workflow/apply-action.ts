import type { EntityManager } from 'typeorm'
import type { DocumentAction } from '../../../shared/document-states'
import { AppError } from '../../../shared/errors'
import { appendAuditEvent } from '../audit/append-audit-event'
import { rolesOf } from '../auth/signed-in-user'
import { DocumentEntity, UserEntity, type DocumentRow } from '../db/entities'
import { findRowBy } from '../db/find-rows'
import { lockRow } from '../db/locks'
import { updateWithVersion } from '../db/update-with-version'
import { chainForDocument } from './definitions-store'
import type { WorkflowDefinition } from './definition'
import type { ActionContext, DocumentKind } from './document-kind'
import { actingAs } from '../deputies/acting-as'
import { liveDependants } from './links'
import { parseRoute, type Manager } from './plan-route'
import { closeOpenTasks, openTask } from './tasks'
import { transition, type Position } from './transition'

export interface ActionRequest {
  /** The version the user saw: a stale one changes nothing (STALE_VERSION). */
  version: number
  action: DocumentAction
  comment?: string
}

export async function loadDocument(em: EntityManager, id: number): Promise<DocumentRow> {
  const doc = await findRowBy(em, DocumentEntity, { id })
  if (!doc) throw new AppError('DOCUMENT_NOT_FOUND')
  return doc
}

/**
 * The document a transaction is about to decide on, locked first (locks.ts): of two people acting on it
 * at once, the second waits and then reads the first one's committed version, so it is refused with
 * STALE_VERSION (or the state's own refusal) instead of deciding on what it saw before.
 */
export async function loadDocumentToDecide(em: EntityManager, id: number): Promise<DocumentRow> {
  await lockRow(em, 'documents', id)
  return loadDocument(em, id)
}

/** The engine's columns of a document as the transition function reads them. */
export function positionOf(doc: DocumentRow): Position {
  return {
    state: doc.state, closed: doc.closedAt !== null, drafterUserId: doc.drafterUserId, currentStep: doc.currentStep,
    route: parseRoute(doc.route), round: doc.round, lastSignerUserId: doc.lastSignerUserId,
  }
}

/** Facts are read only when the transition can use them: at submit, or on entering a step whose condition is read then. */
function needsFacts(def: WorkflowDefinition, action: DocumentAction): boolean {
  if (action === 'submit') return true
  if (action !== 'approve') return false
  return def.steps.some((s) => s.evaluate === 'enter') || (def.blocks ?? []).some((b) => b.at === 'everyStep')
}

async function managerOf(em: EntityManager, drafterUserId: number): Promise<Manager | null> {
  const drafter = await em.getRepository(UserEntity).findOneByOrFail({ id: drafterUserId })
  if (drafter.managerUserId === null) return null
  return { id: drafter.managerUserId, roles: await rolesOf(em, drafter.managerUserId) }
}

/**
 * The one function that changes a document's state, inside the caller's transaction: the pure
 * transition (workflow/transition.ts) decides — version, role and R20, the type's lifecycle, R24's
 * dependants, R1's coverage — and this writes what it says: the state under an explicit version
 * check, tasks closed and opened, the type's onApproved, and exactly one audit event (R21). Any
 * refusal leaves nothing behind. The chain used is returned for the view.
 */
export async function applyAction(em: EntityManager, kind: DocumentKind, doc: DocumentRow, request: ActionRequest, ctx: ActionContext): Promise<WorkflowDefinition> {
  if (doc.version !== request.version) throw new AppError('STALE_VERSION')
  const { def, version: chainVersion } = await chainForDocument(em, kind, doc)
  const { action } = request
  const isDrafter = doc.drafterUserId === ctx.user.id
  if (action === 'submit' && isDrafter && doc.closedAt === null) await kind.beforeSubmit?.(em, doc, ctx)
  const facts = needsFacts(def, action) && doc.closedAt === null ? await kind.facts(em, doc, ctx.at) : undefined
  // 代理审批: a signature may be given as a principal's deputy (deputies/acting-as.ts); other moves are one's own.
  const signing = action === 'approve' || action === 'reject'
  const { actor, principal } = signing ? await actingAs(em, def, positionOf(doc), ctx) : { actor: ctx.user, principal: null }
  const result = transition({
    def, lifecycle: kind.lifecycle, position: positionOf(doc), action, actor, comment: request.comment?.trim() || null, facts,
    manager: action === 'submit' && isDrafter ? await managerOf(em, doc.drafterUserId) : null,
    coverage: facts ? (kind.coverage?.(facts) ?? null) : null,
    liveDependants: action === 'void' && isDrafter ? await liveDependants(em, doc.id) : [],
  })
  if (!result.ok) throw new AppError(result.code, result.message, result.details)

  const { next } = result
  const at = ctx.at.toISOString()
  await updateWithVersion(
    em, DocumentEntity, doc.id, doc.version,
    {
      state: next.state, currentStep: next.currentStep, route: next.route ? JSON.stringify(next.route) : null, round: next.round,
      lastSignerUserId: next.lastSignerUserId, ...(next.closed && !doc.closedAt ? { closedAt: at } : {}),
      // A submit plans the route under the chain in force; the document keeps that version to the end.
      ...(action === 'submit' ? { chainVersion } : {}),
    },
    ctx.at,
  )
  if (result.close) await closeOpenTasks(em, doc.id, ctx.user.id, action, ctx.at, 'role' in result.close ? result.close.role : undefined)
  const moved: DocumentRow = {
    ...doc, state: next.state, currentStep: next.currentStep, route: next.route ? JSON.stringify(next.route) : null, round: next.round,
    chainVersion: action === 'submit' ? chainVersion : doc.chainVersion,
  }
  for (const task of result.open) await openTask(em, moved, task, ctx.at)
  if (result.completed) await kind.onApproved?.(em, moved, ctx)
  if (action === 'void') await kind.onVoided?.(em, doc, ctx)
  await appendAuditEvent(em, {
    at: ctx.at, actor: ctx.user, onBehalfOf: principal, role: result.role, action, entityType: 'document', entityId: doc.id, docNo: doc.docNo,
    fromState: result.audit.fromState, toState: result.audit.toState, comment: request.comment?.trim() || null, details: result.audit.details,
  })
  return def
}
