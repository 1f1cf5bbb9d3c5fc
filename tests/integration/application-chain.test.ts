import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { DocumentView } from '../../shared/api'
import { snapshotTables } from './support/table-snapshot'
import { openContractOffice, PUMP_FLOOR, type ContractOffice } from './support/contract-office'
import { sql } from './support/sql'

let o: ContractOffice
beforeAll(async () => {
  o = await openContractOffice()
}, 60_000)
afterAll(() => o.office.close())

const act = (who: ContractOffice['clerk'], view: DocumentView, action: 'submit' | 'approve' | 'reject' | 'withdraw' | 'void' | 'comment', comment?: string) =>
  who.call('documents.act', { id: view.header.id, version: view.header.version, action, comment })
const refusedAct = (who: ContractOffice['clerk'], view: DocumentView, action: string, comment?: string) =>
  who.refused('documents.act', { id: view.header.id, version: view.header.version, action, comment })
const todoNos = async (who: ContractOffice['clerk']) => (await who.call('queue.list', { tab: 'todo' })).rows.map((r) => r.docNo)

describe('R3 contract application: clerk drafts, manager signs, general manager approves', () => {
  it('walks the whole chain, with the queue following each step and one audit event per change', async () => {
    const draft = await o.clerk.call('applications.save', o.applicationInput())
    expect(draft.header).toMatchObject({ docType: 'application', state: 'draft', amountFen: 2_300_000, customerName: '上海申达机电有限公司' })
    expect(draft.header.docNo).toMatch(/^SQ202611\d{4}$/)
    expect(draft.actions).toEqual(['submit', 'void', 'comment'])
    expect(draft.body).toMatchObject({ kind: 'application', terms: { prepaymentBps: 3000, prepaymentFen: 690_000 } })

    const submitted = await act(o.clerk, draft, 'submit')
    expect(submitted.header).toMatchObject({ state: 'pending', currentStep: 'manager_sign' })
    expect(await todoNos(o.manager)).toContain(draft.header.docNo)
    expect(await todoNos(o.gm)).not.toContain(draft.header.docNo)
    expect((await o.manager.call('documents.get', { id: draft.header.id })).actions).toEqual(['approve', 'reject', 'comment'])

    const signed = await act(o.manager, submitted, 'approve', '价格合理')
    expect(signed.header).toMatchObject({ state: 'pending', currentStep: 'gm_approve' })
    expect(await todoNos(o.manager)).not.toContain(draft.header.docNo)
    expect(await todoNos(o.gm)).toContain(draft.header.docNo)

    const approved = await act(o.gm, signed, 'approve')
    expect(approved.header).toMatchObject({ state: 'approved', currentStep: null })
    expect(approved.chain.map((s) => [s.key, s.status, s.signedBy, s.signedRole, s.comment])).toEqual([
      ['manager_sign', 'done', '李建国', 'sales_manager', '价格合理'],
      ['gm_approve', 'done', '张总', 'general_manager', null],
    ])
    expect(approved.trail.map((t) => [t.action, t.userName, t.role, t.fromState, t.toState])).toEqual([
      ['create', '王小丽', null, null, 'draft'],
      ['submit', '王小丽', null, 'draft', 'pending'],
      ['approve', '李建国', 'sales_manager', 'pending', 'pending'],
      ['approve', '张总', 'general_manager', 'pending', 'approved'],
    ])
    expect((await o.manager.call('queue.list', { tab: 'done' })).rows.map((r) => r.docNo)).toContain(draft.header.docNo)
  })

  it('a rejection needs a reason, returns the application to its drafter’s queue, and a revision goes round again', async () => {
    const submitted = await act(o.clerk, await o.clerk.call('applications.save', o.applicationInput()), 'submit')
    expect((await refusedAct(o.manager, submitted, 'reject')).code).toBe('REASON_REQUIRED')
    expect((await refusedAct(o.manager, submitted, 'reject', '   ')).code).toBe('REASON_REQUIRED')
    const rejected = await act(o.manager, submitted, 'reject', '交货期太紧，请与生产确认')
    expect(rejected.header.state).toBe('rejected')
    expect(await todoNos(o.clerk)).toContain(submitted.header.docNo)
    expect((await o.manager.refused('applications.save', { ...o.applicationInput(), id: rejected.header.id, version: rejected.header.version })).code).toBe('FORBIDDEN')

    const revised = await o.clerk.call('applications.save', { ...o.applicationInput({ deliveryDate: '2027-01-31' }), id: rejected.header.id, version: rejected.header.version })
    expect(revised.header.docNo).toBe(submitted.header.docNo)
    const again = await act(o.clerk, revised, 'submit')
    expect(again.header).toMatchObject({ state: 'pending', currentStep: 'manager_sign' })
    expect(await todoNos(o.clerk)).not.toContain(submitted.header.docNo)
    // The new round starts unsigned: the old signatures do not carry over.
    expect(again.chain.every((s) => s.signedBy === null)).toBe(true)
  })

  it('the drafter may withdraw before the first signature, not after', async () => {
    const submitted = await act(o.clerk, await o.clerk.call('applications.save', o.applicationInput()), 'submit')
    const withdrawn = await act(o.clerk, submitted, 'withdraw')
    expect(withdrawn.header.state).toBe('withdrawn')
    expect(await todoNos(o.manager)).not.toContain(submitted.header.docNo)
    const resubmitted = await act(o.clerk, withdrawn, 'submit')
    const signed = await act(o.manager, resubmitted, 'approve')
    expect((await refusedAct(o.clerk, signed, 'withdraw')).code).toBe('WITHDRAW_AFTER_SIGNATURE')
  })

  it('refuses steps taken by the wrong person, in the wrong state, or with a stale version', async () => {
    const draft = await o.clerk.call('applications.save', o.applicationInput())
    expect((await refusedAct(o.manager, draft, 'approve')).code).toBe('ACTION_NOT_ALLOWED')
    expect((await refusedAct(o.manager, draft, 'submit')).code).toBe('NOT_DRAFTER')
    const submitted = await act(o.clerk, draft, 'submit')
    expect((await refusedAct(o.gm, submitted, 'approve')).code).toBe('NOT_YOUR_STEP')
    expect((await refusedAct(o.manager, draft, 'approve')).code).toBe('STALE_VERSION')
    expect((await refusedAct(o.clerk, submitted, 'void')).code).toBe('ACTION_NOT_ALLOWED')
    const edit = await o.clerk.refused('applications.save', { ...o.applicationInput(), id: submitted.header.id, version: submitted.header.version })
    expect(edit.code).toBe('DOCUMENT_NOT_EDITABLE')
  })

  it('the drafter may void a draft; a voided application can only be closed (R19)', async () => {
    const voided = await act(o.clerk, await o.clerk.call('applications.save', o.applicationInput()), 'void')
    expect(voided.header.state).toBe('voided')
    expect(voided.actions).toEqual(['comment', 'close'])
    expect((await refusedAct(o.clerk, voided, 'submit')).code).toBe('ACTION_NOT_ALLOWED')
  })

  it('refuses payment terms that do not add up to the amount, to the fen, and writes nothing', async () => {
    const before = await snapshotTables(o.office.ws.database)
    const input = o.applicationInput()
    input.instalments[0]!.amountFen += 1
    const refusal = await o.clerk.refused('applications.save', input)
    expect(refusal).toMatchObject({ code: 'TERMS_MISMATCH', message: '预付款与各期款项合计须等于合同金额（相差 -0.01 元）' })
    expect(await snapshotTables(o.office.ws.database)).toEqual(before)
  })

  it('refuses a product that is not in the policy in force', async () => {
    const gadget = await o.office.admin.call('products.save', { code: 'NEW-1', name: '新产品', spec: '', unit: '台' })
    const refusal = await o.clerk.refused('applications.save', o.applicationInput({ lines: [{ productId: gadget.id, quantity: 1, unitPriceFen: 100 }], prepaymentBps: 10000, instalments: [] }))
    expect(refusal.code).toBe('PRODUCT_NOT_IN_POLICY')
  })

  it('R19: a closed application is read-only', async () => {
    const draft = await o.clerk.call('applications.save', o.applicationInput())
    await o.office.ws.database.transaction((em) => sql(em, `UPDATE documents SET closed_at = :at WHERE id = :id`, { at: '2026-11-30T16:00:00.000Z', id: draft.header.id }))
    expect((await refusedAct(o.clerk, draft, 'submit')).code).toBe('DOCUMENT_CLOSED')
    expect((await refusedAct(o.clerk, draft, 'comment', '补充说明')).code).toBe('DOCUMENT_CLOSED')
    expect((await o.clerk.call('documents.get', { id: draft.header.id })).actions).toEqual([])
  })
})

