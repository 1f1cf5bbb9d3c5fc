import type { DocumentAction, DocumentState } from '../../../shared/document-states'
import type { ErrorCode } from '../../../shared/errors'
import type { RoleKey } from '../../../shared/roles'
import type { RouteEntry, StepDefinition, WorkflowDefinition } from './definition'

/** What the rules need to know of a document. */
export interface DocumentPosition {
  state: DocumentState
  drafterUserId: number
  currentStep: string | null
  route: RouteEntry[] | null
  lastSignerUserId: number | null
  closed: boolean
}

export interface Actor {
  id: number
  roles: readonly RoleKey[]
}

export type Verdict = { ok: true; role: RoleKey | null } | { ok: false; code: ErrorCode }

const EDITABLE: readonly DocumentState[] = ['draft', 'rejected', 'withdrawn']
const refuse = (code: ErrorCode): Verdict => ({ ok: false, code })

/** The role a step is signed in, and whether this actor is the one it waits for. */
export function stepActor(step: StepDefinition, entry: RouteEntry, actor: Actor): RoleKey | null {
  const role = step.actor.kind === 'role' ? step.actor.role : step.actor.fallbackRole
  if (entry.assigneeUserId !== null) return entry.assigneeUserId === actor.id ? role : null
  return actor.roles.includes(role) ? role : null
}

/**
 * Whether `actor` may take `action` now, and in which role. Pure: the engine calls it inside the
 * action's transaction, the document page calls it to show buttons, tests call it directly.
 */
export function checkAction(def: WorkflowDefinition, doc: DocumentPosition, actor: Actor, action: DocumentAction): Verdict {
  // R19: a closed document is read-only, comments included.
  if (doc.closed) return refuse('DOCUMENT_CLOSED')
  const isDrafter = doc.drafterUserId === actor.id
  switch (action) {
    case 'comment':
      return { ok: true, role: null }
    case 'submit':
      if (!EDITABLE.includes(doc.state)) return refuse('ACTION_NOT_ALLOWED')
      return isDrafter ? { ok: true, role: null } : refuse('NOT_DRAFTER')
    case 'withdraw':
      if (doc.state !== 'pending') return refuse('ACTION_NOT_ALLOWED')
      if (!isDrafter) return refuse('NOT_DRAFTER')
      // R3: the drafter may withdraw only before the first signature of this round.
      return doc.lastSignerUserId === null ? { ok: true, role: null } : refuse('WITHDRAW_AFTER_SIGNATURE')
    case 'void':
      if (!(def.voidableStates as readonly DocumentState[]).includes(doc.state)) return refuse('ACTION_NOT_ALLOWED')
      return isDrafter ? { ok: true, role: null } : refuse('NOT_DRAFTER')
    case 'approve':
    case 'reject': {
      if (doc.state !== 'pending' || !doc.currentStep) return refuse('ACTION_NOT_ALLOWED')
      const step = def.steps.find((s) => s.key === doc.currentStep)
      const entry = doc.route?.find((e) => e.key === doc.currentStep)
      if (!step || !entry) return refuse('ACTION_NOT_ALLOWED')
      const role = stepActor(step, entry, actor)
      if (!role) return refuse('NOT_YOUR_STEP')
      // R20: nobody approves what they drafted, nobody signs two successive steps.
      if (isDrafter) return refuse('SELF_APPROVAL')
      if (doc.lastSignerUserId === actor.id) return refuse('SUCCESSIVE_SIGNATURE')
      return { ok: true, role }
    }
  }
}

const ALL_ACTIONS: DocumentAction[] = ['submit', 'approve', 'reject', 'withdraw', 'void', 'comment']

export function allowedActions(def: WorkflowDefinition, doc: DocumentPosition, actor: Actor): DocumentAction[] {
  return ALL_ACTIONS.filter((action) => checkAction(def, doc, actor, action).ok)
}
