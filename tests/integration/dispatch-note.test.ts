import { afterEach, describe, expect, it, vi } from 'vitest'
import type { DispatchNoteBody } from '../../shared/doc-types/dispatch-note/dispatch-note-body'
import { checkIntegrity } from '../../electron/core/integrity/check-integrity'
import { assertNotExpired, expireDispatchNotes } from '../../electron/core/doc-types/dispatch-note/dispatch-validity'
import { openDispatchOffice, type DispatchOffice } from './support/dispatch-office'
import { sql } from './support/sql'
import { snapshotTables } from './support/table-snapshot'

// R8 (within the contract, within stock available, valid until), R9 (the credit check at dispatch: the
// general manager's step over the limit, none exactly at it, acceptance bills in the exposure, a blocked
// rating refused), R2 (zero credit ships against money received), R24 (void rules). Each refusal by its
// exact code, with nothing changed. A fresh office per test: credit exposure is the customer's, across tests.

// Opening an office per test takes seconds (tens on PostgreSQL on a small machine): a longer limit, no waiting on time.
vi.setConfig({ testTimeout: 180_000 })

let o: DispatchOffice
afterEach(() => o?.office.close())
const open = async () => (o = await openDispatchOffice())

const unchanged = async (attempt: () => Promise<string>, code: string) => {
  const before = await snapshotTables(o.office.ws.database)
  expect(await attempt()).toBe(code)
  expect(await snapshotTables(o.office.ws.database)).toEqual(before)
}
const todo = async (who: DispatchOffice['gm'], id: number) => (await who.call('queue.list', { tab: 'todo' })).rows.filter((r) => r.documentId === id).map((r) => r.stepName)
const body = async (who: DispatchOffice['gm'], id: number) => (await who.call('documents.get', { id })).body as DispatchNoteBody
const pump = async () => (await o.warehouse.call('stock.onHand', { productId: o.pumpId, includeEmpty: true }))[0]!
const integrity = async () => (await checkIntegrity(o.office.ws.database)).problems

