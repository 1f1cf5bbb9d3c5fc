import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { checkIntegrityIn } from '../../electron/core/integrity/check-integrity'
import { openPaymentOffice, type PaymentOffice } from './support/payment-office'
import { snapshotTables } from './support/table-snapshot'

let o: PaymentOffice
beforeAll(async () => {
  o = await openPaymentOffice()
}, 60_000)
afterAll(() => o.office.close())

const body = async (id: number) => {
  const view = await o.finance.call('documents.get', { id })
  if (view.body.kind !== 'payment') throw new Error('not a payment')
  return { view, body: view.body }
}
const contractMoney = async (id: number) => {
  const view = await o.finance.call('documents.get', { id })
  if (view.body.kind !== 'contract') throw new Error('not a contract')
  return view.body.money!
}
const financeTodo = async (id: number) => (await o.finance.call('queue.list', { tab: 'todo' })).rows.filter((r) => r.documentId === id).map((r) => r.stepName)
const unchanged = async (attempt: () => Promise<void>) => {
  const before = await snapshotTables(o.office.ws.database)
  await attempt()
  expect(await snapshotTables(o.office.ws.database)).toEqual(before)
}

describe('R14 收款登记: recorded, allocated to contracts, the rest an advance', () => {
  it('records a transfer with two allocations; the contracts learn their money; the advance waits in finance’s queue', async () => {
    const a = await o.signedContract()
    const b = await o.signedContract()
    const view = await o.finance.call('payments.record', o.transfer(2_000_000, [{ contractId: a, amountFen: 690_000 }, { contractId: b, amountFen: 1_000_000 }]))
    expect(view.header).toMatchObject({ docType: 'payment', state: 'approved', amountFen: 2_000_000 })
    expect(view.header.docNo).toMatch(/^SK202611\d{4}$/)
    const { body: p } = await body(view.header.id)
    expect(p).toMatchObject({ allocatedFen: 1_690_000, unallocatedFen: 310_000 })
    expect(p.allocations.map((x) => x.amountFen)).toEqual([690_000, 1_000_000])
    expect(view.trail.filter((t) => t.action === 'payment.allocate')).toHaveLength(2)
    expect(view.family.map((f) => f.link)).toEqual(['pays', 'pays'])
    expect(await contractMoney(a)).toMatchObject({ collectedFen: 690_000, prepaymentRequiredFen: 690_000, prepaymentReceived: true, firstPaymentReceived: true, collectedBps: 3000 })
    expect(await contractMoney(b)).toMatchObject({ collectedFen: 1_000_000, prepaymentReceived: true })
    expect(await financeTodo(view.header.id)).toEqual(['分配收款'])
    // The advance allocated later closes finance's task.
    await o.finance.call('payments.allocate', { paymentId: view.header.id, allocations: [{ contractId: a, amountFen: 310_000 }] })
    expect(await financeTodo(view.header.id)).toEqual([])
    const ledger = (await o.finance.call('ledger.list', { filter: { period: 'all' } })).rows
    expect(ledger.find((r) => r.contractId === a)).toMatchObject({ collectedFen: 1_000_000, outstandingFen: 1_300_000 })
    expect(ledger.find((r) => r.contractId === b)).toMatchObject({ collectedFen: 1_000_000 })
  })

  it('ALLOCATION_OVER_BALANCE: no more than the contract still lacks, with the figures; nothing changes', async () => {
    const c = await o.signedContract()
    const paid = await o.finance.call('payments.record', o.transfer(3_000_000, [{ contractId: c, amountFen: 2_000_000 }]))
    await unchanged(async () => {
      const refusal = await o.finance.refused('payments.allocate', { paymentId: paid.header.id, allocations: [{ contractId: c, amountFen: 300_001 }] })
      expect(refusal.code).toBe('ALLOCATION_OVER_BALANCE')
      expect(refusal.message).toContain('尚欠 ¥3,000.00')
      expect(refusal.message).toContain('超出 ¥0.01')
      expect((await o.finance.refused('payments.record', o.transfer(400_000, [{ contractId: c, amountFen: 400_000 }]))).code).toBe('ALLOCATION_OVER_BALANCE')
      expect((await o.finance.refused('payments.allocate', { paymentId: paid.header.id, allocations: [{ contractId: c, amountFen: 1_000_001 }] })).code).toBe('ALLOCATION_OVER_UNALLOCATED')
    })
    // Exactly what it lacks is allowed.
    await o.finance.call('payments.allocate', { paymentId: paid.header.id, allocations: [{ contractId: c, amountFen: 300_000 }] })
    expect(await contractMoney(c)).toMatchObject({ collectedFen: 2_300_000, collectedBps: 10_000 })
  })

  it('a de-allocation is its own negative event; the reversal (红冲) is refused while money is allocated, then references the payment', async () => {
    const c = await o.signedContract()
    const paid = await o.finance.call('payments.record', o.transfer(500_000, [{ contractId: c, amountFen: 500_000 }]))
    await unchanged(async () => {
      const refusal = await o.finance.refused('payments.reverse', { paymentId: paid.header.id, reason: '重复登记' })
      expect(refusal.code).toBe('PAYMENT_HAS_ALLOCATIONS')
      expect(refusal.message).toContain('¥5,000.00')
      expect((await o.finance.refused('payments.deallocate', { paymentId: paid.header.id, contractId: c, amountFen: 500_001, reason: '错分' })).code).toBe('DEALLOCATION_OVER_ALLOCATED')
      // Never voided: the engine refuses the action on a recorded payment.
      expect((await o.finance.refused('documents.act', { id: paid.header.id, version: paid.header.version, action: 'void' })).code).toBe('ACTION_NOT_ALLOWED')
    })
    await o.finance.call('payments.deallocate', { paymentId: paid.header.id, contractId: c, amountFen: 500_000, reason: '错分' })
    expect((await contractMoney(c)).collectedFen).toBe(0)
    const { body: p, view } = await body(paid.header.id)
    expect(p.allocations.map((x) => x.amountFen)).toEqual([500_000, -500_000])
    expect(view.trail.map((t) => t.action).filter((a) => a.startsWith('payment.'))).toEqual(['payment.allocate', 'payment.deallocate'])
    const red = await o.finance.call('payments.reverse', { paymentId: paid.header.id, reason: '重复登记' })
    expect(red.header).toMatchObject({ docType: 'payment', state: 'approved', amountFen: 500_000, title: `红冲 ${paid.header.docNo}` })
    expect((await body(red.header.id)).body.reverses).toMatchObject({ id: paid.header.id })
    const original = await body(paid.header.id)
    expect(original.view.header.state).toBe('reversed')
    expect(original.body.reversedBy).toMatchObject({ id: red.header.id })
    expect(await financeTodo(paid.header.id)).toEqual([])
    await unchanged(async () => {
      expect((await o.finance.refused('payments.reverse', { paymentId: paid.header.id, reason: '再冲' })).code).toBe('PAYMENT_NOT_REVERSIBLE')
      expect((await o.finance.refused('payments.allocate', { paymentId: paid.header.id, allocations: [{ contractId: c, amountFen: 1 }] })).code).toBe('PAYMENT_NOT_RECORDED')
      expect((await o.finance.refused('payments.allocate', { paymentId: red.header.id, allocations: [{ contractId: c, amountFen: 1 }] })).code).toBe('PAYMENT_NOT_RECORDED')
    })
  })

  it('a commercial acceptance bill waits for the finance VP before its money can be allocated', async () => {
    const c = await o.signedContract()
    const bill = await o.finance.call('payments.record', {
      ...o.transfer(690_000),
      method: { kind: 'bill', billNo: 'CB-2026-0001', issuingBank: '申达机电', issuedOn: '2026-11-15', dueOn: '2027-05-15', billKind: 'commercial', endorsable: true },
    })
    expect(bill.header.state).toBe('pending')
    expect((await o.finance.refused('payments.allocate', { paymentId: bill.header.id, allocations: [{ contractId: c, amountFen: 690_000 }] })).code).toBe('PAYMENT_NOT_RECORDED')
    await o.financeVp.call('documents.act', { id: bill.header.id, version: bill.header.version, action: 'approve' })
    await o.finance.call('payments.allocate', { paymentId: bill.header.id, allocations: [{ contractId: c, amountFen: 690_000 }] })
    expect((await contractMoney(c)).prepaymentReceived).toBe(true)
  })

  it('need-to-know: only finance records; the guard and the warehouse cannot open a payment or see a contract’s money', async () => {
    const c = await o.signedContract()
    const paid = await o.finance.call('payments.record', o.transfer(100_000, [{ contractId: c, amountFen: 100_000 }]))
    for (const person of [o.guard, o.warehouse, o.planner]) {
      expect((await person.refused('payments.record', o.transfer(1))).code).toBe('FORBIDDEN')
      expect((await person.refused('payments.allocatableContracts', { customerId: o.customerId })).code).toBe('FORBIDDEN')
      expect((await person.refused('documents.get', { id: paid.header.id })).code).toBe('FORBIDDEN')
    }
    // The planner opens the contract it must schedule, without its money.
    const seen = await o.planner.call('documents.get', { id: c })
    expect(seen.body.kind === 'contract' && 'money' in seen.body).toBe(false)
    expect(seen.header).not.toHaveProperty('amountFen')
  })

  it('checkIntegrity passes with payments, allocations, de-allocations and red entries', async () => {
    const report = await o.office.ws.database.transaction((em) => checkIntegrityIn(em))
    expect(report.problems).toEqual([])
  })
})
