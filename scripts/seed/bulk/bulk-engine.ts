import { lifecycleOf } from '../../../shared/doc-types'
import type { DocumentType } from '../../../shared/document-number'
import type { DocumentAction, DocumentState } from '../../../shared/document-states'
import type { RoleKey } from '../../../shared/roles'
import type { RouteEntry, WorkflowDefinition } from '../../../electron/core/workflow/definition'
import type { Facts } from '../../../electron/core/workflow/facts'
import type { Coverage } from '../../../electron/core/workflow/plan-route'
import { stepRoles } from '../../../electron/core/workflow/step-roles'
import { signingRole, transition, type Actor, type Position } from '../../../electron/core/workflow/transition'
import { iso } from '../calendar'
import type { OfficeRows } from './office-rows'

// workflow/apply-action.ts, create-document.ts and advance.ts replayed on raw rows: the engine's own
// pure transition function decides (role, R20, the type's lifecycle, the route, R1's coverage), and
// the same state, version, task, link and audit rows are written in the same order. Only the reads
// are gone: the document lives in memory.

export interface Person {
  id: number
  name: string
  login: string
  roles: RoleKey[]
  managerUserId: number | null
  /** 代理审批: this person signs as the deputy of that one (office-context.ts signerAt, during a trip). */
  deputyFor?: Person
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
  /** The chain version the route was planned under (null before the first submit). */
  chainVersion: number | null
}

export interface ActOptions {
  comment?: string
  /** The document type's facts for its chain's conditions (submit only). */
  facts?: Facts
  /** The authority the route must cover (R1), as the type's kind computes it from the facts. */
  coverage?: Coverage | null
  /** What the type does when its chain completes (a credit change takes effect), before the audit event. */
  onApproved?: (doc: LiveDocument, at: string) => void
}

export class BulkEngine {
  constructor(
    private readonly rows: OfficeRows,
    private readonly definitions: ReadonlyMap<string, { def: WorkflowDefinition; version: number }>,
  ) {}

  /** Looks a person up by id (the office's people, once seated): the drafter's manager at submit. */
  people: ((id: number) => Person | undefined) | null = null

  definition(docType: string): WorkflowDefinition {
    const chain = this.definitions.get(docType)
    if (!chain) throw new Error(`no workflow definition for ${docType}`)
    return chain.def
  }

  /** createDocument: a draft with its R22 number, its links (R24) and the 'create' audit event. */
  create(
    docType: DocumentType, header: { title: string; customerName: string | null; amountFen: number | null }, drafter: Person, atMs: number,
    from: ReadonlyArray<{ id: number; kind: string }> = [],
  ): LiveDocument {
    const at = iso(atMs)
    const docNo = this.rows.nextNumber(docType, at)
    const id = this.rows.document({ docType, docNo, ...header, drafterUserId: drafter.id, drafterName: drafter.name, at })
    for (const source of from) this.rows.link({ fromDocumentId: id, toDocumentId: source.id, kind: source.kind, createdAt: at })
    this.audit(at, drafter, null, 'create', id, docNo, null, 'draft', null, null)
    return { id, docType, docNo, ...header, drafter, state: 'draft', version: 1, currentStep: null, route: null, round: 0, lastSignerUserId: null, chainVersion: null }
  }

  /** updateDraftHeader: an edited draft, rejected or withdrawn document (amount, customer, title). */
  edit(doc: LiveDocument, header: { title: string; customerName: string | null; amountFen: number | null }, atMs: number): void {
    if (!lifecycleOf(doc.docType)?.editable.includes(doc.state)) throw new Error(`${doc.docNo} is ${doc.state}, not editable`)
    const at = iso(atMs)
    this.rows.header({ id: doc.id, version: doc.version, ...header, at })
    Object.assign(doc, header, { version: doc.version + 1 })
    this.audit(at, doc.drafter, null, 'edit', doc.id, doc.docNo, null, null, null, null)
  }

