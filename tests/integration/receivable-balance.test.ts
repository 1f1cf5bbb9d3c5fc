import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import type { EntityManager } from 'typeorm'
import type { LedgerMoneyFilter, LedgerRow } from '../../shared/api'
import { creditCodeCheckChar } from '../../shared/credit-code'
import { formatShanghai } from '../../shared/dates'
import { creditCheck } from '../../electron/core/credit/credit-check'
import { addDays } from '../../electron/core/doc-types/dispatch-note/dispatch-validity'
import { RECEIVABLE_BALANCE_FROM_ROWS_SQL } from '../../electron/core/doc-types/outbound-slip/sign-back/receivable-balance'
import { unpaidReceivablesSql } from '../../electron/core/doc-types/outbound-slip/sign-back/receivable-sql'
import { driverQuery, readRows } from '../../electron/core/db/driver-query'
import { checkIntegrity, checkIntegrityIn } from '../../electron/core/integrity/check-integrity'
import { openDispatchOffice, type DispatchOffice } from './support/dispatch-office'

// Issue 12's credit check at ten years: each contract's receivable balance is a running figure
// (contract_receivables, receivable-balance.ts) kept by booking and by every allocation. Here a sequence of
// the operations that move exposure (post, book, allocate before and after booking, de-allocate, reverse a
// payment, an acceptance bill, void a slip, void a note, a note expiring, a receivable falling overdue)
// must leave the figure equal to its recomputation from the rows after every step, and the credit check's
// figures equal to the definition computed the long way (every receivable and allocation of the customer).

vi.setConfig({ testTimeout: 180_000, hookTimeout: 180_000 })

let o: DispatchOffice
beforeAll(async () => {
  o = await openDispatchOffice()
  await o.stock(40)
})
afterAll(() => o?.office.close())

const today = () => formatShanghai(o.office.clock.now().toISOString(), false)
const read = <T>(work: (em: EntityManager) => Promise<T>) => o.office.ws.database.read(work)

/** The running figure as kept, and as recomputed from the receivables and allocations. */
async function balances() {
  const sort = (rows: Array<Record<string, unknown>>) =>
    rows.map((r) => ({ contractId: Number(r.contract_id), customerId: Number(r.customer_id), bookedFen: Number(r.booked_fen), collectedFen: Number(r.collected_fen) })).sort((a, b) => a.contractId - b.contractId)
  return read(async (em) => ({
    kept: sort(await readRows(em, `SELECT contract_id, customer_id, booked_fen, collected_fen FROM contract_receivables`, {})),
    fromRows: sort(await readRows(em, RECEIVABLE_BALANCE_FROM_ROWS_SQL, {})),
  }))
}

/** R9's definition the long way: every receivable of the customer, each contract's allocations summed, the settlement window over all of them. */
async function definition(customerId: number) {
  return read(async (em) => {
    const [unpaid] = await readRows<{ fen: number | string }>(
      em,
      `SELECT coalesce(sum(u.unpaid_fen), 0) AS fen FROM (${unpaidReceivablesSql('r.customer_id = :customerId')}) u`,
      { customerId },
    )
    const [overdue] = await readRows<{ fen: number | string; oldest: string | null }>(
      em,
      `SELECT coalesce(sum(u.unpaid_fen), 0) AS fen, min(u.due_on) AS oldest FROM (${unpaidReceivablesSql('r.customer_id = :customerId')}) u WHERE u.due_on < :today AND u.unpaid_fen > 0`,
      { customerId, today: today() },
    )
    const [bills] = await readRows<{ fen: number | string }>(
      em,
      `SELECT coalesce(sum(p.amount_fen), 0) AS fen FROM payments p JOIN documents d ON d.id = p.document_id
       WHERE p.customer_id = :customerId AND p.method = 'bill' AND p.bill_due_on > :today AND p.reverses_payment_id IS NULL AND d.state = 'approved'`,
      { customerId, today: today() },
    )
    return { unpaidReceivables: Number(unpaid!.fen), overdueFen: Number(overdue!.fen), oldest: overdue!.oldest, unmaturedBills: Number(bills!.fen) }
  })
}

