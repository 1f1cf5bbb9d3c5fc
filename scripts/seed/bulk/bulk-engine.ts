import type { DocumentType } from '../../../shared/document-number'
import type { DocumentAction, DocumentState } from '../../../shared/document-states'
import type { RoleKey } from '../../../shared/roles'
import { checkAction } from '../../../electron/core/workflow/can-act'
import type { DocumentFacts, RouteEntry, WorkflowDefinition } from '../../../electron/core/workflow/definition'
import { NO_FACTS } from '../../../electron/core/workflow/document-kind'
import { planRoute } from '../../../electron/core/workflow/plan-route'
import { iso } from '../calendar'
import type { OfficeRows } from './office-rows'

// workflow/apply-action.ts and create-document.ts replayed on raw rows: the same role and R20 check
// (the engine's own pure checkAction), the same route planning (planRoute), the same state, version,
// task and audit rows, in the same order. Only the reads are gone: the document lives in memory.

export interface Person {
  id: number
  name: string
  login: string
  roles: RoleKey[]
  managerUserId: number | null
}

/** A document as the engine's row holds it, kept in memory while it still moves. */
export interface LiveDocument {
  id: number
  docType: DocumentType
  docNo: string
  title: string
  customerName: string | null
  amountFen: number | null
  drafter: Person
  state: DocumentState
  version: number
  currentStep: string | null
  route: RouteEntry[] | null
  round: number
  lastSignerUserId: number | null
}

export interface ActOptions {
  comment?: string
  /** The document type's facts for its chain's conditions (submit only). */
  facts?: DocumentFacts
  /** What the type does when its chain completes (a credit change takes effect), before the audit event. */
  onApproved?: (doc: LiveDocument, at: string) => void
}

export class BulkEngine {
  constructor(
    private readonly rows: OfficeRows,
    private readonly definitions: ReadonlyMap<string, WorkflowDefinition>,
  ) {}

  definition(docType: string): WorkflowDefinition {
    const def = this.definitions.get(docType)
    if (!def) throw new Error(`no workflow definition for ${docType}`)
    return def
  }

  /** createDocument: a draft with its R22 number and the 'create' audit event. */
  create(docType: DocumentType, header: { title: string; customerName: string | null; amountFen: number | null }, drafter: Person, atMs: number): LiveDocument {
    const at = iso(atMs)
    const docNo = this.rows.nextNumber(docType, at)
    const id = this.rows.document({ docType, docNo, ...header, drafterUserId: drafter.id, drafterName: drafter.name, at })
    this.audit(at, drafter, null, 'create', id, docNo, null, 'draft', null, null)
    return { id, docType, docNo, ...header, drafter, state: 'draft', version: 1, currentStep: null, route: null, round: 0, lastSignerUserId: null }
  }

  /** updateDraftHeader: an edited draft, rejected or withdrawn document (amount, customer, title). */
  edit(doc: LiveDocument, header: { title: string; customerName: string | null; amountFen: number | null }, atMs: number): void {
    if (!['draft', 'rejected', 'withdrawn'].includes(doc.state)) throw new Error(`${doc.docNo} is ${doc.state}, not editable`)
    const at = iso(atMs)
    this.rows.header({ id: doc.id, version: doc.version, ...header, at })
    Object.assign(doc, header, { version: doc.version + 1 })
    this.audit(at, doc.drafter, null, 'edit', doc.id, doc.docNo, null, null, null, null)
  }

  /** applyAction: check, move under the version, close and open tasks, then exactly one audit event. */
  act(doc: LiveDocument, action: DocumentAction, actor: Person, atMs: number, options: ActOptions = {}): void {
    const def = this.definition(doc.docType)
    const position = { state: doc.state, drafterUserId: doc.drafter.id, currentStep: doc.currentStep, route: doc.route, lastSignerUserId: doc.lastSignerUserId, closed: false }
    const verdict = checkAction(def, position, actor, action)
    if (!verdict.ok) throw new Error(`${actor.name} may not ${action} ${doc.docNo} (${doc.state}): ${verdict.code}`)
    const comment = options.comment?.trim() || null
    if (action === 'reject' && !comment) throw new Error('a rejection needs its reason')
    const at = iso(atMs)
    const stepBefore = doc.currentStep
    const next = this.nextPosition(doc, def, action, actor, options.facts ?? NO_FACTS)
    const before = doc.state
    // A comment moves nothing but still takes the lock: the same row, one version later.
    const to = next ?? doc
    this.rows.move({
      id: doc.id, version: doc.version, state: to.state, currentStep: to.currentStep, route: to.route ? JSON.stringify(to.route) : null,
      round: to.round, lastSignerUserId: to.lastSignerUserId, at,
    })
    doc.version++
    if (next) {
      this.rows.closeTasks(doc.id, actor.id, action, at)
      Object.assign(doc, next)
      if (next.state === 'pending') this.openStepTask(doc, def, at)
      if (next.state === 'rejected') this.openTask(doc, 'revise', '修改后重新提交', null, doc.drafter.id, at)
      if (next.state === 'approved') options.onApproved?.(doc, at)
    }
    this.audit(at, actor, verdict.role, action, doc.id, doc.docNo, next ? before : null, next ? next.state : null, comment, JSON.stringify({ step: stepBefore, round: doc.round }))
  }

