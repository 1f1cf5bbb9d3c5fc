import ExcelJS from 'exceljs'
import type { EntityManager } from 'typeorm'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { AGING_BUCKETS } from '../../shared/aging'
import { creditCodeCheckChar } from '../../shared/credit-code'
import { formatShanghai } from '../../shared/dates'
import { addDays } from '../../electron/core/doc-types/dispatch-note/dispatch-validity'
import { unpaidReceivablesSql } from '../../electron/core/doc-types/outbound-slip/sign-back/receivable-sql'
import { driverQuery, readRows } from '../../electron/core/db/driver-query'
import { agingGroupedSql } from '../../electron/core/receivables/aging-sql'
import { checkIntegrity } from '../../electron/core/integrity/check-integrity'
import { openDispatchOffice, type DispatchOffice } from './support/dispatch-office'
import { onSqlite } from './support/test-backend'
import { PASSWORD, type TestClient } from './support/test-workstation'

// R18 应收账款 (issue 14): the aging of every open receivable by due date, its buckets at their exact edges
// with a frozen clock (days overdue counted from the day after the due date), the overdue interest per the
// general manager's versioned rate, need-to-know per post, the export, the customer page and its history.

vi.setConfig({ testTimeout: 180_000, hookTimeout: 180_000 })

let o: DispatchOffice
let otherClerk: TestClient & { id: number }
beforeAll(async () => {
  o = await openDispatchOffice()
  await o.stock(40)
  otherClerk = await o.office.person('clerk2', ['sales_clerk'], '赵内勤')
})
afterAll(() => o?.office.close())

const today = () => formatShanghai(o.office.clock.now().toISOString(), false)
const read = <T>(work: (em: EntityManager) => Promise<T>) => o.office.ws.database.read(work)

let customers = 0
async function customer(creditDays: number): Promise<number> {
  customers += 1
  const first17 = `91310000MA2C${String(customers).padStart(5, '0')}`
  const saved = await o.clerk.call('customers.save', { name: `账龄测试客户${customers}`, creditCode: first17 + creditCodeCheckChar(first17)!, address: '上海市浦东新区张江路 3 号', contacts: [{ name: '孙经理', phone: '13900000000', title: '采购' }] })
  const proposal = await o.clerk.call('creditChanges.propose', { customerId: saved.id, rating: 'A', creditLimitFen: 500_000_000, creditDays, reason: '测试信用' })
  await o.gm.call('documents.act', { id: proposal.header.id, version: proposal.header.version, action: 'approve' })
  return saved.id
}
/** A signed contract of 2 pumps (¥23,000.00, 30 % prepaid) whose instalment is due today: a receivable booked today is due today. */
const contract = (customerId: number) => o.signedContract({ customerId, instalments: [{ label: '提货款', dueDate: today(), amountFen: 1_610_000 }] })
async function shipAndBook(contractId: number): Promise<{ slipId: number; amountFen: number; dueOn: string }> {
  const draft = await o.clerk.call('dispatchNotes.save', o.noteInput(contractId, 1, { validUntil: addDays(today(), 7) }))
  const sent = await o.clerk.call('documents.act', { id: draft.header.id, version: draft.header.version, action: 'submit' })
  let note = await o.manager.call('documents.act', { id: sent.header.id, version: sent.header.version, action: 'approve' })
  // R9: with a receivable overdue the note needs the general manager too.
  if (note.header.state === 'pending') note = await o.gm.call('documents.act', { id: note.header.id, version: note.header.version, action: 'approve' })
  const slipId = (await o.warehouse.call('outboundSlips.post', { dispatchNoteId: note.header.id, postedOn: today(), lines: [{ noteLineNo: 1, quantity: 1 }] })).header.id
  await o.finance.call('signBacks.recordCopy', { slipId, signedBy: '孙经理', signedOn: today(), returnedOn: today() })
  const r = (await o.finance.call('signBacks.bookReceivable', { slipId })).receivable!
  return { slipId, amountFen: r.amountFen!, dueOn: r.dueOn }
}
const pay = (customerId: number, amountFen: number, contractId: number) =>
  o.finance.call('payments.record', { ...o.transfer(amountFen, [{ contractId, amountFen }]), customerId, receivedOn: today() })