describe('R1 prices below the floor', () => {
  it('within the policy: the chain goes on, and the lines keep the list and floor prices they were priced from', async () => {
    const view = await o.clerk.call('applications.save', o.applicationInput({ unitPriceFen: PUMP_FLOOR - 30_000 }))
    expect(view.body.kind === 'application' && view.body.lines[0]).toMatchObject({ listPriceFen: 1_200_000, floorPriceFen: 1_000_000, unitPriceFen: 970_000 })
    expect((await act(o.clerk, view, 'submit')).header.state).toBe('pending')
  })
})

describe('R20 segregation of duties', () => {
  it('nobody approves what they drafted, even holding the approving role', async () => {
    const both = await o.office.person('clerkmanager', ['sales_clerk', 'sales_manager'], '两岗人')
    const submitted = await act(both, await both.call('applications.save', o.applicationInput()), 'submit')
    expect((await refusedAct(both, submitted, 'approve')).code).toBe('SELF_APPROVAL')
    expect((await refusedAct(both, submitted, 'reject', '自己驳回')).code).toBe('SELF_APPROVAL')
  })

  it('nobody signs two successive steps of one document', async () => {
    const boss = await o.office.person('managergm', ['sales_manager', 'general_manager'], '兼职经理')
    const signed = await act(boss, await act(o.clerk, await o.clerk.call('applications.save', o.applicationInput()), 'submit'), 'approve')
    const refusal = await refusedAct(boss, signed, 'approve')
    expect(refusal).toEqual({ code: 'SUCCESSIVE_SIGNATURE', message: '同一人不能连续签署相邻两个审批步骤，请由其他人办理' })
    expect((await act(o.gm, signed, 'approve')).header.state).toBe('approved')
  })
})