  private nextPosition(doc: LiveDocument, def: WorkflowDefinition, action: DocumentAction, actor: Person, facts: DocumentFacts) {
    const keep = { route: doc.route, round: doc.round }
    switch (action) {
      case 'comment':
        return null
      case 'submit': {
        const planned = planRoute(def, facts, doc.drafter.managerUserId)
        const first = planned[0]
        return first
          ? { state: 'pending' as const, currentStep: first.key, route: planned, round: doc.round + 1, lastSignerUserId: null }
          : { state: 'approved' as const, currentStep: null, route: planned, round: doc.round + 1, lastSignerUserId: null }
      }
      case 'approve': {
        const index = doc.route!.findIndex((e) => e.key === doc.currentStep)
        const following = doc.route![index + 1]
        return following
          ? { state: 'pending' as const, currentStep: following.key, ...keep, lastSignerUserId: actor.id }
          : { state: 'approved' as const, currentStep: null, ...keep, lastSignerUserId: actor.id }
      }
      case 'reject':
        return { state: 'rejected' as const, currentStep: null, ...keep, lastSignerUserId: null }
      case 'withdraw':
        return { state: 'withdrawn' as const, currentStep: null, ...keep, lastSignerUserId: null }
      case 'void':
        return { state: 'voided' as const, currentStep: null, ...keep, lastSignerUserId: null }
    }
  }

  /** openStepTask: for the person the route names, else for every holder of the step's role. */
  private openStepTask(doc: LiveDocument, def: WorkflowDefinition, at: string): void {
    const entry = doc.route!.find((e) => e.key === doc.currentStep)!
    const step = def.steps.find((s) => s.key === entry.key)!
    const role = step.actor.kind === 'role' ? step.actor.role : step.actor.fallbackRole
    this.openTask(doc, step.key, step.name, role, entry.assigneeUserId, at)
  }

  /** openFollowUpTask: work the completed chain hands on (the sales head makes the approved application's contract). */
  openFollowUp(doc: LiveDocument, task: { stepKey: string; stepName: string; role: string }, at: string): void {
    this.openTask(doc, task.stepKey, task.stepName, task.role, null, at)
  }

  private openTask(doc: LiveDocument, stepKey: string, stepName: string, role: string | null, assigneeUserId: number | null, at: string): void {
    this.rows.task({
      documentId: doc.id, docType: doc.docType, docNo: doc.docNo, title: doc.title, customerName: doc.customerName, amountFen: doc.amountFen,
      drafterName: doc.drafter.name, stepKey, stepName, role, assigneeUserId, openedAt: at,
    })
  }

  /** Who acts at the current step: the person the route names, or null for anyone holding the role. */
  currentSigner(doc: LiveDocument): { role: RoleKey; assigneeUserId: number | null } {
    const entry = doc.route?.find((e) => e.key === doc.currentStep)
    const step = this.definition(doc.docType).steps.find((s) => s.key === doc.currentStep)
    if (!entry || !step) throw new Error(`${doc.docNo} waits at no step`)
    return { role: step.actor.kind === 'role' ? step.actor.role : step.actor.fallbackRole, assigneeUserId: entry.assigneeUserId }
  }

  audit(at: string, actor: Person | null, role: string | null, action: string, entityId: number | null, docNo: string | null,
    fromState: string | null, toState: string | null, comment: string | null, details: string | null, entityType = 'document'): void {
    this.rows.audit({ at, userId: actor?.id ?? null, userName: actor?.name ?? '系统', role, action, entityType, entityId, docNo, fromState, toState, comment, details })
  }
}
