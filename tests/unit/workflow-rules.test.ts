import { describe, expect, it } from 'vitest'
import { applicationLifecycle } from '../../shared/doc-types/application/application-type'
import { contractLifecycle } from '../../shared/doc-types/contract/contract-type'
import { DOCUMENT_ACTION_KEYS } from '../../shared/document-states'
import { discountCoverage } from '../../electron/core/doc-types/application/application-kind'
import { describe as describeCondition, holds } from '../../electron/core/workflow/conditions'
import { defaultDefinitions } from '../../electron/core/workflow/default-definitions'
import { undeclaredFacts } from '../../electron/core/workflow/definitions-store'
import { definitionSchema, type Condition, type WorkflowDefinition } from '../../electron/core/workflow/definition'
import type { Facts } from '../../electron/core/workflow/facts'
import { planRoute } from '../../electron/core/workflow/plan-route'
import { allowedActions, transition, type Position } from '../../electron/core/workflow/transition'

const chains = defaultDefinitions()
const application = chains.find((d) => d.docType === 'application')!
const contract = chains.find((d) => d.docType === 'contract')!
const CLERK = { id: 1, roles: ['sales_clerk'] as const }
const MANAGER = { id: 2, roles: ['sales_manager'] as const }
const GM = { id: 3, roles: ['general_manager'] as const }
const route = (...keys: string[]) => keys.map((key) => ({ key, assigneeUserId: null, signatures: [] }))
const pendingAt = (step: string, extra: Partial<Position> = {}): Position => ({
  state: 'pending', closed: false, drafterUserId: 1, currentStep: step, lastSignerUserId: null, round: 1,
  route: route('manager_sign', 'gm_approve'), ...extra,
})
const draft: Partial<Position> = { state: 'draft', currentStep: null, route: null, round: 0 }
const act = (position: Position, actor: { id: number; roles: readonly string[] }, action: (typeof DOCUMENT_ACTION_KEYS)[number], extra = {}) =>
  transition({ def: application, lifecycle: applicationLifecycle, position, actor: actor as never, action, comment: null, facts: {}, ...extra })
const outcome = (r: ReturnType<typeof transition>) => (r.ok ? `${r.next.state}${r.next.currentStep ? '@' + r.next.currentStep : ''}${r.next.closed ? ' closed' : ''}` : r.code)

describe('the default chains', () => {
  it.each(chains.map((d) => [d.docType, d] as const))('%s is a valid definition', (_type, def) => {
    expect(definitionSchema.parse(def)).toEqual(def)
  })

  it('refuses a definition with a duplicate step, an unknown role, or a countersign needing more than it has', () => {
    expect(definitionSchema.safeParse({ ...application, steps: [application.steps[0], application.steps[0]] }).success).toBe(false)
    expect(definitionSchema.safeParse({ ...application, steps: [{ ...application.steps[1], actor: { kind: 'role', role: 'boss' } }] }).success).toBe(false)
    const countersign = { key: 'review', name: '会签', actor: { kind: 'countersign', roles: ['finance', 'legal'], need: 3 } }
    expect(definitionSchema.safeParse({ ...contract, steps: [countersign] }).success).toBe(false)
  })

  it('a chain may only read facts its type declares', () => {
    const def: WorkflowDefinition = { ...contract, steps: [{ ...contract.steps[0]!, when: { fact: 'customerOverCredit' } }] }
    expect(undeclaredFacts(def, { nonStandardTerms: { kind: 'flag', label: '' } })).toEqual(['customerOverCredit'])
    expect(undeclaredFacts(contract, { nonStandardTerms: { kind: 'flag', label: '' } })).toEqual([])
  })
})

