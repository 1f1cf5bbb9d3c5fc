import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import type { CommissionBody } from '../../shared/doc-types/commission/commission-body'
import type { QueryResult } from 'typeorm'
import { driverQuery } from '../../electron/core/db/driver-query'
import { checkIntegrity, checkIntegrityIn } from '../../electron/core/integrity/check-integrity'
import { openDispatchOffice, type DispatchOffice } from './support/dispatch-office'
import { snapshotTables } from './support/table-snapshot'
import { PASSWORD, type TestClient } from './support/test-workstation'

// R16 提成单, worked by hand. Policy v1 from 2026-11-20: 3 % (300 bps) on collected money, overdue deduction
// 1 % / 2 % / 3 % / 5 % / 8 % of what is overdue and unpaid at the month's end in the aging buckets
// 1–30 / 31–60 / 61–90 / 91–180 / >180 days. v2 from 2026-12-10: 3.5 %. The clerk 王小丽 is the salesperson of
// contracts A and B (¥23,000.00 each).
// November: A +¥10,000.50, B +¥3,333.33 allocated, and a ¥5,000.00 advance left unallocated (earns nothing).
//   A 1 000 050 × 3 % = 30 001.5 → 30 002 (half up); B 333 333 × 3 % = 9 999.99 → 10 000; nothing overdue
//   (B's receivable of one pump, ¥11,500.00, booked 11-20, is due 12-20). Payable ¥400.02.
// December: A +¥5,000.00 → 500 000 × 3.5 % = 17 500 (the version in force on 12-31). B's receivable is
//   unpaid 1 150 000 − 333 333 = 816 667 at the month's end, 11 days overdue (12-21 … 12-31) → 1–30 bucket,
//   816 667 × 1 % = 8 166.67 → 8 167. Payable 17 500 − 8 167 = 9 333. B paid in full on 2027-01-01 changes
//   nothing of December: the month's end is what counts.

vi.setConfig({ testTimeout: 180_000 })

let o: DispatchOffice
let seller: TestClient & { id: number }
let other: TestClient & { id: number }
let stranger: TestClient & { id: number }
let contractA = 0
let contractB = 0
let november = 0
const RATES = { d1_30: 100, d31_60: 200, d61_90: 300, d91_180: 500, over180: 800 }

beforeAll(async () => {
  o = await openDispatchOffice()
  await o.setCredit('A', 100_000_000, 30)
  await o.stock(10)
  seller = o.clerk
  other = await o.office.person('clerk2', ['sales_clerk'], '赵内勤')
  stranger = await o.office.person('clerk3', ['sales_clerk'], '钱业务')
}, 180_000)
afterAll(() => o.office.close())

const unchanged = async (attempt: () => Promise<string>, code: string) => {
  const before = await snapshotTables(o.office.ws.database)
  expect(await attempt()).toBe(code)
  expect(await snapshotTables(o.office.ws.database)).toEqual(before)
}
const signIn = async () => {
  for (const [c, login] of [[other, 'clerk2'], [stranger, 'clerk3'], [o.financeVp, 'financevp'], [o.guard, 'guard']] as const) await c.call('auth.login', { login, password: PASSWORD })
}
const later = async (days: number) => {
  await o.later(days)
  await signIn()
}
const todo = async (who: TestClient, id: number) => (await who.call('queue.list', { tab: 'todo' })).rows.filter((r) => r.documentId === id).map((r) => r.stepName)
const act = async (who: TestClient, id: number, action: 'submit' | 'approve' | 'void') => {
  const v = await who.call('documents.get', { id })
  return who.call('documents.act', { id, version: v.header.version, action })
}
const body = async (who: TestClient, id: number) => (await who.call('documents.get', { id })).body as CommissionBody
const integrity = async () => (await checkIntegrity(o.office.ws.database)).problems