describe('the drafter’s manager', () => {
  it('gets the 审签 task by name when set; the other managers do not see it', async () => {
    const second = await o.office.person('manager2', ['sales_manager'], '赵副经理')
    await o.office.admin.call('users.setManager', { userId: o.clerk.id, managerUserId: second.id })
    try {
      const submitted = await act(o.clerk, await o.clerk.call('applications.save', o.applicationInput()), 'submit')
      expect(await todoNos(second)).toContain(submitted.header.docNo)
      expect(await todoNos(o.manager)).not.toContain(submitted.header.docNo)
      expect((await refusedAct(o.manager, submitted, 'approve')).code).toBe('NOT_YOUR_STEP')
      expect(submitted.chain[0]!.actorLabel).toBe('赵副经理')
      expect((await act(second, submitted, 'approve')).header.currentStep).toBe('gm_approve')
    } finally {
      await o.office.admin.call('users.setManager', { userId: o.clerk.id, managerUserId: null })
    }
    expect((await o.office.admin.refused('users.setManager', { userId: o.clerk.id, managerUserId: o.clerk.id })).code).toBe('SELF_MANAGER')
  })
})

describe('two people approving the same application at once', () => {
  it('exactly one wins; the other is told 已被他人处理，请刷新 and changes nothing', async () => {
    const second = await o.office.person('manager3', ['sales_manager'], '孙经理')
    const submitted = await act(o.clerk, await o.clerk.call('applications.save', o.applicationInput()), 'submit')
    const input = { id: submitted.header.id, version: submitted.header.version, action: 'approve' as const }
    const [a, b] = await Promise.all([o.manager.raw('documents.act', input), second.raw('documents.act', input)])
    const outcomes = [a, b].map((r) => (r.ok ? 'ok' : r.error.code)).sort()
    expect(outcomes).toEqual(['STALE_VERSION', 'ok'])
    const loser = [a, b].find((r) => !r.ok)!
    expect(!loser.ok && loser.error.message).toBe('已被他人处理，请刷新')
    const view = await o.clerk.call('documents.get', { id: submitted.header.id })
    expect(view.trail.filter((t) => t.action === 'approve')).toHaveLength(1)
  })
})