// The transition table: position × actor × action → next state (or the exact refusal code).
describe('transition (R3, R19, R20, R24)', () => {
  it.each([
    ['the drafter submits a draft', draft, CLERK, 'submit', 'pending@manager_sign'],
    ['someone else submits it', draft, MANAGER, 'submit', 'NOT_DRAFTER'],
    ['a pending one is submitted again', {}, CLERK, 'submit', 'ACTION_NOT_ALLOWED'],
    ['the manager signs his step', {}, MANAGER, 'approve', 'pending@gm_approve'],
    ['the general manager jumps the queue', {}, GM, 'approve', 'NOT_YOUR_STEP'],
    ['the general manager signs the last step', { currentStep: 'gm_approve', lastSignerUserId: 2 }, GM, 'approve', 'approved'],
    ['the drafter withdraws before any signature', {}, CLERK, 'withdraw', 'withdrawn'],
    ['someone else withdraws it', {}, MANAGER, 'withdraw', 'NOT_DRAFTER'],
    ['the drafter withdraws after a signature', { currentStep: 'gm_approve', lastSignerUserId: 2 }, CLERK, 'withdraw', 'WITHDRAW_AFTER_SIGNATURE'],
    ['an approved document is approved again', { state: 'approved', currentStep: null }, GM, 'approve', 'ACTION_NOT_ALLOWED'],
    ['a pending document is voided', {}, CLERK, 'void', 'ACTION_NOT_ALLOWED'],
    ['a rejected one is voided by its drafter', { state: 'rejected', currentStep: null }, CLERK, 'void', 'voided'],
    ['an approved application without a contract is voided (R24)', { state: 'approved', currentStep: null }, CLERK, 'void', 'voided'],
    ['an approved application is voided by someone else', { state: 'approved', currentStep: null }, MANAGER, 'void', 'NOT_DRAFTER'],
    ['an application turned into a contract is voided', { state: 'contracted', currentStep: null }, CLERK, 'void', 'ACTION_NOT_ALLOWED'],
    ['a contracted application is closed by its drafter (R19)', { state: 'contracted', currentStep: null }, CLERK, 'close', 'contracted closed'],
    ['a voided one is closed', { state: 'voided', currentStep: null }, CLERK, 'close', 'voided closed'],
    ['a pending one is closed', {}, CLERK, 'close', 'NOT_CLOSABLE'],
    ['someone else closes it', { state: 'voided', currentStep: null }, MANAGER, 'close', 'NOT_DRAFTER'],
    ['a comment moves nothing', {}, GM, 'comment', 'pending@manager_sign'],
  ] as const)('%s → %s', (_label, extra, actor, action, expected) => {
    expect(outcome(act(pendingAt('manager_sign', extra as Partial<Position>), actor, action))).toBe(expected)
  })

  it.each(DOCUMENT_ACTION_KEYS.map((a) => [a] as const))('R19: %s on a closed document is refused DOCUMENT_CLOSED', (action) => {
    for (const actor of [CLERK, MANAGER, GM]) {
      expect(outcome(act(pendingAt('manager_sign', { closed: true }), actor, action, { comment: '理由' }))).toBe('DOCUMENT_CLOSED')
      expect(outcome(act(pendingAt('manager_sign', { state: 'voided', currentStep: null, closed: true }), actor, action, { comment: '理由' }))).toBe('DOCUMENT_CLOSED')
    }
  })

  it('R3: a rejection needs its reason, and opens the drafter’s revise task', () => {
    expect(outcome(act(pendingAt('manager_sign'), MANAGER, 'reject'))).toBe('REASON_REQUIRED')
    const r = act(pendingAt('manager_sign'), MANAGER, 'reject', { comment: '价格太低' })
    expect(r.ok && r.open).toEqual([{ stepKey: 'revise', stepName: '修改后重新提交', role: null, assigneeUserId: 1 }])
  })

  it('R24: a document with a live dependant cannot be voided; the refusal names it', () => {
    const r = act(pendingAt('manager_sign', { state: 'approved', currentStep: null }), CLERK, 'void', { liveDependants: ['HT2026110001'] })
    expect(r).toMatchObject({ ok: false, code: 'VOID_NOT_ALLOWED', details: { dependants: ['HT2026110001'] } })
    expect(!r.ok && r.message).toContain('HT2026110001')
  })

  it('R20: a drafter holding the approving role still may not approve', () => {
    expect(outcome(act(pendingAt('manager_sign'), { id: 1, roles: ['sales_clerk', 'sales_manager'] }, 'approve'))).toBe('SELF_APPROVAL')
  })

  it('R20: the signer of the previous step may not sign the next one', () => {
    const boss = { id: 4, roles: ['sales_manager', 'general_manager'] }
    const signed = route('manager_sign', 'gm_approve')
    signed[0]!.signatures = [{ userId: 4, role: 'sales_manager' }] as never
    expect(outcome(act(pendingAt('gm_approve', { lastSignerUserId: 4, route: signed }), boss, 'approve'))).toBe('SUCCESSIVE_SIGNATURE')
    // A route stored before signatures were kept on it: the last signer stands for the previous step.
    expect(outcome(act(pendingAt('gm_approve', { lastSignerUserId: 4, route: [{ key: 'manager_sign', assigneeUserId: null }, { key: 'gm_approve', assigneeUserId: null }] }), boss, 'approve'))).toBe('SUCCESSIVE_SIGNATURE')
    expect(outcome(act(pendingAt('gm_approve', { lastSignerUserId: 2 }), boss, 'approve'))).toBe('approved')
  })

  it('a step named to one person is theirs alone, and only while they hold its role (R3, R21)', () => {
    const named = [{ key: 'manager_sign', assigneeUserId: 9 }, { key: 'gm_approve', assigneeUserId: null }]
    expect(outcome(act(pendingAt('manager_sign', { route: named }), MANAGER, 'approve'))).toBe('NOT_YOUR_STEP')
    expect(outcome(act(pendingAt('manager_sign', { route: named }), { id: 9, roles: [] }, 'approve'))).toBe('APPROVER_LACKS_ROLE')
    const r = act(pendingAt('manager_sign', { route: named }), { id: 9, roles: ['sales_manager'] }, 'approve')
    expect(r.ok && r.role).toBe('sales_manager')
  })

  it('lists exactly the actions that would pass', () => {
    const list = (p: Position, actor: typeof CLERK | typeof MANAGER) => allowedActions(application, applicationLifecycle, p, actor, DOCUMENT_ACTION_KEYS)
    expect(list(pendingAt('manager_sign'), MANAGER)).toEqual(['approve', 'reject', 'comment'])
    expect(list(pendingAt('manager_sign'), CLERK)).toEqual(['withdraw', 'comment'])
    expect(list(pendingAt('manager_sign', { state: 'contracted', currentStep: null }), CLERK)).toEqual(['comment', 'close'])
    expect(list(pendingAt('manager_sign', { state: 'contracted', currentStep: null, closed: true }), CLERK)).toEqual([])
  })
})

