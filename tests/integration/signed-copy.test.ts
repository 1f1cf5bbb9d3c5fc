import { beforeAll, afterAll, describe, expect, it, vi } from 'vitest'
import type { DispatchNoteBody } from '../../shared/doc-types/dispatch-note/dispatch-note-body'
import type { OutboundSlipBody } from '../../shared/doc-types/outbound-slip/outbound-slip-body'
import { creditCodeCheckChar } from '../../shared/credit-code'
import { formatShanghai } from '../../shared/dates'
import { addDays } from '../../electron/core/doc-types/dispatch-note/dispatch-validity'
import { driverQuery } from '../../electron/core/db/driver-query'
import { checkIntegrity, checkIntegrityIn } from '../../electron/core/integrity/check-integrity'
import { openDispatchOffice, type DispatchOffice } from './support/dispatch-office'
import { snapshotTables } from './support/table-snapshot'

// R11 客户签收 and 入帐: finance records the customer's signed copy of a posted slip, then books its
// receivable (never before: SIGNED_COPY_MISSING); one of each per slip; the due date from the credit days
// or the contract's instalment date if later; R24: a slip with its copy recorded is not voided. R9: the
// booked receivable is exposure until allocations pay it; an overdue one adds the general manager's step.
// One office for the file (the suite's time budget); a fresh customer per test, so exposures never mix.

vi.setConfig({ testTimeout: 180_000, hookTimeout: 180_000 })

let o: DispatchOffice
beforeAll(async () => {
  o = await openDispatchOffice()
  await o.stock(60)
})
afterAll(() => o?.office.close())

const today = () => formatShanghai(o.office.clock.now().toISOString(), false)
const integrity = async () => (await checkIntegrity(o.office.ws.database)).problems
const unchanged = async (attempt: () => Promise<string>, code: string) => {
  const before = await snapshotTables(o.office.ws.database)
  expect(await attempt()).toBe(code)
  expect(await snapshotTables(o.office.ws.database)).toEqual(before)
}

let customers = 0
/** A fresh customer with R2's terms set by the clerk and the general manager. */
async function customer(rating: 'A' | 'B' | 'E', creditLimitFen: number, creditDays: number): Promise<number> {
  customers += 1
  const first17 = `91310000MA1K${String(customers).padStart(5, '0')}`
  const saved = await o.clerk.call('customers.save', { name: `签收测试客户${customers}`, creditCode: first17 + creditCodeCheckChar(first17)!, address: '上海市浦东新区张江路 1 号', contacts: [{ name: '赵经理', phone: '13800000000', title: '采购' }] })
  const proposal = await o.clerk.call('creditChanges.propose', { customerId: saved.id, rating, creditLimitFen, creditDays, reason: '测试信用' })
  await o.gm.call('documents.act', { id: proposal.header.id, version: proposal.header.version, action: 'approve' })
  return saved.id
}

/** A signed contract of 2 pumps (¥23,000.00, 30 % prepayment) for the customer; the instalment (¥16,100.00) due on `instalmentDue`. */
const contract = (customerId: number, instalmentDue = '2026-12-31') =>
  o.signedContract({ customerId, instalments: [{ label: '提货款', dueDate: instalmentDue, amountFen: 1_610_000 }] })

/** Submits a note of `quantity` pumps on the contract (valid a week) and has the manager approve it; the view after. */
async function note(contractId: number, quantity: number) {
  const draft = await o.clerk.call('dispatchNotes.save', o.noteInput(contractId, quantity, { validUntil: addDays(today(), 7) }))
  const sent = await o.clerk.call('documents.act', { id: draft.header.id, version: draft.header.version, action: 'submit' })
  return o.manager.call('documents.act', { id: sent.header.id, version: sent.header.version, action: 'approve' })
}

/** A posted slip of `quantity` pumps on a fresh note of the contract. */
async function slip(contractId: number, quantity: number, noteQuantity = quantity): Promise<number> {
  const approved = await note(contractId, noteQuantity)
  expect(approved.header.state).toBe('approved')
  const posted = await o.warehouse.call('outboundSlips.post', { dispatchNoteId: approved.header.id, postedOn: today(), lines: [{ noteLineNo: 1, quantity }] })
  expect(posted.header.state).toBe('approved')
  return posted.header.id
}

