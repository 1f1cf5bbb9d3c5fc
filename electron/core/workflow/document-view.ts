import type { EntityManager } from 'typeorm'
import type { ChainStepView, DocumentHeaderDto, DocumentView, TrailEntry } from '../../../shared/api'
import type { DocumentType } from '../../../shared/document-number'
import { PRINT_ACTION, type DocumentState } from '../../../shared/document-states'
import { ROLES, type RoleKey } from '../../../shared/roles'
import { AuditEventEntity, UserEntity, type AuditEventRow, type DocumentRow } from '../db/entities'
import { allowedActions } from './can-act'
import { describe as describeCondition, holds } from './conditions'
import { loadDefinition } from './definitions-store'
import type { RouteEntry, StepDefinition, WorkflowDefinition } from './definition'
import type { ActionContext, DocumentKind } from './document-kind'
import { parseRoute } from './plan-route'

export function headerDto(doc: DocumentRow): DocumentHeaderDto {
  return {
    id: doc.id, docType: doc.docType as DocumentType, docNo: doc.docNo, title: doc.title, state: doc.state as DocumentState,
    currentStep: doc.currentStep, version: doc.version, drafterUserId: doc.drafterUserId, drafterName: doc.drafterName,
    customerName: doc.customerName, amountFen: doc.amountFen, createdAt: doc.createdAt, updatedAt: doc.updatedAt, closedAt: doc.closedAt,
  }
}

function roleOf(step: StepDefinition): RoleKey {
  return step.actor.kind === 'role' ? step.actor.role : step.actor.fallbackRole
}

/** Signatures of the current round, by step: the chain shows who signed which step, when, and what they said. */
function signaturesOf(trail: AuditEventRow[], round: number): Map<string, AuditEventRow> {
  const signed = new Map<string, AuditEventRow>()
  for (const event of trail) {
    if (event.action !== 'approve' || !event.details) continue
    const details = JSON.parse(event.details) as { step?: string; round?: number }
    if (details.round === round && details.step) signed.set(details.step, event)
  }
  return signed
}

async function chainOf(em: EntityManager, kind: DocumentKind, def: WorkflowDefinition, doc: DocumentRow, trail: AuditEventRow[]): Promise<ChainStepView[]> {
  const route = parseRoute(doc.route)
  const submitted = route !== null && ['pending', 'approved'].includes(doc.state)
  // Before submit (or after a rejection) the chain is a preview from today's facts.
  const facts = submitted ? null : await kind.facts(em, doc)
  const names = new Map<number, string>()
  const assignees = (route ?? []).map((e) => e.assigneeUserId).filter((id): id is number => id !== null)
  if (assignees.length) for (const u of await em.getRepository(UserEntity).findBy(assignees.map((id) => ({ id })))) names.set(u.id, u.name)
  const signed = signaturesOf(trail, doc.round)
  return def.steps.map((step): ChainStepView => {
    const entry: RouteEntry | undefined = route?.find((e) => e.key === step.key)
    const included = submitted ? entry !== undefined : !step.when || holds(step.when, facts!)
    const signature = submitted ? signed.get(step.key) : undefined
    const isCurrent = doc.state === 'pending' && doc.currentStep === step.key
    const named = entry?.assigneeUserId != null ? names.get(entry.assigneeUserId) : undefined
    const actorLabel = named ?? (step.actor.kind === 'drafterManager' ? `${ROLES[roleOf(step)]}（起草人上级）` : ROLES[roleOf(step)])
    const status = !included ? 'skipped' : signature && !isCurrent ? 'done' : isCurrent ? 'current' : 'waiting'
    return {
      key: step.key,
      name: step.when ? `${step.name}（${describeCondition(step.when)}）` : step.name,
      actorLabel,
      status,
      signedBy: signature?.userName ?? null,
      signedRole: (signature?.role as RoleKey | null) ?? null,
      signedAt: signature?.at ?? null,
      comment: signature?.comment ?? null,
    }
  })
}

/** Everything the document page shows, for this user: header, chain, trail, allowed actions, body. */
export async function documentView(
  em: EntityManager, kind: DocumentKind, doc: DocumentRow, ctx: ActionContext, chain?: WorkflowDefinition,
): Promise<DocumentView> {
  const trailRows = await em.getRepository(AuditEventEntity).find({ where: { entityType: 'document', entityId: doc.id }, order: { id: 'ASC' } })
  // After an action, the chain it was checked against (same transaction): no second read.
  const def = chain ?? (await loadDefinition(em, doc.docType))
  const position = {
    state: doc.state as DocumentState, drafterUserId: doc.drafterUserId, currentStep: doc.currentStep, route: parseRoute(doc.route),
    lastSignerUserId: doc.lastSignerUserId, closed: doc.closedAt !== null,
  }
  const trail: TrailEntry[] = trailRows.map((e) => ({
    at: e.at, userName: e.userName, role: e.role as RoleKey | null, action: e.action, fromState: e.fromState, toState: e.toState, comment: e.comment,
  }))
  return {
    header: headerDto(doc),
    chain: await chainOf(em, kind, def, doc, trailRows),
    trail,
    actions: allowedActions(def, position, ctx.user),
    body: await kind.body(em, doc),
    printCount: trailRows.filter((e) => e.action === PRINT_ACTION).length,
  }
}
