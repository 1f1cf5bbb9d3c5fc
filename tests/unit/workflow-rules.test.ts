import { describe, expect, it } from 'vitest'
import { allowedActions, checkAction, type DocumentPosition } from '../../electron/core/workflow/can-act'
import { describe as describeCondition, holds } from '../../electron/core/workflow/conditions'
import { DEFAULT_DEFINITIONS } from '../../electron/core/workflow/default-definitions'
import { definitionSchema, type Condition, type DocumentFacts } from '../../electron/core/workflow/definition'
import { planRoute } from '../../electron/core/workflow/plan-route'

const application = DEFAULT_DEFINITIONS.find((d) => d.docType === 'application')!
const contract = DEFAULT_DEFINITIONS.find((d) => d.docType === 'contract')!
const facts = (f: Partial<DocumentFacts> = {}): DocumentFacts => ({
  amountFen: 0, belowFloorBps: 0, discountAuthority: {}, nonStandardTerms: false, customerOverCredit: false, ...f,
})
const CLERK = { id: 1, roles: ['sales_clerk'] as const }
const MANAGER = { id: 2, roles: ['sales_manager'] as const }
const GM = { id: 3, roles: ['general_manager'] as const }
const pendingAt = (step: string, extra: Partial<DocumentPosition> = {}): DocumentPosition => ({
  state: 'pending', drafterUserId: 1, currentStep: step, closed: false, lastSignerUserId: null,
  route: [{ key: 'manager_sign', assigneeUserId: null }, { key: 'gm_approve', assigneeUserId: null }], ...extra,
})

describe('the default chains', () => {
  it.each(DEFAULT_DEFINITIONS.map((d) => [d.docType, d] as const))('%s is a valid definition', (_type, def) => {
    expect(definitionSchema.parse(def)).toEqual(def)
  })

  it('refuses a definition with a duplicate step or an unknown role', () => {
    expect(definitionSchema.safeParse({ ...application, steps: [application.steps[0], application.steps[0]] }).success).toBe(false)
    expect(definitionSchema.safeParse({ ...application, steps: [{ ...application.steps[1], actor: { kind: 'role', role: 'boss' } }] }).success).toBe(false)
  })
})

describe('checkAction (R3, R19, R20)', () => {
  it.each([
    ['the drafter submits a draft', { state: 'draft', currentStep: null, route: null }, CLERK, 'submit', 'ok'],
    ['someone else submits it', { state: 'draft', currentStep: null, route: null }, MANAGER, 'submit', 'NOT_DRAFTER'],
    ['the manager signs his step', {}, MANAGER, 'approve', 'ok'],
    ['the general manager jumps the queue', {}, GM, 'approve', 'NOT_YOUR_STEP'],
    ['the drafter withdraws before any signature', {}, CLERK, 'withdraw', 'ok'],
    ['the drafter withdraws after a signature', { currentStep: 'gm_approve', lastSignerUserId: 2 }, CLERK, 'withdraw', 'WITHDRAW_AFTER_SIGNATURE'],
    ['an approved document is approved again', { state: 'approved', currentStep: null }, GM, 'approve', 'ACTION_NOT_ALLOWED'],
    ['a closed document gets a comment', { closed: true }, MANAGER, 'comment', 'DOCUMENT_CLOSED'],
    ['a pending document is voided', {}, CLERK, 'void', 'ACTION_NOT_ALLOWED'],
  ] as const)('%s → %s', (_label, extra, actor, action, expected) => {
    const verdict = checkAction(application, pendingAt('manager_sign', extra as Partial<DocumentPosition>), actor, action)
    expect(verdict.ok ? 'ok' : verdict.code).toBe(expected)
  })

  it('R20: a drafter holding the approving role still may not approve', () => {
    const both = { id: 1, roles: ['sales_clerk', 'sales_manager'] as const }
    expect(checkAction(application, pendingAt('manager_sign'), both, 'approve')).toEqual({ ok: false, code: 'SELF_APPROVAL' })
  })

  it('R20: the signer of the previous step may not sign the next one', () => {
    const boss = { id: 4, roles: ['sales_manager', 'general_manager'] as const }
    expect(checkAction(application, pendingAt('gm_approve', { lastSignerUserId: 4 }), boss, 'approve')).toEqual({ ok: false, code: 'SUCCESSIVE_SIGNATURE' })
    expect(checkAction(application, pendingAt('gm_approve', { lastSignerUserId: 2 }), boss, 'approve')).toEqual({ ok: true, role: 'general_manager' })
  })

  it('a step named to one person is theirs alone, signed in the fallback role', () => {
    const route = [{ key: 'manager_sign', assigneeUserId: 9 }, { key: 'gm_approve', assigneeUserId: null }]
    expect(checkAction(application, pendingAt('manager_sign', { route }), MANAGER, 'approve')).toEqual({ ok: false, code: 'NOT_YOUR_STEP' })
    expect(checkAction(application, pendingAt('manager_sign', { route }), { id: 9, roles: [] }, 'approve')).toEqual({ ok: true, role: 'sales_manager' })
  })

  it('lists exactly the actions that would pass', () => {
    expect(allowedActions(application, pendingAt('manager_sign'), MANAGER)).toEqual(['approve', 'reject', 'comment'])
    expect(allowedActions(application, pendingAt('manager_sign'), CLERK)).toEqual(['withdraw', 'comment'])
  })
})

describe('conditions and routes', () => {
  it.each([
    [{ fact: 'amountAbove', fen: 100 }, facts({ amountFen: 101 }), true],
    [{ fact: 'amountAbove', fen: 100 }, facts({ amountFen: 100 }), false],
    [{ fact: 'belowFloorBeyondAuthorityOf', role: 'sales_manager' }, facts({ belowFloorBps: 501, discountAuthority: { sales_manager: 500 } }), true],
    [{ fact: 'belowFloorBeyondAuthorityOf', role: 'sales_manager' }, facts({ belowFloorBps: 500, discountAuthority: { sales_manager: 500 } }), false],
    [{ fact: 'belowFloorBeyondAuthorityOf', role: 'sales_manager' }, facts({ belowFloorBps: 1, discountAuthority: {} }), true],
    [{ fact: 'belowFloorBeyondAuthorityOf', role: 'general_manager' }, facts({ belowFloorBps: 9999, discountAuthority: { general_manager: null } }), false],
    [{ all: [{ fact: 'nonStandardTerms' }, { not: { fact: 'customerOverCredit' } }] }, facts({ nonStandardTerms: true }), true],
    [{ any: [{ fact: 'nonStandardTerms' }, { fact: 'customerOverCredit' }] }, facts(), false],
  ] as const)('%j holds for %j: %s', (condition, f, expected) => {
    expect(holds(condition as Condition, f)).toBe(expected)
  })

  it('describes conditions in the office’s words', () => {
    expect(describeCondition({ fact: 'amountAbove', fen: 100_000_000 })).toBe('金额超过 1,000,000.00 元时')
    expect(describeCondition({ fact: 'nonStandardTerms' })).toBe('合同条款非标准时')
  })

  it('plans the contract route: legal review only for non-standard wording', () => {
    expect(planRoute(contract, facts(), null).map((e) => e.key)).toEqual(['finance_countersign'])
    expect(planRoute(contract, facts({ nonStandardTerms: true }), null).map((e) => e.key)).toEqual(['legal_review', 'finance_countersign'])
  })

  it('names the drafter’s manager on the steps that ask for one', () => {
    expect(planRoute(application, facts(), 7)).toEqual([{ key: 'manager_sign', assigneeUserId: 7 }, { key: 'gm_approve', assigneeUserId: null }])
  })
})