const agingOf = (customerId: number, asOf?: string) => o.finance.call('receivables.aging', { customerId, ...(asOf ? { asOf } : {}) })
/**
 * Moves the clock by whole days and signs in again who the next steps need (sessions expire when idle);
 * each sign-in is a deliberate scrypt, so the edges sign in finance alone.
 */
async function later(days: number, who: 'finance' | 'everyone' = 'everyone') {
  o.office.clock.advance(days * 86_400_000)
  const people: Array<[TestClient, string]> =
    who === 'finance'
      ? [[o.finance, 'finance']]
      : [[o.clerk, 'clerk'], [o.manager, 'manager'], [o.head, 'head'], [o.gm, 'gm'], [o.finance, 'finance'], [o.warehouse, 'warehouse'], [otherClerk, 'clerk2']]
  for (const [client, login] of people) await client.call('auth.login', { login, password: PASSWORD })
}

/** R18 by the definition, the long way: every receivable's unpaid part through the settlement window over all of them. */
async function definitionTotals(asOf: string) {
  return read(async (em) => {
    const [row] = await readRows<{ total: unknown; overdue: unknown }>(
      em,
      `SELECT coalesce(sum(u.unpaid_fen), 0) AS total, coalesce(sum(CASE WHEN u.due_on < :asOf THEN u.unpaid_fen ELSE 0 END), 0) AS overdue FROM (${unpaidReceivablesSql('1 = 1')}) u`,
      { asOf },
    )
    return { totalFen: Number(row!.total), overdueFen: Number(row!.overdue) }
  })
}

let edgeCustomer = 0
let edgeContract = 0
let edge = { slipId: 0, amountFen: 0, dueOn: '' }

