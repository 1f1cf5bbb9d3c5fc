import type { Lifecycle } from '../../../shared/doc-types'
import type { DocumentAction } from '../../../shared/document-states'
import type { ErrorCode } from '../../../shared/errors'
import type { RoleKey } from '../../../shared/roles'
import { holds } from './conditions'
import type { RouteEntry, StepDefinition, WorkflowDefinition } from './definition'
import type { Facts } from './facts'
import { planRoute, type Coverage, type Manager } from './plan-route'
import { signaturesNeeded, stepRoles } from './step-roles'

// The one transition function (issue 9): state, route, action and actor in; the next position, the
// tasks to close and open, and the audit event's content out. Pure: workflow/apply-action.ts writes
// what it says inside the action's transaction, and the ten-year generator (scripts/seed/bulk) writes
// the same rows in bulk, so the two can never drift apart.

/** Where a document stands, as the engine's columns hold it. */
export interface Position {
  state: string
  closed: boolean
  drafterUserId: number
  currentStep: string | null
  route: RouteEntry[] | null
  round: number
  /** The last person who signed this round (R3: nobody yet ⇒ the drafter may still withdraw). */
  lastSignerUserId: number | null
}

export interface Actor {
  id: number
  roles: readonly RoleKey[]
  /**
   * 代理审批: the actor signs as deputy of this signer, in the signer's role. R20 holds for both: the
   * step must be one the principal could sign, and the deputy must not have drafted the document nor
   * signed this step or the one before it.
   */
  onBehalfOf?: { id: number; roles: readonly RoleKey[] }
}

export interface TransitionInput {
  def: WorkflowDefinition
  lifecycle: Lifecycle
  position: Position
  action: DocumentAction
  actor: Actor
  comment: string | null
  /** The document's facts at this moment: submit needs them, and approve when a step is evaluated on entry or a block is checked at every step. */
  facts?: Facts
  /** submit: the drafter's manager (named on a drafter's-manager step if they hold its role). */
  manager?: Manager | null
  /** submit: an authority the route must cover (R1), from the type. */
  coverage?: Coverage | null
  /** void: the numbers of live documents made from this one (R24). */
  liveDependants?: readonly string[]
}

export interface TaskToOpen {
  stepKey: string
  stepName: string
  role: RoleKey | null
  assigneeUserId: number | null
}

export type Refusal = { ok: false; code: ErrorCode; message?: string; details?: unknown }

export interface Moved {
  ok: true
  /** The role the actor acted in (R21: always one they hold), or null for the drafter's own actions. */
  role: RoleKey | null
  /** The new position; for a comment the same one (it still takes the version). */
  next: Position
  /** Which open tasks the action closes: all of the document's, one countersign role's, or none. */
  close: { all: true } | { role: RoleKey } | null
  open: TaskToOpen[]
  /** The chain has just completed (the type's onApproved runs). */
  completed: boolean
  audit: { fromState: string | null; toState: string | null; details: { step: string | null; round: number } }
}

export type TransitionResult = Moved | Refusal

export const REVISE_TASK = { stepKey: 'revise', stepName: '修改后重新提交' } as const

const refuse = (code: ErrorCode, message?: string, details?: unknown): Refusal =>
  message === undefined ? { ok: false, code } : { ok: false, code, message, details }

const stepOf = (def: WorkflowDefinition, key: string | null): StepDefinition | undefined => def.steps.find((s) => s.key === key)

function tasksFor(step: StepDefinition, entry: RouteEntry): TaskToOpen[] {
  const signed = new Set((entry.signatures ?? []).map((s) => s.role))
  if (entry.assigneeUserId !== null) return [{ stepKey: step.key, stepName: step.name, role: stepRoles(step)[0]!, assigneeUserId: entry.assigneeUserId }]
  return stepRoles(step)
    .filter((role) => !signed.has(role))
    .map((role) => ({ stepKey: step.key, stepName: step.name, role, assigneeUserId: null }))
}

/** The first block (R9: a customer rated "block") that holds at this point, as a refusal. */
function blocked(def: WorkflowDefinition, facts: Facts | undefined, atSubmit: boolean): Refusal | null {
  for (const block of def.blocks ?? []) {
    if (!atSubmit && block.at !== 'everyStep') continue
    if (facts && holds(block.when, facts)) return refuse(block.refuse)
  }
  return null
}

/**
 * Enters the route at `from`: a step evaluated on entry whose condition does not hold now is marked
 * skipped. Returns the route and the entry that now waits, or null when the chain is complete.
 */
function enter(def: WorkflowDefinition, route: RouteEntry[], from: number, facts: Facts | undefined): { route: RouteEntry[]; at: RouteEntry | null } {
  const next = route.map((e) => ({ ...e }))
  for (let i = from; i < next.length; i++) {
    const step = stepOf(def, next[i]!.key)
    if (step?.when && step.evaluate === 'enter' && !holds(step.when, facts ?? {})) {
      next[i]!.skipped = true
      continue
    }
    return { route: next, at: next[i]! }
  }
  return { route: next, at: null }
}