const copyInput = (slipId: number, overrides: Partial<{ signedOn: string; returnedOn: string; discrepancy: string }> = {}) =>
  ({ slipId, signedBy: '赵经理', signedOn: today(), returnedOn: today(), ...overrides })
const record = (slipId: number) => o.finance.call('signBacks.recordCopy', copyInput(slipId))
const book = (slipId: number) => o.finance.call('signBacks.bookReceivable', { slipId })
const financeTodo = async (id: number) => (await o.finance.call('queue.list', { tab: 'todo' })).rows.filter((r) => r.documentId === id).map((r) => r.stepName)
const slipBody = async (client: DispatchOffice['clerk'], id: number) => (await client.call('documents.get', { id })).body as OutboundSlipBody
/** R9's figures as the general manager reads them on a new (draft) note of another contract of the customer. */
async function creditOf(customerId: number) {
  const draft = await o.clerk.call('dispatchNotes.save', o.noteInput(await contract(customerId), 1, { validUntil: addDays(today(), 7) }))
  return ((await o.gm.call('documents.get', { id: draft.header.id })).body as DispatchNoteBody).credit!
}
const term = (credit: DispatchNoteBody['credit'], key: string) => credit!.terms.find((t) => t.key === key)!.amountFen

describe('R11 客户签收 then 入帐', () => {
  it('finance records the copy, then books the receivable for the slip amount; tasks, paper tracking, refusals with exact codes', async () => {
    const customerId = await customer('A', 100_000_000, 30)
    const contractId = await contract(customerId)
    const slipId = await slip(contractId, 1, 2)
    const slipNo = (await o.clerk.call('documents.get', { id: slipId })).header.docNo
    // The goods are out: finance's 待办 waits for the signed copy; the paper is tracked from today.
    expect(await financeTodo(slipId)).toEqual(['登记客户签收'])
    expect((await o.finance.call('signBacks.paperTracking', { pageSize: 200 })).rows.find((r) => r.slipId === slipId)).toMatchObject({ slipNo, ageDays: 0, amountFen: 1_150_000, contractId })

    // R11: no receivable before the copy — the message says what to do, with the slip's number.
    const missing = await o.finance.refused('signBacks.bookReceivable', { slipId })
    expect(missing.code).toBe('SIGNED_COPY_MISSING')
    expect(missing.message).toContain(slipNo)
    expect(missing.message).toContain('登记签收')
    await unchanged(async () => (await o.finance.refused('signBacks.bookReceivable', { slipId })).code, 'SIGNED_COPY_MISSING')
    // Dates: not signed before the goods left, not back before signed, not back in the future.
    await unchanged(async () => (await o.finance.refused('signBacks.recordCopy', copyInput(slipId, { signedOn: addDays(today(), -1), returnedOn: today() }))).code, 'SIGNED_COPY_DATES')
    await unchanged(async () => (await o.finance.refused('signBacks.recordCopy', copyInput(slipId, { returnedOn: addDays(today(), 1) }))).code, 'SIGNED_COPY_DATES')

    const recorded = await o.finance.call('signBacks.recordCopy', copyInput(slipId, { discrepancy: '外包装轻微破损' }))
    expect(recorded).toMatchObject({ copy: { signedBy: '赵经理', signedOn: today(), returnedOn: today(), discrepancy: '外包装轻微破损', recordedByName: '刘会计' }, receivable: null })
    await unchanged(async () => (await o.finance.refused('signBacks.recordCopy', copyInput(slipId))).code, 'SIGNED_COPY_EXISTS')
    expect(await financeTodo(slipId)).toEqual(['应收入帐'])
    expect((await o.finance.call('signBacks.paperTracking', { pageSize: 200 })).rows.map((r) => r.slipId)).not.toContain(slipId)

    // Booked: the slip's amount (1 pump × the contract's ¥11,500.00). Due: today + 30 credit days is before the
    // contract's instalment date (2026-12-31, the instalment that covers this money after the ¥6,900.00 prepayment): the later one.
    const booked = await book(slipId)
    expect(booked.receivable).toMatchObject({ bookedOn: today(), dueOn: '2026-12-31', amountFen: 1_150_000, unpaidFen: 1_150_000, overdueDays: 0, bookedByName: '刘会计' })
    await unchanged(async () => (await o.finance.refused('signBacks.bookReceivable', { slipId })).code, 'RECEIVABLE_EXISTS')
    expect(await financeTodo(slipId)).toEqual([])

    // The slip's page and the contract's family show the copy and the receivable.
    expect((await slipBody(o.clerk, slipId)).signBack).toEqual(booked)
    expect(await o.clerk.call('signBacks.ofContract', { contractId })).toEqual([{ slipId, slipNo, postedOn: today(), amountFen: 1_150_000, gatePass: null, ...booked }])
    const trail = (await o.clerk.call('documents.get', { id: slipId })).trail.map((t) => t.action)
    expect(trail).toEqual(expect.arrayContaining(['signBack.recordCopy', 'signBack.bookReceivable']))

    // R24: the goods were received and the money booked — the warehouse cannot void the slip.
    const view = await o.warehouse.call('documents.get', { id: slipId })
    await unchanged(async () => (await o.warehouse.refused('documents.act', { id: slipId, version: view.header.version, action: 'void' })).code, 'VOID_NOT_ALLOWED')
    expect(await integrity()).toEqual([])
  })

  it('the due date is the credit days from the signing day when later than the instalment; the copy may come back days after', async () => {
    const customerId = await customer('A', 100_000_000, 60)
    const slipId = await slip(await contract(customerId, '2026-12-01'), 2)
    await o.finance.call('signBacks.recordCopy', copyInput(slipId, { returnedOn: today() }))
    expect((await book(slipId)).receivable).toMatchObject({ dueOn: addDays(today(), 60), amountFen: 2_300_000 })
  })

  it('only for a posted slip: a voided one is refused both ways (SIGNED_COPY_SLIP_NOT_POSTED); voiding before the copy closes finance’s task', async () => {
    const customerId = await customer('A', 100_000_000, 30)
    const slipId = await slip(await contract(customerId), 1)
    const view = await o.warehouse.call('documents.get', { id: slipId })
    await o.warehouse.call('documents.act', { id: slipId, version: view.header.version, action: 'void' })
    expect(await financeTodo(slipId)).toEqual([])
    await unchanged(async () => (await o.finance.refused('signBacks.recordCopy', copyInput(slipId))).code, 'SIGNED_COPY_SLIP_NOT_POSTED')
    await unchanged(async () => (await o.finance.refused('signBacks.bookReceivable', { slipId })).code, 'SIGNED_COPY_SLIP_NOT_POSTED')
    // Not a slip at all.
    expect((await o.finance.refused('signBacks.recordCopy', copyInput(await contract(customerId)))).code).toBe('DOCUMENT_NOT_FOUND')
    expect(await integrity()).toEqual([])
  })

  it('need to know: finance writes; the warehouse and the guard read the copy and the due date, never the amounts', async () => {
    const customerId = await customer('A', 100_000_000, 30)
    const contractId = await contract(customerId)
    const slipId = await slip(contractId, 1)
    for (const [who, client] of [['clerk', o.clerk], ['warehouse', o.warehouse], ['gm', o.gm]] as const) {
      expect((await client.refused('signBacks.recordCopy', copyInput(slipId))).code, who).toBe('FORBIDDEN')
      expect((await client.refused('signBacks.bookReceivable', { slipId })).code, who).toBe('FORBIDDEN')
    }
    await record(slipId)
    await book(slipId)
    for (const client of [o.warehouse, o.guard]) {
      const { receivable, copy } = (await slipBody(client, slipId)).signBack
      expect(copy).toMatchObject({ signedBy: '赵经理' })
      expect(receivable).toMatchObject({ dueOn: '2026-12-31' })
      expect(receivable).not.toHaveProperty('amountFen')
      expect(receivable).not.toHaveProperty('unpaidFen')
      expect((await client.refused('signBacks.paperTracking', {})).code).toBe('FORBIDDEN')
      expect((await client.refused('signBacks.ofContract', { contractId })).code).toBe('FORBIDDEN')
    }
    for (const client of [o.clerk, o.finance, o.gm, o.legal]) {
      expect((await slipBody(client, slipId)).signBack.receivable).toMatchObject({ amountFen: 1_150_000, unpaidFen: 1_150_000 })
    }
  })

  it('two finance clerks at once: one records the copy (and one books), the other is refused with the exact code', async () => {
    const customerId = await customer('A', 100_000_000, 30)
    const slipId = await slip(await contract(customerId), 1)
    const second = await o.office.person(`finance${customers}`, ['finance'], '钱出纳')
    const copies = await Promise.all([o.finance, second].map((f) => f.raw('signBacks.recordCopy', copyInput(slipId))))
    expect(copies.filter((r) => r.ok)).toHaveLength(1)
    expect(copies.filter((r) => !r.ok).map((r) => (r.ok ? '' : r.error.code))).toEqual(['SIGNED_COPY_EXISTS'])
    const booked = await Promise.all([o.finance, second].map((f) => f.raw('signBacks.bookReceivable', { slipId })))
    expect(booked.filter((r) => r.ok)).toHaveLength(1)
    expect(booked.filter((r) => !r.ok).map((r) => (r.ok ? '' : r.error.code))).toEqual(['RECEIVABLE_EXISTS'])
    expect(await integrity()).toEqual([])
  })
})