  /** applyAction: the transition decides; move under the version, close and open tasks, then exactly one audit event. */
  act(doc: LiveDocument, action: DocumentAction, actor: Person, atMs: number, options: ActOptions = {}): void {
    const lifecycle = lifecycleOf(doc.docType)
    if (!lifecycle) throw new Error(`no lifecycle for ${doc.docType}`)
    const manager = action === 'submit' && doc.drafter.managerUserId !== null ? this.people?.(doc.drafter.managerUserId) ?? null : null
    // 代理审批: only a signature is given on someone's behalf (apply-action.ts); other moves are one's own.
    const principal = action === 'approve' || action === 'reject' ? actor.deputyFor ?? null : null
    const result = transition({
      def: this.definition(doc.docType), lifecycle, action, actor: actingAs(actor, principal), comment: options.comment?.trim() || null, facts: options.facts,
      position: positionOf(doc), manager: manager ? { id: manager.id, roles: manager.roles } : null, coverage: options.coverage ?? null, liveDependants: [],
    })
    if (!result.ok) throw new Error(`${actor.name} may not ${action} ${doc.docNo} (${doc.state}): ${result.code} ${result.message ?? ''}`)
    const at = iso(atMs)
    const { next } = result
    // As apply-action: a submit records the version of the chain in force (the office has only its first).
    const chainVersion = action === 'submit' ? this.definitions.get(doc.docType)!.version : doc.chainVersion
    this.rows.move({
      id: doc.id, version: doc.version, state: next.state, currentStep: next.currentStep, route: next.route ? JSON.stringify(next.route) : null,
      round: next.round, lastSignerUserId: next.lastSignerUserId, chainVersion, at,
    })
    doc.version++
    if (result.close) this.rows.closeTasks(doc.id, actor.id, action, at, 'role' in result.close ? result.close.role : null)
    Object.assign(doc, { state: next.state, currentStep: next.currentStep, route: next.route, round: next.round, lastSignerUserId: next.lastSignerUserId, chainVersion })
    for (const task of result.open) this.openTask(doc, task.stepKey, task.stepName, task.role, task.assigneeUserId, at)
    if (result.completed) options.onApproved?.(doc, at)
    this.audit(at, actor, result.role, action, doc.id, doc.docNo, result.audit.fromState, result.audit.toState, options.comment?.trim() || null,
      JSON.stringify(result.audit.details), 'document', principal)
  }

  /** Whether `deputy` may sign the current step for `principal` (R20 for both: transition.ts's own check). */
  maySignFor(doc: LiveDocument, deputy: Person, principal: Person): boolean {
    return signingRole(this.definition(doc.docType), positionOf(doc), actingAs(deputy, principal)).ok
  }

  /** advanceDocument: a business transition of the type's lifecycle, caused by another document (its contract was made). */
  advance(doc: LiveDocument, event: string, by: Person, atMs: number, closedAction = event): void {
    const step = lifecycleOf(doc.docType)?.transitions.find((t) => t.event === event && t.from.includes(doc.state))
    if (!step) throw new Error(`${doc.docNo} (${doc.state}) has no transition for ${event}`)
    const at = iso(atMs)
    this.rows.move({ id: doc.id, version: doc.version, state: step.to, currentStep: doc.currentStep, route: doc.route ? JSON.stringify(doc.route) : null, round: doc.round, lastSignerUserId: doc.lastSignerUserId, chainVersion: doc.chainVersion, at })
    doc.version++
    if (!step.keepsTasks) this.rows.closeTasks(doc.id, by.id, closedAction, at, null)
    const from = doc.state
    doc.state = step.to
    this.audit(at, by, null, 'advance', doc.id, doc.docNo, from, step.to, step.label, JSON.stringify({ event }))
  }

  /** closeOpenTasks for one role: the follow-up task that role's work finished (qc's 出具合格证 once certificates cover the notice). */
  closeRoleTasks(doc: LiveDocument, role: string, by: Person, action: string, atMs: number): void {
    this.rows.closeTasks(doc.id, by.id, action, iso(atMs), role)
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

  /** Who acts at the current step: the person the route names, or null for anyone holding one of its open roles. */
  currentSigner(doc: LiveDocument): { role: RoleKey; assigneeUserId: number | null } {
    const entry = doc.route?.find((e) => e.key === doc.currentStep)
    const step = this.definition(doc.docType).steps.find((s) => s.key === doc.currentStep)
    if (!entry || !step) throw new Error(`${doc.docNo} waits at no step`)
    const signed = new Set((entry.signatures ?? []).map((s) => s.role))
    return { role: stepRoles(step).find((r) => !signed.has(r))!, assigneeUserId: entry.assigneeUserId }
  }

  audit(at: string, actor: Person | null, role: string | null, action: string, entityId: number | null, docNo: string | null,
    fromState: string | null, toState: string | null, comment: string | null, details: string | null, entityType = 'document', onBehalfOf: Person | null = null): void {
    this.rows.audit({
      at, userId: actor?.id ?? null, userName: actor?.name ?? '系统', role, action, entityType, entityId, docNo, fromState, toState, comment, details,
      onBehalfOfUserId: onBehalfOf?.id ?? null, onBehalfOfName: onBehalfOf?.name ?? null,
    })
  }
}

const positionOf = (doc: LiveDocument): Position => ({
  state: doc.state, closed: false, drafterUserId: doc.drafter.id, currentStep: doc.currentStep, route: doc.route, round: doc.round, lastSignerUserId: doc.lastSignerUserId,
})

const actingAs = (actor: Person, principal: Person | null): Actor =>
  principal ? { id: actor.id, roles: actor.roles, onBehalfOf: { id: principal.id, roles: principal.roles } } : { id: actor.id, roles: actor.roles }