describe('R8 发货单: against a signed contract, within what it lacks and within stock available', () => {
  it('DISPATCH_OVER_CONTRACT: ≤ what the contract still lacks after live notes; a voided note frees it', async () => {
    await open()
    await o.setCredit('A', 100_000_000)
    await o.stock(10)
    const c = await o.signedContract()
    const prepared = await o.clerk.call('dispatchNotes.prepare', { contractId: c })
    expect(prepared).toMatchObject({ deliveryAddress: '上海市浦东新区张江路 100 号', contactName: '赵经理', contactPhone: '13800000000', validUntil: '2026-11-27' })
    expect(prepared.lines.map((l) => [l.contractQuantity, l.dispatchedQuantity, l.remaining, l.onHand, l.reserved, l.available, l.suggested])).toEqual([[2, 0, 2, 10, 0, 10, 2]])
    await unchanged(async () => (await o.clerk.refused('dispatchNotes.save', o.noteInput(c, 3))).code, 'DISPATCH_OVER_CONTRACT')
    const first = await o.clerk.call('dispatchNotes.save', o.noteInput(c, 2))
    expect(first.header.docNo).toMatch(/^FH202611\d{4}$/)
    expect(first.header.amountFen).toBe(2_300_000)
    expect(first.family).toMatchObject([{ id: c, link: 'madeFrom', direction: 'source' }])
    const contract = await o.clerk.call('documents.get', { id: c })
    expect(contract.family.map((f) => f.id)).toContain(first.header.id)
    const refusal = await o.clerk.refused('dispatchNotes.save', o.noteInput(c, 1))
    expect(refusal.code).toBe('DISPATCH_OVER_CONTRACT')
    expect(refusal.message).toContain('其他发货单已开 2，尚可发货 0')
    await o.clerk.call('documents.act', { id: first.header.id, version: first.header.version, action: 'void' })
    await o.clerk.call('dispatchNotes.save', o.noteInput(c, 1))
    expect((await o.manager.refused('dispatchNotes.save', o.noteInput(c, 1))).code).toBe('FORBIDDEN')
    expect(await integrity()).toEqual([])
  })

  it('DISPATCH_OVER_STOCK: counts what approved notes reserve; checked at save, submit and the final approval; the stock page’s reserved is real', async () => {
    await open()
    await o.setCredit('A', 100_000_000)
    await o.stock(3)
    const a = await o.signedContract()
    const b = await o.signedContract()
    // Two drafts while 3 are available; a's approved note reserves 2.
    const draftB = await o.clerk.call('dispatchNotes.save', o.noteInput(b, 2))
    const sentA = await o.submitted(a, 2)
    await o.manager.call('documents.act', { id: sentA.header.id, version: sentA.header.version, action: 'approve' })
    expect(await pump()).toMatchObject({ onHand: 3, reserved: 2, available: 1 })
    const overStock = await o.clerk.refused('dispatchNotes.save', o.noteInput(await o.signedContract(), 2))
    expect(overStock.code).toBe('DISPATCH_OVER_STOCK')
    expect(overStock.message).toContain('在库 3 台，已批准未出库的发货单占用 2，可用 1，本单 2')
    await unchanged(async () => (await o.clerk.refused('documents.act', { id: draftB.header.id, version: draftB.header.version, action: 'submit' })).code, 'DISPATCH_OVER_STOCK')
    // Two pending notes for the last unit: the second approval is refused (reserved ≤ on hand when approved).
    const c1 = await o.submitted(await o.signedContract(), 1)
    const d = await o.signedContract()
    const c2 = await o.submitted(d, 1)
    await o.manager.call('documents.act', { id: c1.header.id, version: c1.header.version, action: 'approve' })
    await unchanged(async () => (await o.manager.refused('documents.act', { id: c2.header.id, version: c2.header.version, action: 'approve' })).code, 'DISPATCH_OVER_STOCK')
    expect(await pump()).toMatchObject({ onHand: 3, reserved: 3, available: 0 })
    expect(await integrity()).toEqual([])
  })

  it('the clerk’s list: signed contracts with stock ready and nothing dispatched', async () => {
    await open()
    await o.setCredit('A', 100_000_000)
    const c = await o.signedContract()
    expect((await o.clerk.call('dispatchNotes.readyContracts', {})).map((r) => r.contractId)).not.toContain(c)
    await o.stock(2)
    expect((await o.clerk.call('dispatchNotes.readyContracts', {})).find((r) => r.contractId === c)).toMatchObject({ linesReady: 1, linesOpen: 1 })
    await o.clerk.call('dispatchNotes.save', o.noteInput(c, 1))
    expect((await o.clerk.call('dispatchNotes.readyContracts', {})).map((r) => r.contractId)).not.toContain(c)
    expect((await o.warehouse.refused('dispatchNotes.readyContracts', {})).code).toBe('FORBIDDEN')
  })
})