describe('R16 提成单: computed from the month allocations, the policy in force, the overdue at month end', () => {
  it('the GM issues the policy: never backdated, one version a day', async () => {
    const v1 = await o.gm.call('commissionPolicies.issue', { effectiveFrom: '2026-11-20', rateBps: 300, overdueRates: RATES, note: '2026 年提成办法' })
    expect(v1).toMatchObject({ versionNo: 1, rateBps: 300, overdueRates: RATES, inForce: true })
    await o.gm.call('commissionPolicies.issue', { effectiveFrom: '2026-12-10', rateBps: 350, overdueRates: RATES })
    await unchanged(async () => (await o.gm.refused('commissionPolicies.issue', { effectiveFrom: '2026-11-19', rateBps: 400, overdueRates: RATES })).code, 'COMMISSION_POLICY_BACKDATED')
    await unchanged(async () => (await o.gm.refused('commissionPolicies.issue', { effectiveFrom: '2026-12-10', rateBps: 400, overdueRates: RATES })).code, 'COMMISSION_POLICY_DATE_TAKEN')
    expect((await o.finance.refused('commissionPolicies.issue', { effectiveFrom: '2026-12-11', rateBps: 400, overdueRates: RATES })).code).toBe('FORBIDDEN')
    expect((await o.finance.call('commissionPolicies.list', {})).map((p) => [p.versionNo, p.effectiveFrom, p.inForce])).toEqual([[2, '2026-12-10', false], [1, '2026-11-20', true]])
  })

  it('November: two contracts collected, an advance left unallocated; the month must be over', async () => {
    const instalments = [{ label: '提货款', dueDate: '2026-12-20', amountFen: 1_610_000 }]
    contractA = await o.signedContract({ instalments })
    contractB = await o.signedContract({ instalments })
    await o.finance.call('payments.record', o.transfer(1_000_050, [{ contractId: contractA, amountFen: 1_000_050 }]))
    await o.finance.call('payments.record', o.transfer(333_333, [{ contractId: contractB, amountFen: 333_333 }]))
    await o.finance.call('payments.record', o.transfer(500_000)) // 预收款, no contract: earns nothing
    const note = await o.submitted(contractB, 1)
    const approved = await o.manager.call('documents.act', { id: note.header.id, version: note.header.version, action: 'approve' })
    const slip = await o.warehouse.call('outboundSlips.post', { dispatchNoteId: approved.header.id, postedOn: '2026-11-20', lines: [{ noteLineNo: 1, quantity: 1 }] })
    await o.finance.call('signBacks.recordCopy', { slipId: slip.header.id, signedBy: '赵经理', signedOn: '2026-11-20', returnedOn: '2026-11-20' })
    const booked = await o.finance.call('signBacks.bookReceivable', { slipId: slip.header.id })
    expect(booked.receivable).toMatchObject({ dueOn: '2026-12-20' })
    const refusal = await seller.refused('commissions.compute', { salespersonUserId: seller.id, month: '2026-11' })
    expect(refusal.code).toBe('COMMISSION_MONTH_NOT_OVER')
    expect(refusal.message).toContain('2026-12-01')
    await unchanged(async () => (await other.refused('commissions.save', { salespersonUserId: seller.id, month: '2026-11' })).code, 'COMMISSION_MONTH_NOT_OVER')
  })

  it('on 12-01 the November figures are exact to the fen; no contract, no commission; no policy, no form', async () => {
    await later(11)
    const f = await other.call('commissions.compute', { salespersonUserId: seller.id, month: '2026-11' })
    expect(f).toMatchObject({ salespersonName: '王小丽', policyVersion: 1, rateBps: 300, collectedFen: 1_333_383, commissionFen: 40_002, deductionFen: 0, payableFen: 40_002 })
    expect(f.lines.map((l) => [l.contractId, l.collectedFen, l.rateBps, l.commissionFen, l.overdueFen, l.deductionFen])).toEqual([
      [contractA, 1_000_050, 300, 30_002, 0, 0],
      [contractB, 333_333, 300, 10_000, 0, 0],
    ])
    // R16: no contract collections this month (clerk 2 sells nothing) — refused with the code, nothing written.
    await unchanged(async () => (await other.refused('commissions.save', { salespersonUserId: other.id, month: '2026-11' })).code, 'COMMISSION_NO_CONTRACT')
    expect((await o.finance.refused('commissions.compute', { salespersonUserId: other.id, month: '2026-11' })).message).toContain('赵内勤 2026-11 没有合同回款')
    // October ends before the first version of the policy.
    expect((await other.refused('commissions.compute', { salespersonUserId: seller.id, month: '2026-10' })).code).toBe('COMMISSION_NO_POLICY')
    const draft = await other.call('commissions.save', { salespersonUserId: seller.id, month: '2026-11', remark: '11 月提成' })
    november = draft.header.id
    expect(draft.header).toMatchObject({ docType: 'commission', state: 'draft', amountFen: 40_002 })
    expect(draft.header.docNo).toMatch(/^TC202612\d{4}$/)
    expect((draft.body as CommissionBody).figures).toEqual(f)
    await unchanged(async () => (await stranger.refused('commissions.save', { salespersonUserId: seller.id, month: '2026-11' })).code, 'COMMISSION_DUPLICATE')
  })

  it('finance → finance VP → GM (R20), then finance pays out within the approved amount', async () => {
    await unchanged(async () => (await o.finance.refused('commissions.recordPaid', { commissionId: november, paidOn: '2026-12-01', amountFen: 100 })).code, 'COMMISSION_NOT_PAYABLE')
    await act(other, november, 'submit')
    expect(await todo(o.finance, november)).toEqual(['财务审核'])
    await act(o.finance, november, 'approve')
    expect(await todo(o.financeVp, november)).toEqual(['财务副总审核'])
    await act(o.financeVp, november, 'approve')
    expect(await todo(o.gm, november)).toEqual(['总经理审批'])
    const approved = await act(o.gm, november, 'approve')
    expect(approved.header.state).toBe('approved')
    expect(await todo(o.finance, november)).toEqual(['发放提成'])
    await unchanged(
      async () => (await o.finance.refused('commissions.recordPaid', { commissionId: november, paidOn: '2026-12-01', amountFen: 40_003 })).code,
      'COMMISSION_PAID_OVER_APPROVED',
    )
    const part = await o.finance.call('commissions.recordPaid', { commissionId: november, paidOn: '2026-12-01', amountFen: 30_000 })
    expect(part.header.state).toBe('partlyPaid')
    expect(await todo(o.finance, november)).toEqual(['发放提成'])
    expect((await o.finance.refused('commissions.recordPaid', { commissionId: november, paidOn: '2026-12-01', amountFen: 10_003 })).message).toContain('尚可发放 ¥100.02')
    const all = await o.finance.call('commissions.recordPaid', { commissionId: november, paidOn: '2026-12-01', amountFen: 10_002 })
    expect(all.header.state).toBe('paid')
    expect((all.body as CommissionBody).paidFen).toBe(40_002)
    expect(await todo(o.finance, november)).toEqual([])
    await unchanged(async () => (await o.finance.refused('commissions.recordPaid', { commissionId: november, paidOn: '2026-12-01', amountFen: 1 })).code, 'COMMISSION_NOT_PAYABLE')
    expect(await integrity()).toEqual([])
  })

  it('need-to-know: the salesperson their own, finance, finance VP, GM; not another clerk, the warehouse or the guard', async () => {
    for (const reader of [seller, other, o.finance, o.financeVp, o.gm]) expect((await body(reader, november)).figures.payableFen).toBe(40_002)
    for (const outsider of [stranger, o.manager, o.warehouse, o.guard]) expect((await outsider.refused('documents.get', { id: november })).code).toBe('FORBIDDEN')
    for (const outsider of [o.manager, o.warehouse, o.guard]) expect((await outsider.refused('commissions.compute', { salespersonUserId: seller.id, month: '2026-11' })).code).toBe('FORBIDDEN')
  })

  it('December: the rate in force at the month end, the overdue receivable deducted, later money changes nothing', async () => {
    await later(14) // 12-15
    await o.finance.call('payments.record', o.transfer(500_000, [{ contractId: contractA, amountFen: 500_000 }]))
    await later(17) // 2027-01-01
    await o.finance.call('payments.record', o.transfer(816_667, [{ contractId: contractB, amountFen: 816_667 }]))
    const f = await o.finance.call('commissions.compute', { salespersonUserId: seller.id, month: '2026-12' })
    expect(f).toMatchObject({ policyVersion: 2, rateBps: 350, collectedFen: 500_000, commissionFen: 17_500, deductionFen: 8_167, payableFen: 9_333 })
    expect(f.lines.map((l) => [l.contractId, l.collectedFen, l.commissionFen, l.overdue, l.overdueFen, l.deductionFen])).toEqual([
      [contractA, 500_000, 17_500, {}, 0, 0],
      [contractB, 0, 0, { d1_30: 816_667 }, 816_667, 8_167],
    ])
    // A voided draft gives the person-month back.
    const first = await other.call('commissions.save', { salespersonUserId: seller.id, month: '2026-12' })
    await act(other, first.header.id, 'void')
    const again = await other.call('commissions.save', { salespersonUserId: seller.id, month: '2026-12', remark: '含逾期扣减' })
    expect(again.header.amountFen).toBe(9_333)
    expect(await integrity()).toEqual([])
  })
})