describe('R18 the aging: need-to-know, the day asked, the interest policy', () => {
  it('books a receivable due today: 未到期, no interest; the whole aging equals the definition computed the long way', async () => {
    edgeCustomer = await customer(0)
    edgeContract = await contract(edgeCustomer)
    edge = await shipAndBook(edgeContract)
    expect([edge.amountFen, edge.dueOn]).toEqual([1_150_000, today()])
    const a = await agingOf(edgeCustomer)
    expect(a.asOf).toBe(today())
    expect(a.customers.map((c) => [c.id, c.bucketsFen, c.overdueFen, c.interestFen])).toEqual([[edgeCustomer, [1_150_000, 0, 0, 0, 0, 0], 0, 0]])
    expect(a.salespeople.map((s) => [s.id, s.name, s.totalFen])).toEqual([[o.clerk.id, '王小丽', 1_150_000]])
    const all = await o.finance.call('receivables.aging', {})
    expect({ totalFen: all.totals.totalFen, overdueFen: all.totals.overdueFen }).toEqual(await definitionTotals(today()))
    expect(all.totals.totalFen).toBe(all.customers.reduce((s, c) => s + c.totalFen, 0))
  })

  it('refuses a day before today (AGING_AS_OF_PAST) with both days; a later day ages the same balances forward', async () => {
    const refused = await o.finance.refused('receivables.aging', { asOf: addDays(today(), -1) })
    expect(refused.code).toBe('AGING_AS_OF_PAST')
    expect(refused.message).toContain(today())
    expect(refused.message).toContain(addDays(today(), -1))
    expect((await agingOf(edgeCustomer, addDays(today(), 31))).customers[0]!.bucketsFen).toEqual([0, 0, 1_150_000, 0, 0, 0])
    expect((await o.finance.refused('customers.page', { id: edgeCustomer, asOf: addDays(today(), -1) })).code).toBe('AGING_AS_OF_PAST')
  })

  it('need-to-know: finance, finance VP, the GM and sales managers read every customer; a clerk their own contracts only; the warehouse and the gate nothing', async () => {
    for (const reader of [o.finance, o.financeVp, o.gm, o.manager, o.head, o.salesVp]) {
      const a = await reader.call('receivables.aging', { customerId: edgeCustomer })
      expect([a.scope, a.totals.totalFen]).toEqual(['all', 1_150_000])
      expect((await reader.call('customers.page', { id: edgeCustomer })).aging.totalFen).toBe(1_150_000)
    }
    // The clerk sells this contract: their own scope holds it.
    const own = await o.clerk.call('receivables.aging', {})
    expect(own.scope).toBe('own')
    expect(own.salespeople.map((s) => s.id)).toEqual([o.clerk.id])
    expect(own.customers.find((c) => c.id === edgeCustomer)?.totalFen).toBe(1_150_000)
    expect((await o.clerk.call('customers.page', { id: edgeCustomer })).receivables.map((r) => r.slipId)).toEqual([edge.slipId])
    // A colleague: an empty aging of their own, and this customer and this salesperson refused with a code.
    const theirs = await otherClerk.call('receivables.aging', {})
    expect([theirs.scope, theirs.customers, theirs.totals.totalFen]).toEqual(['own', [], 0])
    expect((await otherClerk.refused('receivables.aging', { customerId: edgeCustomer })).code).toBe('RECEIVABLES_NOT_YOURS')
    expect((await otherClerk.refused('receivables.aging', { salespersonId: o.clerk.id })).code).toBe('RECEIVABLES_NOT_YOURS')
    expect((await otherClerk.refused('customers.page', { id: edgeCustomer })).code).toBe('RECEIVABLES_NOT_YOURS')
    expect((await otherClerk.refused('receivables.export', { customerId: edgeCustomer })).code).toBe('RECEIVABLES_NOT_YOURS')
    for (const outsider of [o.warehouse, o.guard, o.legal, o.planner, o.qc, o.production])
      for (const method of ['receivables.aging', 'receivables.export', 'receivables.collections', 'customers.page'] as const)
        expect((await outsider.refused(method, method === 'customers.page' ? { id: edgeCustomer } : {})).code).toBe('FORBIDDEN')
  })

  it('the interest policy: only the GM issues it, never from a past day, one version a day; the aging reads the one in force', async () => {
    expect((await agingOf(edgeCustomer)).rate).toEqual({ bpsPerDay: 5, versionNo: null })
    expect((await o.finance.refused('overdueInterest.issue', { effectiveFrom: today(), bpsPerDay: 3 })).code).toBe('FORBIDDEN')
    expect((await o.gm.refused('overdueInterest.issue', { effectiveFrom: addDays(today(), -1), bpsPerDay: 3 })).code).toBe('INTEREST_RATE_BACKDATED')
    expect((await o.gm.refused('overdueInterest.issue', { effectiveFrom: today(), bpsPerDay: 101 })).code).toBe('INVALID_INPUT')
    const far = addDays(today(), 400)
    const issued = await o.gm.call('overdueInterest.issue', { effectiveFrom: far, bpsPerDay: 3, note: '明年起调低' })
    expect([issued.versionNo, issued.bpsPerDay, issued.inForce]).toEqual([1, 3, false])
    expect((await o.gm.refused('overdueInterest.issue', { effectiveFrom: far, bpsPerDay: 4 })).code).toBe('INTEREST_RATE_DATE_TAKEN')
    expect((await o.finance.call('overdueInterest.list', {})).map((r) => [r.effectiveFrom, r.bpsPerDay, r.inForce])).toEqual([[far, 3, false]])
    // In force from that day: the aging asked for that day reads it (and ages the receivable 400 days).
    const then = await agingOf(edgeCustomer, far)
    expect(then.rate).toEqual({ bpsPerDay: 3, versionNo: 1 })
    expect(then.customers[0]!.interestFen).toBe(Math.round((1_150_000 * 400 * 3) / 10_000))
  })
})