describe('countersign (会签): roles side by side', () => {
  const def: WorkflowDefinition = {
    docType: 'contract', name: '会签',
    steps: [
      { key: 'review', name: '财务法务会签', actor: { kind: 'countersign', roles: ['finance', 'legal'], need: 2 } },
      { key: 'gm', name: '总经理', actor: { kind: 'role', role: 'general_manager' } },
    ],
  }
  const FIN = { id: 5, roles: ['finance'] as const }
  const LEGAL = { id: 6, roles: ['legal'] as const }
  const BOTH = { id: 7, roles: ['finance', 'legal', 'general_manager'] as const }
  const start = (): Position => {
    const r = transition({ def, lifecycle: contractLifecycle, position: { ...pendingAt('x'), ...draft } as Position, actor: CLERK, action: 'submit', comment: null, facts: {} })
    if (!r.ok) throw new Error(r.code)
    expect(r.open.map((t) => t.role)).toEqual(['finance', 'legal'])
    return r.next
  }
  const sign = (p: Position, actor: { id: number; roles: readonly string[] }) =>
    transition({ def, lifecycle: contractLifecycle, position: p, actor: actor as never, action: 'approve', comment: null, facts: {} })

  it('stays at the step until every role has signed, closing only the signer’s task', () => {
    const first = sign(start(), LEGAL)
    expect(first.ok && [first.next.currentStep, first.close, first.open]).toEqual(['review', { role: 'legal' }, []])
    if (!first.ok) return
    expect(outcome(sign(first.next, LEGAL))).toBe('ALREADY_COUNTERSIGNED')
    const second = sign(first.next, FIN)
    expect(second.ok && [second.next.currentStep, second.close]).toEqual(['gm', { all: true }])
    if (!second.ok) return
    // R20: nobody who countersigned signs the step after it.
    expect(outcome(sign(second.next, BOTH))).toBe('approved')
    expect(outcome(sign(second.next, { id: 5, roles: ['general_manager'] }))).toBe('SUCCESSIVE_SIGNATURE')
  })

  it('any n of m: one signature of two is enough when the step needs one', () => {
    const anyOne: WorkflowDefinition = { ...def, steps: [{ ...def.steps[0]!, actor: { kind: 'countersign', roles: ['finance', 'legal'], need: 1 } }, def.steps[1]!] }
    const p = start()
    const r = transition({ def: anyOne, lifecycle: contractLifecycle, position: p, actor: FIN, action: 'approve', comment: null, facts: {} })
    expect(outcome(r)).toBe('pending@gm')
  })

  it('one person holding two of the roles signs once, and the drafter may not withdraw after a countersignature', () => {
    const first = sign(start(), BOTH)
    expect(first.ok && first.next.route![0]!.signatures).toEqual([{ userId: 7, role: 'finance' }])
    if (!first.ok) return
    expect(outcome(sign(first.next, BOTH))).toBe('ALREADY_COUNTERSIGNED')
    expect(outcome(transition({ def, lifecycle: contractLifecycle, position: first.next, actor: CLERK, action: 'withdraw', comment: null }))).toBe('WITHDRAW_AFTER_SIGNATURE')
  })
})