/** The signers of the step before the current one this round (R20: nobody signs two successive steps). */
function previousSigners(route: RouteEntry[], index: number, lastSigner: number | null, current: RouteEntry): number[] {
  for (let i = index - 1; i >= 0; i--) {
    const entry = route[i]!
    if (entry.skipped) continue
    const signers = (entry.signatures ?? []).flatMap((s) => (s.onBehalfOf === undefined ? [s.userId] : [s.userId, s.onBehalfOf]))
    // Routes stored before countersigns kept no signatures: the last signer is the previous step's.
    if (signers.length === 0 && (current.signatures ?? []).length === 0 && lastSigner !== null) return [lastSigner]
    return signers
  }
  return []
}

/** Whether `actor` may sign the current step, and in which role (R3, R20, R21); a deputy in the principal's. */
export function signingRole(def: WorkflowDefinition, position: Position, actor: Actor): { ok: true; role: RoleKey; index: number } | Refusal {
  if (actor.onBehalfOf) return deputySigningRole(def, position, actor, actor.onBehalfOf)
  if (position.state !== 'pending' || !position.currentStep || !position.route) return refuse('ACTION_NOT_ALLOWED')
  const step = stepOf(def, position.currentStep)
  const index = position.route.findIndex((e) => e.key === position.currentStep)
  const entry = position.route[index]
  if (!step || !entry) return refuse('ACTION_NOT_ALLOWED')
  const signatures = entry.signatures ?? []
  let role: RoleKey | undefined
  if (entry.assigneeUserId !== null) {
    if (entry.assigneeUserId !== actor.id) return refuse('NOT_YOUR_STEP')
    role = stepRoles(step).find((r) => actor.roles.includes(r))
    // The named approver must still hold the step's role: the trail never records a role they lack.
    if (!role) return refuse('APPROVER_LACKS_ROLE')
  } else {
    if (signatures.some((s) => s.userId === actor.id || s.onBehalfOf === actor.id)) return refuse('ALREADY_COUNTERSIGNED')
    const open = stepRoles(step).filter((r) => !signatures.some((s) => s.role === r))
    role = open.find((r) => actor.roles.includes(r))
    if (!role) return refuse('NOT_YOUR_STEP')
  }
  if (position.drafterUserId === actor.id) return refuse('SELF_APPROVAL')
  if (previousSigners(position.route, index, position.lastSignerUserId, entry).includes(actor.id)) return refuse('SUCCESSIVE_SIGNATURE')
  return { ok: true, role, index }
}

/**
 * R20 for a deputy: first everything the principal would be refused (not their step, their own draft,
 * their successive signature), then the deputy's own person — drafter, already a signer of this step,
 * or of the step before — as if the deputy signed for themself.
 */
function deputySigningRole(def: WorkflowDefinition, position: Position, actor: Actor, principal: { id: number; roles: readonly RoleKey[] }) {
  const verdict = signingRole(def, position, principal)
  if (!verdict.ok) return verdict
  const entry = position.route![verdict.index]!
  if (position.drafterUserId === actor.id) return refuse('SELF_APPROVAL')
  const signedHere = (entry.signatures ?? []).some((s) => s.userId === actor.id || s.onBehalfOf === actor.id)
  if (signedHere) return refuse('ALREADY_COUNTERSIGNED')
  if (previousSigners(position.route!, verdict.index, position.lastSignerUserId, entry).includes(actor.id)) return refuse('SUCCESSIVE_SIGNATURE')
  return verdict
}

function submit(input: TransitionInput): TransitionResult {
  const { def, position: p, actor, lifecycle } = input
  if (!lifecycle.editable.includes(p.state)) return refuse('ACTION_NOT_ALLOWED')
  if (p.drafterUserId !== actor.id) return refuse('NOT_DRAFTER')
  const block = blocked(def, input.facts, true)
  if (block) return block
  const planned = planRoute(def, input.facts ?? {}, input.manager ?? null, input.coverage ?? null)
  if (!planned.ok) return refuse(planned.code, planned.message, planned.details)
  const { route, at } = enter(def, planned.route, 0, input.facts)
  const round = p.round + 1
  const base = { ...p, route, round, lastSignerUserId: null }
  const audit = { fromState: p.state, details: { step: p.currentStep, round } }
  if (!at) return { ok: true, role: null, next: { ...base, state: 'approved', currentStep: null }, close: { all: true }, open: [], completed: true, audit: { ...audit, toState: 'approved' } }
  return {
    ok: true, role: null, next: { ...base, state: 'pending', currentStep: at.key }, close: { all: true },
    open: tasksFor(stepOf(def, at.key)!, at), completed: false, audit: { ...audit, toState: 'pending' },
  }
}