/** The credit check as a note's submit runs it. */
const check = (customerId: number) => read((em) => creditCheck(em, { customerId, today: today(), excludeNoteId: 0, noteFen: 0 }))
const term = (c: Awaited<ReturnType<typeof check>>, key: string) => c.terms.find((t) => t.key === key)!.amountFen

/** After each step: the figure equals its recomputation, and the credit check equals the definition. */
async function holds(customerId: number, expected: { unpaid: number; overdue?: number; bills?: number }) {
  const { kept, fromRows } = await balances()
  expect(kept).toEqual(fromRows)
  const c = await check(customerId)
  const long = await definition(customerId)
  expect({ unpaid: term(c, 'unpaidReceivables'), overdue: c.overdueFen, bills: term(c, 'unmaturedBills') }).toEqual({
    unpaid: long.unpaidReceivables, overdue: long.overdueFen, bills: long.unmaturedBills,
  })
  expect({ unpaid: long.unpaidReceivables, overdue: long.overdueFen, bills: long.unmaturedBills }).toEqual({ overdue: 0, bills: 0, ...expected })
  await ledgerAgrees(customerId, long.unpaidReceivables)
  return c
}

/**
 * The contract ledger's 应收余额 (issue 14) is the same balance: per contract max(0, booked − collected) of the
 * kept figure, summing to the definition's unpaid receivables; and each 款项 filter selects exactly the rows
 * whose columns say so.
 */
async function ledgerAgrees(customerId: number, unpaidFen: number) {
  const ledger = (money?: LedgerMoneyFilter) =>
    o.finance.call('ledger.list', { filter: { customerId, period: 'all', ...(money && { money }) }, page: 1, pageSize: 50 })
  const all = await ledger()
  const { kept } = await balances()
  const balance = new Map(kept.map((k) => [k.contractId, Math.max(0, k.bookedFen - k.collectedFen)]))
  expect(all.rows.map((r) => [r.contractId, r.receivableFen])).toEqual(all.rows.map((r) => [r.contractId, balance.get(r.contractId) ?? 0]))
  expect(all.totals.receivableFen).toBe(unpaidFen)
  const ids = (rows: LedgerRow[]) => rows.map((r) => r.contractId)
  const owing = await ledger('receivable')
  expect(ids(owing.rows)).toEqual(ids(all.rows.filter((r) => r.receivableFen > 0)))
  expect(owing.totals.receivableFen).toBe(unpaidFen)
  expect(ids((await ledger('uncollected')).rows)).toEqual(ids(all.rows.filter((r) => r.amountFen > r.collectedFen)))
  expect(ids((await ledger('uninvoiced')).rows)).toEqual(ids(all.rows.filter((r) => r.shippedFen > r.invoicedFen)))
}

let customers = 0
async function customer(creditDays: number): Promise<number> {
  customers += 1
  const first17 = `91310000MA2B${String(customers).padStart(5, '0')}`
  const saved = await o.clerk.call('customers.save', { name: `余额测试客户${customers}`, creditCode: first17 + creditCodeCheckChar(first17)!, address: '上海市浦东新区张江路 2 号', contacts: [{ name: '钱经理', phone: '13900000000', title: '采购' }] })
  const proposal = await o.clerk.call('creditChanges.propose', { customerId: saved.id, rating: 'A', creditLimitFen: 500_000_000, creditDays, reason: '测试信用' })
  await o.gm.call('documents.act', { id: proposal.header.id, version: proposal.header.version, action: 'approve' })
  return saved.id
}
/** A signed contract of 2 pumps (¥23,000.00) for the customer, its instalment due today. */
const contract = (customerId: number) => o.signedContract({ customerId, instalments: [{ label: '提货款', dueDate: today(), amountFen: 1_610_000 }] })
async function note(contractId: number, quantity: number, validDays = 7) {
  const draft = await o.clerk.call('dispatchNotes.save', o.noteInput(contractId, quantity, { validUntil: addDays(today(), validDays) }))
  const sent = await o.clerk.call('documents.act', { id: draft.header.id, version: draft.header.version, action: 'submit' })
  return o.manager.call('documents.act', { id: sent.header.id, version: sent.header.version, action: 'approve' })
}
const post = async (noteId: number, quantity: number) =>
  (await o.warehouse.call('outboundSlips.post', { dispatchNoteId: noteId, postedOn: today(), lines: [{ noteLineNo: 1, quantity }] })).header.id