describe('R9 with receivables: exposure and overdue', () => {
  it('a booked receivable moves from 已出库未入帐 to 已入帐未收; an allocation pays it and it leaves the exposure', async () => {
    const customerId = await customer('A', 100_000_000, 30)
    const contractId = await contract(customerId)
    const slipId = await slip(contractId, 1)
    expect([term(await creditOf(customerId), 'postedNotBooked'), term(await creditOf(customerId), 'unpaidReceivables')]).toEqual([1_150_000, 0])
    await record(slipId)
    // The copy alone books nothing: still posted, not booked.
    expect(term(await creditOf(customerId), 'postedNotBooked')).toBe(1_150_000)
    await book(slipId)
    let credit = await creditOf(customerId)
    expect([term(credit, 'postedNotBooked'), term(credit, 'unpaidReceivables'), credit.exposureFen]).toEqual([0, 1_150_000, 1_150_000])
    // ¥10,000.00 allocated to the contract pays the receivable down; the rest of it later.
    const payment = await o.finance.call('payments.record', { ...o.transfer(1_150_000, [{ contractId, amountFen: 1_000_000 }]), customerId })
    credit = await creditOf(customerId)
    expect([term(credit, 'unpaidReceivables'), credit.exposureFen]).toEqual([150_000, 150_000])
    expect((await o.clerk.call('signBacks.ofContract', { contractId }))[0]!.receivable).toMatchObject({ unpaidFen: 150_000 })
    await o.finance.call('payments.allocate', { paymentId: payment.header.id, allocations: [{ contractId, amountFen: 150_000 }] })
    credit = await creditOf(customerId)
    expect([term(credit, 'unpaidReceivables'), credit.exposureFen]).toEqual([0, 0])
    expect((await o.clerk.call('signBacks.ofContract', { contractId }))[0]!.receivable).toMatchObject({ unpaidFen: 0, overdueDays: 0 })
    expect(await integrity()).toEqual([])
  })

  it('exactly at the limit with a booked receivable: no general manager step', async () => {
    const customerId = await customer('B', 2_300_000, 30)
    const slipId = await slip(await contract(customerId), 1, 1)
    await record(slipId)
    await book(slipId)
    // Exposure ¥11,500.00 (the receivable) + this note ¥11,500.00 = the limit ¥23,000.00.
    const approved = await note(await contract(customerId), 1)
    expect(approved.header.state).toBe('approved')
    expect((approved.body as DispatchNoteBody).credit).toMatchObject({ exposureFen: 1_150_000, noteFen: 1_150_000, overLimitFen: 0, overdueFen: 0, needsGeneralManager: false })
  })

  it('overdue (unpaid after its due date, days from the day after): the next note needs the general manager; paid, it no longer does', async () => {
    const customerId = await customer('A', 100_000_000, 0)
    const contractId = await contract(customerId, today())
    const slipId = await slip(contractId, 2)
    await record(slipId)
    const dueOn = (await book(slipId)).receivable!.dueOn
    expect(dueOn).toBe(today())
    // On the due date itself it is not overdue.
    expect(await creditOf(customerId)).toMatchObject({ overdueFen: 0, oldestOverdueDays: 0, needsGeneralManager: false })
    await o.later(3)
    expect(await creditOf(customerId)).toMatchObject({ overdueFen: 2_300_000, oldestOverdueDays: 3, needsGeneralManager: true, overLimitFen: expect.any(Number) })
    expect((await o.clerk.call('signBacks.ofContract', { contractId }))[0]!.receivable).toMatchObject({ overdueDays: 3, unpaidFen: 2_300_000 })
    const held = await note(await contract(customerId), 1)
    expect(held.header).toMatchObject({ state: 'pending', currentStep: 'gm_credit' })
    expect((held.body as DispatchNoteBody).credit!.overLimitFen).toBeLessThan(0)
    // Partly paid: still overdue by what is left; fully paid: no longer.
    await o.finance.call('payments.record', { ...o.transfer(2_000_000, [{ contractId, amountFen: 2_000_000 }]), customerId })
    expect(await creditOf(customerId)).toMatchObject({ overdueFen: 300_000, oldestOverdueDays: 3 })
    await o.finance.call('payments.record', { ...o.transfer(300_000, [{ contractId, amountFen: 300_000 }]), customerId })
    expect(await creditOf(customerId)).toMatchObject({ overdueFen: 0, oldestOverdueDays: 0, needsGeneralManager: false })
    expect(await integrity()).toEqual([])
  })
})