function approve(input: TransitionInput): TransitionResult {
  const { def, position: p, actor } = input
  const verdict = signingRole(def, p, actor)
  if (!verdict.ok) return verdict
  const route = p.route!.map((e) => ({ ...e }))
  const entry = route[verdict.index]!
  const signature = actor.onBehalfOf ? { userId: actor.id, role: verdict.role, onBehalfOf: actor.onBehalfOf.id } : { userId: actor.id, role: verdict.role }
  entry.signatures = [...(entry.signatures ?? []), signature]
  const step = stepOf(def, entry.key)!
  const audit = { fromState: p.state, details: { step: p.currentStep, round: p.round } }
  const signed = { ...p, route, lastSignerUserId: actor.id }
  // 会签: until enough have signed, the step stays; only the signer's role task closes.
  if (entry.signatures.length < signaturesNeeded(step)) {
    return { ok: true, role: verdict.role, next: signed, close: { role: verdict.role }, open: [], completed: false, audit: { ...audit, toState: 'pending' } }
  }
  const block = blocked(def, input.facts, false)
  if (block) return block
  const { route: entered, at } = enter(def, route, verdict.index + 1, input.facts)
  if (!at) {
    return { ok: true, role: verdict.role, next: { ...signed, route: entered, state: 'approved', currentStep: null }, close: { all: true }, open: [], completed: true, audit: { ...audit, toState: 'approved' } }
  }
  return {
    ok: true, role: verdict.role, next: { ...signed, route: entered, state: 'pending', currentStep: at.key }, close: { all: true },
    open: tasksFor(stepOf(def, at.key)!, at), completed: false, audit: { ...audit, toState: 'pending' },
  }
}

function reject(input: TransitionInput): TransitionResult {
  const verdict = signingRole(input.def, input.position, input.actor)
  if (!verdict.ok) return verdict
  if (!input.comment) return refuse('REASON_REQUIRED')
  const p = input.position
  return {
    ok: true, role: verdict.role, next: { ...p, state: 'rejected', currentStep: null, lastSignerUserId: null }, close: { all: true },
    open: [{ ...REVISE_TASK, role: null, assigneeUserId: p.drafterUserId }], completed: false,
    audit: { fromState: p.state, toState: 'rejected', details: { step: p.currentStep, round: p.round } },
  }
}

/** Moves the drafter makes: withdraw before the first signature (R3), void while nothing depends on it (R24), close when finished (R19). */
function drafterMove(input: TransitionInput, to: string | null): TransitionResult {
  const p = input.position
  const closing = to === null
  const next = closing ? { ...p, closed: true } : { ...p, state: to, currentStep: null, lastSignerUserId: null }
  return {
    ok: true, role: null, next, close: { all: true }, open: [], completed: false,
    audit: { fromState: p.state, toState: next.state, details: { step: p.currentStep, round: p.round } },
  }
}

/** What `action` does to a document now, or why it may not. */
export function transition(input: TransitionInput): TransitionResult {
  const { position: p, actor, lifecycle } = input
  // R19: a closed document is read-only, comments included.
  if (p.closed) return refuse('DOCUMENT_CLOSED')
  const isDrafter = p.drafterUserId === actor.id
  switch (input.action) {
    case 'comment':
      return { ok: true, role: null, next: p, close: null, open: [], completed: false, audit: { fromState: null, toState: null, details: { step: p.currentStep, round: p.round } } }
    case 'submit':
      return submit(input)
    case 'approve':
      return approve(input)
    case 'reject':
      return reject(input)
    case 'withdraw':
      if (p.state !== 'pending') return refuse('ACTION_NOT_ALLOWED')
      if (!isDrafter) return refuse('NOT_DRAFTER')
      return p.lastSignerUserId === null ? drafterMove(input, 'withdrawn') : refuse('WITHDRAW_AFTER_SIGNATURE')
    case 'void': {
      if (!lifecycle.voidable.includes(p.state)) return refuse('ACTION_NOT_ALLOWED')
      if (!isDrafter) return refuse('NOT_DRAFTER')
      const dependants = input.liveDependants ?? []
      // R24: voiding follows the chain backwards.
      if (dependants.length) return refuse('VOID_NOT_ALLOWED', `该单据已有后续单据（${dependants.join('、')}），须先作废后续单据`, { dependants })
      return drafterMove(input, 'voided')
    }
    case 'close':
      if (!lifecycle.closable.includes(p.state)) return refuse('NOT_CLOSABLE')
      if (!isDrafter) return refuse('NOT_DRAFTER')
      return drafterMove(input, null)
  }
}

/** The actions that would pass now, in the order the page shows them (facts-free: submit is offered, then checked). */
export function allowedActions(def: WorkflowDefinition, lifecycle: Lifecycle, position: Position, actor: Actor, actions: readonly DocumentAction[]): DocumentAction[] {
  return actions.filter((action) => {
    if (action === 'submit') return !position.closed && lifecycle.editable.includes(position.state) && position.drafterUserId === actor.id
    return transition({ def, lifecycle, position, action, actor, comment: action === 'reject' ? '—' : null }).ok
  })
}