describe('facts read on entry, and blocks', () => {
  const def: WorkflowDefinition = {
    docType: 'dispatchNote', name: '发货审批',
    steps: [
      { key: 'manager', name: '销售经理审批', actor: { kind: 'role', role: 'sales_manager' } },
      { key: 'gm_credit', name: '总经理信用审批', actor: { kind: 'role', role: 'general_manager' }, when: { fact: 'exposureFen', above: 1000 }, evaluate: 'enter' },
    ],
    blocks: [{ when: { fact: 'customerBlocked' }, refuse: 'CONDITION_BLOCKED', at: 'everyStep' }],
  }
  const submitted = (facts: Facts) => transition({ def, lifecycle: applicationLifecycle, position: { ...pendingAt('x'), ...draft } as Position, actor: CLERK, action: 'submit', comment: null, facts })
  const approved = (p: Position, facts: Facts) => transition({ def, lifecycle: applicationLifecycle, position: p, actor: MANAGER, action: 'approve', comment: null, facts })

  it('a step evaluated on entry is decided by the facts of that moment (R9: receivables when the note is approved)', () => {
    const r = submitted({ exposureFen: 5000 })
    if (!r.ok) throw new Error(r.code)
    expect(r.next.route!.map((e) => e.key)).toEqual(['manager', 'gm_credit'])
    expect(outcome(approved(r.next, { exposureFen: 5000 }))).toBe('pending@gm_credit')
    const paid = approved(r.next, { exposureFen: 500 })
    expect(outcome(paid)).toBe('approved')
    expect(paid.ok && paid.next.route![1]!.skipped).toBe(true)
  })

  it('a block refuses with its code at submit and when a step is entered', () => {
    expect(outcome(submitted({ customerBlocked: true }))).toBe('CONDITION_BLOCKED')
    const r = submitted({})
    if (!r.ok) throw new Error(r.code)
    expect(outcome(approved(r.next, { customerBlocked: true }))).toBe('CONDITION_BLOCKED')
  })
})