describe('R18 the buckets at their exact edges, with a frozen clock: days overdue count from the day after the due date', () => {
  // [days after the due date, bucket]: due today 未到期; 1; 30 | 31; 60 | 61; 90 | 91; 180 | 181.
  const edges: Array<[number, number]> = [[0, 0], [1, 1], [30, 1], [31, 2], [60, 2], [61, 3], [90, 3], [91, 4], [180, 4], [181, 5]]
  it.each(edges)('%i days after the due date: bucket %i', async (days, bucket) => {
    const moved = days - (edges.findIndex(([d]) => d === days) > 0 ? edges[edges.findIndex(([d]) => d === days) - 1]![0] : 0)
    if (moved) await later(moved, 'finance')
    expect(today()).toBe(addDays(edge.dueOn, days))
    const row = (await agingOf(edgeCustomer)).customers[0]!
    const expected = AGING_BUCKETS.map((_, i) => (i === bucket ? 1_150_000 : 0))
    expect(row.bucketsFen).toEqual(expected)
    expect(row.overdueFen).toBe(bucket === 0 ? 0 : 1_150_000)
    // 日万分之五 by default: 1,150,000 fen × days × 5 ÷ 10,000, half up.
    expect(row.interestFen).toBe(Math.round((1_150_000 * days * 5) / 10_000))
    const page = await o.finance.call('customers.page', { id: edgeCustomer })
    expect(page.receivables.map((r) => [r.daysOverdue, r.bucket])).toEqual([[days, bucket]])
  })
})

describe('R18 after the edges: payments settle in due-date order, the history, the export, the plans', () => {
  it('a second receivable, part paid: the older one is paid first; the customer page shows both buckets and the history', async () => {
    await later(0)
    const second = await shipAndBook(edgeContract)
    expect(second.dueOn).toBe(today())
    // 30 % prepaid (690,000) was never received: 200,000 now pays the older receivable first (R11 due-date order).
    await pay(edgeCustomer, 200_000, edgeContract)
    const a = await agingOf(edgeCustomer)
    expect(a.customers[0]!.bucketsFen).toEqual([1_150_000, 0, 0, 0, 0, 950_000])
    const page = await o.finance.call('customers.page', { id: edgeCustomer })
    expect(page.receivables.map((r) => [r.slipId, r.unpaidFen, r.bucket])).toEqual([[edge.slipId, 950_000, 5], [second.slipId, 1_150_000, 0]])
    expect(page.credit.exposureFen).toBe(2_100_000)
    expect(page.credit.availableFen).toBe(500_000_000 - 2_100_000)
    // Fallen due: the first only (the second is due today); it is late 181 days and still open.
    expect([page.history.dueCount, page.history.onTimeCount, page.history.onTimeBps, page.history.averageDaysLate]).toEqual([1, 0, 0, 181])
    expect(page.history.largestOverdue).toEqual({ slipNo: expect.any(String), amountFen: 950_000, daysLate: 181, open: true })
    expect(page.payments.map((p) => p.amountFen)).toEqual([200_000])
    expect(page.dispatches).toHaveLength(2)
  })

  it('paid in full a day later: the first was paid 182 days late, the second 1 day; nothing is open', async () => {
    await later(1)
    await pay(edgeCustomer, 2_100_000, edgeContract)
    expect((await agingOf(edgeCustomer)).customers).toEqual([])
    const h = (await o.finance.call('customers.page', { id: edgeCustomer })).history
    // The second fell due the day before it was paid: one day late.
    expect([h.dueCount, h.onTimeCount, h.onTimeBps, h.averageDaysLate, h.longestDaysLate]).toEqual([2, 0, 0, 91.5, 182])
    expect(h.largestOverdue).toMatchObject({ amountFen: 1_150_000, daysLate: 182, open: false })
    const month = today().slice(0, 7)
    // 200,000 yesterday and 2,100,000 today, one month; the second receivable booked in it; both settled in it (182 and 1 days late).
    expect(h.months.at(-1)).toEqual({ month, bookedFen: 1_150_000, collectedFen: 2_300_000, averageDaysLate: 91.5 })
  })

  it('exports the aging as .xlsx: per customer and per salesperson, the buckets as headers, the totals in 元', async () => {
    const customerId = await customer(0)
    const contractId = await contract(customerId)
    await shipAndBook(contractId)
    await later(45)
    const file = await o.finance.call('receivables.export', { customerId })
    expect(file.fileName).toBe(`应收账龄-${today()}.xlsx`)
    const book = new ExcelJS.Workbook()
    await book.xlsx.load(Buffer.from(file.base64, 'base64') as unknown as ArrayBuffer)
    const sheet = book.getWorksheet('应收账龄')!
    expect(sheet.getRow(2).values).toEqual([undefined, '客户 / 业务员', '笔数', ...AGING_BUCKETS.map((b) => b.label), '应收余额', '已逾期', '逾期利息'])
    expect(sheet.getRow(3).getCell(1).value).toBe('按客户')
    expect([sheet.getRow(4).getCell(1).value, sheet.getRow(4).getCell(2).value, sheet.getRow(4).getCell(5).value, sheet.getRow(4).getCell(9).value]).toEqual([`账龄测试客户${customers}`, 1, 11_500, 11_500])
    expect(sheet.getRow(4).getCell(11).value).toBe(Math.round((1_150_000 * 45 * 5) / 10_000) / 100)
  })

  it('collections against shipments: the last 12 months, this month holding what was received and shipped', async () => {
    const months = await o.finance.call('receivables.collections', {})
    expect(months).toHaveLength(12)
    expect(months.at(-1)!.month).toBe(today().slice(0, 7))
    const all = months.reduce((s, m) => s + m.collectedFen, 0)
    const direct = await read(async (em) => Number((await readRows<{ n: unknown }>(em, `SELECT coalesce(sum(amount_fen), 0) AS n FROM payments WHERE received_on >= :from`, { from: `${months[0]!.month}-01` }))[0]!.n))
    expect(all).toBe(direct)
    expect(months.reduce((s, m) => s + m.shippedFen, 0)).toBeGreaterThanOrEqual(3 * 1_150_000)
  })

  it('checkIntegrity finds nothing wrong', async () => {
    expect((await checkIntegrity(o.office.ws.database)).problems).toEqual([])
  })
})