type Statement = [sql: string, params?: Record<string, unknown>]
class Rollback extends Error {}

/** As integrity.test.ts: applies the statements (each must change a row), runs every rule in the same transaction, rolls back. */
async function rulesBrokenBy(statements: Statement[]): Promise<string[]> {
  let rules: string[] = []
  await o.office.ws.database
    .transaction(async (em) => {
      for (const [sql, params = {}] of statements) {
        const result: QueryResult = await em.queryRunner!.query(...driverQuery(em, sql, params), true)
        expect(result.affected, sql).toBeGreaterThan(0)
      }
      rules = (await checkIntegrityIn(em)).problems.map((p) => p.rule)
      throw new Rollback()
    })
    .catch((error: unknown) => {
      if (!(error instanceof Rollback)) throw error
    })
  return rules
}

/** The December form (a draft), by its person-month. */
const DECEMBER = () => `(SELECT document_id FROM commissions WHERE live_key = '${seller.id}:2026-12')`

describe('checkIntegrity: each corruption of a 提成单 is reported under exactly its rule', () => {
  const corruptions: Array<[name: string, rule: string, statements: () => Statement[]]> = [
    ['a header that is not its lines', 'R16 commission adds up', () => [
      [`UPDATE commissions SET payable_fen = payable_fen + 1 WHERE document_id = ${DECEMBER()}`],
      [`UPDATE documents SET amount_fen = amount_fen + 1 WHERE id = ${DECEMBER()}`]]],
    ['a line whose commission is not its collected money at the rate', 'R16 commission line at the form rate', () => [
      [`UPDATE commission_lines SET commission_fen = commission_fen + 1 WHERE document_id = ${DECEMBER()} AND line_no = 1`],
      [`UPDATE commissions SET commission_fen = commission_fen + 1, payable_fen = payable_fen + 1 WHERE document_id = ${DECEMBER()}`],
      [`UPDATE documents SET amount_fen = amount_fen + 1 WHERE id = ${DECEMBER()}`]]],
    ['a line whose overdue buckets do not add up', 'R16 commission line at the form rate', () => [
      [`UPDATE commission_lines SET overdue_fen = overdue_fen + 1 WHERE document_id = (SELECT document_id FROM commissions WHERE live_key = :key) AND line_no = 2`, { key: `${seller.id}:2026-12` }]]],
    ['a form at a rate the policy in force never had', 'R16 commission at the policy in force', () => [
      [`UPDATE commission_policies SET rate_bps = 250 WHERE version_no = 1`]]],
    ['a line whose collected money is not what was allocated that month', 'R16 commission on the month collections of own contracts', () => {
      const december = DECEMBER()
      return [
        [`UPDATE commission_lines SET collected_fen = collected_fen + 100, commission_fen = commission_fen + 4 WHERE document_id = ${december} AND line_no = 1`],
        [`UPDATE commissions SET collected_fen = collected_fen + 100, commission_fen = commission_fen + 4, payable_fen = payable_fen + 4 WHERE document_id = ${december}`],
        [`UPDATE documents SET amount_fen = amount_fen + 4 WHERE id = ${december}`],
      ]
    }],
    ['a live form without its person-month', 'R16 one live commission per person-month', () => [
      [`UPDATE commissions SET live_key = NULL WHERE document_id = :id`, { id: november }]]],
    ['a paid figure its payouts do not explain', 'R16 commission paid within the approved amount', () => [
      [`UPDATE commission_payouts SET amount_fen = amount_fen - 1 WHERE commission_id = :id AND amount_fen = 10002`, { id: november }]]],
  ]
  it.each(corruptions)('%s', async (_name, rule, statements) => {
    expect(await rulesBrokenBy(statements())).toEqual([rule])
  })
})
