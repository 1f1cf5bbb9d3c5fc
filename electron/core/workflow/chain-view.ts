import type { EntityManager } from 'typeorm'
import type { ChainStepView } from '../../../shared/api'
import { ROLES, type RoleKey } from '../../../shared/roles'
import { readRows } from '../db/driver-query'
import type { AuditEventRow, DocumentRow } from '../db/entities'
import { describe as describeCondition, holds } from './conditions'
import type { RouteEntry, StepDefinition, WorkflowDefinition } from './definition'
import type { DocumentKind } from './document-kind'
import { parseRoute } from './plan-route'
import { signaturesNeeded, stepRoles } from './step-roles'

/** Signatures of the current round, by step, in the order they were given. */
function signaturesOf(trail: AuditEventRow[], round: number): Map<string, AuditEventRow[]> {
  const signed = new Map<string, AuditEventRow[]>()
  for (const event of trail) {
    if (event.action !== 'approve' || !event.details) continue
    const details = JSON.parse(event.details) as { step?: string; round?: number }
    if (details.round === round && details.step) signed.set(details.step, [...(signed.get(details.step) ?? []), event])
  }
  return signed
}

/** Who signed, as the chain shows it: a deputy's signature names both (代理审批: 李副总 代 张总). */
const signerLabel = (e: AuditEventRow) => (e.onBehalfOfName ? `${e.userName} 代 ${e.onBehalfOfName}` : e.userName)

function actorLabel(step: StepDefinition, named: string | undefined): string {
  if (named) return named
  const roles = stepRoles(step).map((r) => ROLES[r])
  if (step.actor.kind === 'drafterManager') return `${roles[0]}（起草人上级）`
  if (step.actor.kind === 'countersign') return `${roles.join('、')}会签${step.actor.need < roles.length ? `（${step.actor.need} 人即可）` : ''}`
  return roles[0]!
}

const ASSIGNEE_NAMES_SQL = `SELECT id, name FROM users WHERE id IN (:...ids)`

/** The chain as the document page draws it: every step of the definition, with who signed what this round. */
export async function chainOf(em: EntityManager, kind: DocumentKind, def: WorkflowDefinition, doc: DocumentRow, trail: AuditEventRow[]): Promise<ChainStepView[]> {
  const route = parseRoute(doc.route)
  // Before submit (or after a rejection or withdrawal) the chain is a preview from today's facts;
  // once under way or done, it is the route as planned and signed.
  const submitted = route !== null && !kind.lifecycle.editable.includes(doc.state)
  const facts = submitted ? null : await kind.facts(em, doc)
  const names = new Map<number, string>()
  const assignees = (route ?? []).map((e) => e.assigneeUserId).filter((id): id is number => id !== null)
  // Only the names (issue 11: TypeORM's findBy built its SQL and hydrated every column of each user on every view after an action).
  if (assignees.length) for (const u of await readRows<{ id: number; name: string }>(em, ASSIGNEE_NAMES_SQL, { ids: [...new Set(assignees)] })) names.set(Number(u.id), u.name)
  const signed = signaturesOf(trail, doc.round)
  return def.steps.map((step): ChainStepView => {
    const entry: RouteEntry | undefined = route?.find((e) => e.key === step.key)
    const included = submitted ? entry !== undefined && !entry.skipped : !step.when || step.evaluate === 'enter' || holds(step.when, facts!)
    const signatures = submitted ? (signed.get(step.key) ?? []) : []
    const isCurrent = doc.state === 'pending' && doc.currentStep === step.key
    const last = signatures[signatures.length - 1]
    const status = !included ? 'skipped' : isCurrent ? 'current' : signatures.length ? 'done' : 'waiting'
    const when = step.when ? `（${describeCondition(step.when, kind.factSpecs)}）` : ''
    return {
      key: step.key,
      name: `${step.name}${when}`,
      actorLabel: actorLabel(step, entry?.assigneeUserId != null ? names.get(entry.assigneeUserId) : undefined),
      status,
      signedBy: status === 'done' && last ? signerLabel(last) : null,
      signedRole: status === 'done' ? ((last?.role as RoleKey | null) ?? null) : null,
      signedAt: status === 'done' ? (last?.at ?? null) : null,
      comment: status === 'done' ? (last?.comment ?? null) : null,
      countersign:
        step.actor.kind === 'countersign'
          ? {
              need: signaturesNeeded(step), of: step.actor.roles.length,
              signatures: signatures.map((s) => ({ userName: signerLabel(s), role: s.role as RoleKey, at: s.at, comment: s.comment })),
            }
          : null,
    }
  })
}