describe.skipIf(!onSqlite)('SQLite: the aging seeks, it never scans every receivable', () => {
  async function planOf(scope: { customerId?: number }) {
    return read(async (em) => {
      const params: Record<string, unknown> = { b0: '2026-01-01', b1: '2026-01-01', b2: '2026-01-01', b3: '2026-01-01', b4: '2026-01-01', asOf: '2026-01-01', asOfDay: 1, ...scope }
      const [sql, values] = driverQuery(em, agingGroupedSql(em, scope), params)
      const plan: Array<{ detail: string }> = await em.query(`EXPLAIN QUERY PLAN ${sql}`, values)
      return plan.map((r) => r.detail)
    })
  }
  it('one customer: the unpaid contracts by the partial index’s customer seek, their receivables by contract', async () => {
    const plan = await planOf({ customerId: 1 })
    expect(plan).toContainEqual(expect.stringMatching(/^SEARCH k USING INDEX idx_contract_receivables_unpaid \(customer_id=\?\)/))
    expect(plan).toContainEqual(expect.stringMatching(/^SEARCH r USING INDEX idx_receivables_contract \(contract_id=\?\)/))
    expect(plan.filter((d) => /^SCAN (r|k|c)\b/.test(d))).toEqual([])
  })
  it('everything: only the unpaid contracts (the partial index), never every receivable', async () => {
    const plan = await planOf({})
    expect(plan).toContainEqual(expect.stringMatching(/^SCAN k USING (COVERING )?INDEX idx_contract_receivables_unpaid/))
    expect(plan.filter((d) => /^SCAN (r|c)\b/.test(d))).toEqual([])
  })
})