describe('R9 the credit check at dispatch', () => {
  it('over the limit by one fen: the general manager’s step, with the figures; the manager then the GM approve', async () => {
    await open()
    await o.setCredit('B', 2_299_999, 45)
    await o.stock(2)
    const c = await o.signedContract()
    const sent = await o.submitted(c, 2)
    expect(sent.header).toMatchObject({ state: 'pending', currentStep: 'manager_approve' })
    expect(await todo(o.manager, sent.header.id)).toEqual(['销售经理审批'])
    const mgr = await o.manager.call('documents.act', { id: sent.header.id, version: sent.header.version, action: 'approve' })
    expect(mgr.header).toMatchObject({ state: 'pending', currentStep: 'gm_credit' })
    expect(await todo(o.gm, sent.header.id)).toEqual(['总经理信用审批'])
    const credit = (await body(o.gm, sent.header.id)).credit!
    expect(credit).toMatchObject({
      rating: 'B', creditLimitFen: 2_299_999, creditDays: 45, exposureFen: 0, noteFen: 2_300_000, overLimitFen: 1, overdueFen: 0, oldestOverdueDays: 0,
      needsGeneralManager: true, blocked: false, zeroCredit: false,
    })
    expect(credit.terms.map((t) => [t.key, t.amountFen, t.pending])).toEqual([
      ['unpaidReceivables', 0, false], ['postedNotBooked', 0, false], ['approvedDispatch', 0, false], ['unmaturedBills', 0, false],
    ])
    const done = await o.gm.call('documents.act', { id: sent.header.id, version: mgr.header.version, action: 'approve' })
    expect(done.header.state).toBe('approved')
    // Approved and unposted, the note is now the customer's exposure for the next one.
    const c2 = await o.signedContract()
    await o.stock(1)
    const next = await o.clerk.call('dispatchNotes.save', o.noteInput(c2, 1))
    expect((await body(o.gm, next.header.id)).credit!.terms.find((t) => t.key === 'approvedDispatch')!.amountFen).toBe(2_300_000)
    // Need-to-know: the warehouse (not a credit or amount reader) cannot open it unless it acts on it.
    expect((await o.warehouse.call('documents.get', { id: sent.header.id })).body).not.toHaveProperty('credit')
    expect(await integrity()).toEqual([])
  })

  it('exactly at the limit: no extra step — the manager’s approval completes it', async () => {
    await open()
    await o.setCredit('B', 2_300_000)
    await o.stock(2)
    const sent = await o.submitted(await o.signedContract(), 2)
    expect((await body(o.gm, sent.header.id)).credit).toMatchObject({ overLimitFen: 0, needsGeneralManager: false })
    const done = await o.manager.call('documents.act', { id: sent.header.id, version: sent.header.version, action: 'approve' })
    expect(done.header.state).toBe('approved')
  })

  it('an unmatured acceptance bill counts in the exposure (a bank bill due after today); matured, it does not', async () => {
    await open()
    await o.setCredit('B', 2_300_000)
    await o.stock(4)
    await o.finance.call('payments.record', {
      ...o.transfer(100), method: { kind: 'bill', billNo: 'YH-0001', issuingBank: '工商银行', issuedOn: '2026-11-15', dueOn: '2026-11-30', billKind: 'bank', endorsable: true },
    })
    const sent = await o.submitted(await o.signedContract(), 2)
    const credit = (await body(o.gm, sent.header.id)).credit!
    expect(credit.terms.find((t) => t.key === 'unmaturedBills')!.amountFen).toBe(100)
    expect(credit).toMatchObject({ exposureFen: 100, overLimitFen: 100, needsGeneralManager: true })
    const mgr = await o.manager.call('documents.act', { id: sent.header.id, version: sent.header.version, action: 'approve' })
    expect(mgr.header.currentStep).toBe('gm_credit')
    // On the bill's due day it still counts; the day after, it has matured.
    await o.later(11)
    const later = await o.clerk.call('dispatchNotes.save', o.noteInput(await o.signedContract(), 1, { validUntil: '2026-12-08' }))
    expect((await body(o.gm, later.header.id)).credit!.terms.find((t) => t.key === 'unmaturedBills')!.amountFen).toBe(0)
  })

  it('CREDIT_BLOCKED: a customer rated E (冻结发货) is refused at submit, nothing changes', async () => {
    await open()
    await o.setCredit('E', 100_000_000)
    await o.stock(2)
    const draft = await o.clerk.call('dispatchNotes.save', o.noteInput(await o.signedContract(), 2))
    await unchanged(async () => (await o.clerk.refused('documents.act', { id: draft.header.id, version: draft.header.version, action: 'submit' })).code, 'CREDIT_BLOCKED')
  })

  it('R2 CREDIT_ZERO_UNPAID: a zero-credit customer ships only against money received (an unmatured bill is not money); no GM step', async () => {
    await open()
    await o.stock(2)
    const c = await o.signedContract()
    const draft = await o.clerk.call('dispatchNotes.save', o.noteInput(c, 2))
    await unchanged(async () => (await o.clerk.refused('documents.act', { id: draft.header.id, version: draft.header.version, action: 'submit' })).code, 'CREDIT_ZERO_UNPAID')
    await o.finance.call('payments.record', {
      ...o.transfer(300_000), method: { kind: 'bill', billNo: 'YH-0002', issuingBank: '工商银行', issuedOn: '2026-11-15', dueOn: '2027-02-15', billKind: 'bank', endorsable: true },
    })
    await o.finance.call('payments.record', o.transfer(1_999_999))
    const short = await o.clerk.refused('documents.act', { id: draft.header.id, version: draft.header.version, action: 'submit' })
    expect(short.code).toBe('CREDIT_ZERO_UNPAID')
    expect(short.message).toContain('已到款 ¥19,999.99（未到期承兑汇票不计），本单与其他有效发货单合计 ¥23,000.00')
    await o.finance.call('payments.record', o.transfer(300_001))
    const sent = await o.clerk.call('documents.act', { id: draft.header.id, version: draft.header.version, action: 'submit' })
    const done = await o.manager.call('documents.act', { id: sent.header.id, version: sent.header.version, action: 'approve' })
    expect(done.header.state).toBe('approved')
  })
})