describe('paper tracking and integrity', () => {
  it('lists posted slips whose copy has not come back, oldest first, with their age in days', async () => {
    const customerId = await customer('A', 100_000_000, 30)
    const older = await slip(await contract(customerId), 1)
    await o.later(2)
    const newer = await slip(await contract(customerId), 1)
    const { rows, total } = await o.finance.call('signBacks.paperTracking', { pageSize: 200 })
    expect(total).toBe(rows.length)
    expect(rows.map((r) => r.postedOn)).toEqual([...rows.map((r) => r.postedOn)].sort())
    expect(rows.filter((r) => r.slipId === older || r.slipId === newer).map((r) => [r.slipId, r.ageDays])).toEqual([[older, 2], [newer, 0]])
    expect((await o.clerk.call('signBacks.paperTracking', { pageSize: 1 })).rows).toHaveLength(1)
  })

  it('checkIntegrity: a receivable of another amount than its slip, and finance’s task missing, are reported', async () => {
    const customerId = await customer('A', 100_000_000, 30)
    const booked = await slip(await contract(customerId), 1)
    await record(booked)
    await book(booked)
    const waiting = await slip(await contract(customerId), 1)
    const broken = async (statements: Array<[string, Record<string, unknown>]>) => {
      let rules: string[] = []
      await o.office.ws.database
        .transaction(async (em) => {
          for (const [text, params] of statements) await em.query(...driverQuery(em, text, params))
          rules = (await checkIntegrityIn(em)).problems.map((p) => p.rule)
          throw new Error('rollback')
        })
        .catch((error: unknown) => {
          if (!(error instanceof Error) || error.message !== 'rollback') throw error
        })
      return rules
    }
    expect(await broken([['UPDATE receivables SET amount_fen = amount_fen + 1 WHERE slip_document_id = :id', { id: booked }]])).toEqual(['R11 receivable = slip amount', 'R9 receivable balance = receivables and allocations'])
    expect(await broken([['UPDATE signed_copies SET signed_on = :day WHERE slip_document_id = :id', { day: '2020-01-01', id: booked }]])).toEqual(['R11 signed copy of a posted slip'])
    expect(await broken([[`DELETE FROM tasks WHERE document_id = :id AND step_key = 'record_signed_copy'`, { id: waiting }]])).toEqual(['open tasks'])
    expect(await integrity()).toEqual([])
  })
})