async function booked(slipId: number) {
  await o.finance.call('signBacks.recordCopy', { slipId, signedBy: '钱经理', signedOn: today(), returnedOn: today() })
  return (await o.finance.call('signBacks.bookReceivable', { slipId })).receivable!
}
const pay = (customerId: number, amountFen: number, allocations: Array<{ contractId: number; amountFen: number }>) =>
  o.finance.call('payments.record', { ...o.transfer(amountFen, allocations), customerId })

describe('R9 the contracts’ receivable balance (a running figure) through every operation that moves exposure', () => {
  it('post, book, allocate before and after booking, de-allocate, reverse, a bill, void a slip, void a note, expiry, overdue: kept = recomputed after each step', async () => {
    const customerId = await customer(0)
    const c1 = await contract(customerId)
    const c2 = await contract(customerId)
    await holds(customerId, { unpaid: 0 })

    // Money allocated before anything is booked: no balance row yet (the booking reads the allocations then).
    const early = await pay(customerId, 500_000, [{ contractId: c1, amountFen: 500_000 }])
    await holds(customerId, { unpaid: 0 })

    // Posted, not booked: exposure's second term, not the balance.
    const n1 = await note(c1, 2)
    const s1 = await post(n1.header.id, 1)
    let c = await holds(customerId, { unpaid: 0 })
    expect(term(c, 'postedNotBooked')).toBe(1_150_000)
    expect(term(c, 'approvedDispatch')).toBe(1_150_000)

    // Booked: the row appears with the allocation made before (¥11,500.00 − ¥5,000.00 unpaid).
    expect((await booked(s1)).dueOn).toBe(today())
    c = await holds(customerId, { unpaid: 650_000 })
    expect(term(c, 'postedNotBooked')).toBe(0)

    // The rest of the note posted and booked: the row's booked figure adds up.
    const s2 = await post(n1.header.id, 1)
    await booked(s2)
    await holds(customerId, { unpaid: 1_800_000 })

    // An allocation after booking pays it down; one to the other contract (no receivables) moves nothing kept.
    const later = await pay(customerId, 1_000_000, [{ contractId: c1, amountFen: 800_000 }, { contractId: c2, amountFen: 200_000 }])
    await holds(customerId, { unpaid: 1_000_000 })

    // De-allocated (back to the customer's advance), then the payment reversed (红冲): the receivable is unpaid again.
    await o.finance.call('payments.deallocate', { paymentId: later.header.id, contractId: c1, amountFen: 800_000, reason: '错分' })
    await holds(customerId, { unpaid: 1_800_000 })
    await o.finance.call('payments.deallocate', { paymentId: later.header.id, contractId: c2, amountFen: 200_000, reason: '错分' })
    await o.finance.call('payments.reverse', { paymentId: later.header.id, reason: '重复登记' })
    await holds(customerId, { unpaid: 1_800_000 })
    // The early payment's allocation taken back too: the whole contract is unpaid.
    await o.finance.call('payments.deallocate', { paymentId: early.header.id, contractId: c1, amountFen: 500_000, reason: '错分' })
    await holds(customerId, { unpaid: 2_300_000 })

    // An acceptance bill received, not matured: exposure until paid; allocated, it also pays the receivable.
    await o.finance.call('payments.record', {
      ...o.transfer(300_000, [{ contractId: c1, amountFen: 300_000 }]), customerId,
      method: { kind: 'bill', billNo: 'YE-0001', issuingBank: '工商银行', issuedOn: today(), dueOn: addDays(today(), 90), billKind: 'bank', endorsable: true },
    })
    await holds(customerId, { unpaid: 2_000_000, bills: 300_000 })

    // A slip voided before its gate pass, and an approved note voided: their terms go, the balance does not move.
    const n2 = await note(c2, 2)
    const s3 = await post(n2.header.id, 1)
    expect(term(await check(customerId), 'postedNotBooked')).toBe(1_150_000)
    const slipView = await o.warehouse.call('documents.get', { id: s3 })
    await o.warehouse.call('documents.act', { id: s3, version: slipView.header.version, action: 'void' })
    c = await holds(customerId, { unpaid: 2_000_000, bills: 300_000 })
    expect([term(c, 'postedNotBooked'), term(c, 'approvedDispatch')]).toEqual([0, 2_300_000])
    const noteView = await o.clerk.call('documents.get', { id: n2.header.id })
    await o.clerk.call('documents.act', { id: n2.header.id, version: noteView.header.version, action: 'void' })
    c = await holds(customerId, { unpaid: 2_000_000, bills: 300_000 })
    expect(term(c, 'approvedDispatch')).toBe(0)

    // A note that expires holds nothing; the receivables (due today, 0 credit days) fall overdue the next day.
    await note(c2, 1, 1)
    expect(term(await check(customerId), 'approvedDispatch')).toBe(1_150_000)
    await o.later(2)
    c = await holds(customerId, { unpaid: 2_000_000, overdue: 2_000_000, bills: 300_000 })
    expect(term(c, 'approvedDispatch')).toBe(0)
    expect(c).toMatchObject({ oldestOverdueDays: 2, needsGeneralManager: true })
    expect((await definition(customerId)).oldest).toBe(addDays(today(), -2))

    // Paid in full: nothing unpaid, nothing overdue; the row stays (booked = collected) and leaves the partial index.
    await pay(customerId, 2_000_000, [{ contractId: c1, amountFen: 2_000_000 }])
    c = await holds(customerId, { unpaid: 0, bills: 300_000 })
    expect(c).toMatchObject({ overdueFen: 0, oldestOverdueDays: 0, needsGeneralManager: false })
    expect((await checkIntegrity(o.office.ws.database)).problems).toEqual([])
  })

  it('checkIntegrity reports a kept figure that differs from the rows, and one without receivables', async () => {
    const customerId = await customer(30)
    const c1 = await contract(customerId)
    const n1 = await note(c1, 1)
    await booked(await post(n1.header.id, 1))
    const broken = async (sql: string, params: Record<string, unknown>) => {
      let rules: string[] = []
      await o.office.ws.database
        .transaction(async (em) => {
          await em.query(...driverQuery(em, sql, params))
          rules = (await checkIntegrityIn(em)).problems.map((p) => p.rule)
          throw new Error('rollback')
        })
        .catch((error: unknown) => {
          if (!(error instanceof Error) || error.message !== 'rollback') throw error
        })
      return rules
    }
    const rule = 'R9 receivable balance = receivables and allocations'
    expect(await broken(`UPDATE contract_receivables SET collected_fen = collected_fen + 1 WHERE contract_id = :id`, { id: c1 })).toEqual([rule])
    expect(await broken(`UPDATE contract_receivables SET booked_fen = booked_fen - 1 WHERE contract_id = :id`, { id: c1 })).toEqual([rule])
    expect(await broken(`DELETE FROM contract_receivables WHERE contract_id = :id`, { id: c1 })).toEqual([rule])
    const other = await contract(customerId)
    expect(await broken(`INSERT INTO contract_receivables (contract_id, customer_id, booked_fen, collected_fen) VALUES (:id, :customerId, 0, 0)`, { id: other, customerId })).toEqual([rule])
    expect((await checkIntegrity(o.office.ws.database)).problems).toEqual([])
  })
})