describe('R24 void rules, and R8 validity', () => {
  it('a draft and an approved note are voided (freeing stock); a pending one is not; one with posted outbound is not', async () => {
    await open()
    await o.setCredit('A', 100_000_000)
    await o.stock(4)
    const draft = await o.clerk.call('dispatchNotes.save', o.noteInput(await o.signedContract(), 1))
    await o.clerk.call('documents.act', { id: draft.header.id, version: draft.header.version, action: 'void' })
    const pending = await o.submitted(await o.signedContract(), 1)
    await unchanged(async () => (await o.clerk.refused('documents.act', { id: pending.header.id, version: pending.header.version, action: 'void' })).code, 'ACTION_NOT_ALLOWED')
    const approved = await o.manager.call('documents.act', { id: pending.header.id, version: pending.header.version, action: 'approve' })
    expect(await pump()).toMatchObject({ reserved: 1, available: 3 })
    await o.clerk.call('documents.act', { id: approved.header.id, version: approved.header.version, action: 'void' })
    expect(await pump()).toMatchObject({ reserved: 0, available: 4 })
    // R24: once goods went out on it (the outbound slip will move it to 部分出库), it is not voided.
    const sent = await o.submitted(await o.signedContract(), 2)
    const ok = await o.manager.call('documents.act', { id: sent.header.id, version: sent.header.version, action: 'approve' })
    await o.office.ws.database.transaction(async (em) => {
      await sql(em, `UPDATE dispatch_note_lines SET posted_quantity = 1 WHERE document_id = :id`, { id: ok.header.id })
      await sql(em, `UPDATE documents SET state = 'partlyPosted', version = version + 1 WHERE id = :id`, { id: ok.header.id })
    })
    await unchanged(async () => (await o.clerk.refused('documents.act', { id: ok.header.id, version: ok.header.version + 1, action: 'void' })).code, 'ACTION_NOT_ALLOWED')
    expect(await pump()).toMatchObject({ onHand: 4, reserved: 1 })
  })

  it('expired: 已过期 at read and for posting, reserves nothing, frees the contract; the daily run files it; a past valid-until is refused', async () => {
    await open()
    await o.setCredit('A', 100_000_000)
    await o.stock(2)
    const c = await o.signedContract()
    await unchanged(async () => (await o.clerk.refused('dispatchNotes.save', o.noteInput(c, 2, { validUntil: '2026-11-19' }))).code, 'DISPATCH_VALID_UNTIL_PAST')
    const draft = await o.clerk.call('dispatchNotes.save', o.noteInput(c, 2, { validUntil: '2026-11-21' }))
    const sent = await o.clerk.call('documents.act', { id: draft.header.id, version: draft.header.version, action: 'submit' })
    await o.manager.call('documents.act', { id: sent.header.id, version: sent.header.version, action: 'approve' })
    expect((await body(o.clerk, draft.header.id)).expired).toBe(false)
    expect(await pump()).toMatchObject({ reserved: 2 })
    await o.later(2) // 2026-11-22 in Shanghai
    expect((await body(o.clerk, draft.header.id)).expired).toBe(true)
    expect(await pump()).toMatchObject({ reserved: 0, available: 2 })
    expect((await o.clerk.call('dispatchNotes.prepare', { contractId: c })).lines[0]).toMatchObject({ dispatchedQuantity: 0, remaining: 2 })
    // The outbound slip's posting will call this: refused with DISPATCH_EXPIRED.
    expect(() => assertNotExpired({ docNo: draft.header.docNo }, { validUntil: '2026-11-21' }, '2026-11-22')).toThrowError(expect.objectContaining({ code: 'DISPATCH_EXPIRED' }))
    expect(() => assertNotExpired({ docNo: draft.header.docNo }, { validUntil: '2026-11-22' }, '2026-11-22')).not.toThrow()
    const moved = await o.office.ws.database.transaction((em) =>
      expireDispatchNotes(em, '2026-11-22', { user: { id: o.manager.id, name: '李建国', roles: ['sales_manager'] } as never, at: o.office.clock.now() }),
    )
    expect(moved).toBe(1)
    expect((await o.clerk.call('documents.get', { id: draft.header.id })).header.state).toBe('expired')
    // A new note for the same contract may take what the expired one never shipped.
    await o.clerk.call('dispatchNotes.save', o.noteInput(c, 2, { validUntil: '2026-11-29' }))
    expect(await integrity()).toEqual([])
  })
})