describe('conditions and routes', () => {
  const facts = (f: Record<string, unknown> = {}) => ({ amountFen: 0, belowFloorBps: 0, discountAuthority: {}, nonStandardTerms: false, ...f }) as Facts
  it.each([
    [{ fact: 'amountAbove', fen: 100 }, facts({ amountFen: 101 }), true],
    [{ fact: 'amountAbove', fen: 100 }, facts({ amountFen: 100 }), false],
    [{ fact: 'amountFen', above: 100 }, facts({ amountFen: 101 }), true],
    [{ fact: 'belowFloorBeyondAuthorityOf', role: 'sales_manager' }, facts({ belowFloorBps: 501, discountAuthority: { sales_manager: 500 } }), true],
    [{ fact: 'belowFloorBeyondAuthorityOf', role: 'sales_manager' }, facts({ belowFloorBps: 500, discountAuthority: { sales_manager: 500 } }), false],
    [{ fact: 'belowFloorBeyondAuthorityOf', role: 'sales_manager' }, facts({ belowFloorBps: 1, discountAuthority: {} }), true],
    [{ fact: 'belowFloorBeyondAuthorityOf', role: 'general_manager' }, facts({ belowFloorBps: 9999, discountAuthority: { general_manager: null } }), false],
    [{ all: [{ fact: 'nonStandardTerms' }, { not: { fact: 'customerOverCredit' } }] }, facts({ nonStandardTerms: true }), true],
    [{ any: [{ fact: 'nonStandardTerms' }, { fact: 'customerOverCredit' }] }, facts(), false],
  ] as const)('%j holds for %j: %s', (condition, f, expected) => {
    expect(holds(condition as Condition, f)).toBe(expected)
  })

  it('describes conditions in the office’s words, from the facts the type declares', () => {
    expect(describeCondition({ fact: 'amountAbove', fen: 100_000_000 })).toBe('金额超过 1,000,000.00 元时')
    expect(describeCondition({ fact: 'nonStandardTerms' }, { nonStandardTerms: { kind: 'flag', label: '合同条款非标准' } })).toBe('合同条款非标准时')
    expect(describeCondition({ fact: 'amountFen', above: 50_000_00 }, { amountFen: { kind: 'fen', label: '金额' } })).toBe('金额超过 50,000.00 元时')
  })

  it('plans the contract route: legal review only for non-standard wording', () => {
    const keys = (f: Facts) => {
      const planned = planRoute(contract, f, null)
      return planned.ok ? planned.route.map((e) => e.key) : planned.code
    }
    expect(keys(facts())).toEqual(['finance_countersign'])
    expect(keys(facts({ nonStandardTerms: true }))).toEqual(['legal_review', 'finance_countersign'])
  })

  it('names the drafter’s manager only when they hold the step’s role', () => {
    const planned = planRoute(application, facts(), { id: 7, roles: ['sales_manager'] })
    expect(planned.ok && planned.route.map((e) => [e.key, e.assigneeUserId])).toEqual([['manager_sign', 7], ['gm_approve', null]])
    const notManager = planRoute(application, facts(), { id: 8, roles: ['sales_clerk'] })
    expect(notManager.ok && notManager.route[0]!.assigneeUserId).toBe(null)
  })

  it('R1: the planner adds the covering step an edited chain left out, and refuses only when none covers', () => {
    const gmOnlyAbove: WorkflowDefinition = { ...application, steps: [application.steps[0]!, { ...application.steps[1]!, when: { fact: 'amountAbove', fen: 1_000_000_00 } }] }
    const below = facts({ belowFloorBps: 800, discountAuthority: { sales_manager: 500, general_manager: 1500 } })
    const planned = planRoute(gmOnlyAbove, below, null, discountCoverage(below))
    expect(planned.ok && planned.route.map((e) => e.key)).toEqual(['manager_sign', 'gm_approve'])
    const tooLow = facts({ belowFloorBps: 2000, discountAuthority: { sales_manager: 500, general_manager: 1500 } })
    const refused = planRoute(gmOnlyAbove, tooLow, null, discountCoverage(tooLow))
    expect(refused).toMatchObject({ ok: false, code: 'PRICE_BELOW_AUTHORITY' })
    expect(!refused.ok && refused.message).toBe('单价低于底价 20%，超出审批人（销售经理）的价格浮动权，请调整单价')
  })
})
