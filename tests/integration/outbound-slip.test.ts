import { afterEach, describe, expect, it, vi } from 'vitest'
import type { DispatchNoteBody } from '../../shared/doc-types/dispatch-note/dispatch-note-body'
import type { OutboundSlipBody } from '../../shared/doc-types/outbound-slip/outbound-slip-body'
import { checkIntegrity } from '../../electron/core/integrity/check-integrity'
import { moveStock } from '../../electron/core/stock/move-stock'
import { openDispatchOffice, type DispatchOffice } from './support/dispatch-office'
import { sql } from './support/sql'
import { snapshotTables } from './support/table-snapshot'

// R10 出库单: only against an approved, unexpired dispatch note; partial outbound, each line ≤ what the
// note still lacks; posting lowers stock in the same transaction (never below zero) and moves the note
// (部分出库/已出库) and the contract (部分发货/已发货); R9's credit re-check at posting; R24: a posted slip
// is voided only while nothing is made from it (the gate pass, later), returning its stock. Exact codes,
// nothing changed by a refusal. A fresh office per test: stock and credit are the office's.

vi.setConfig({ testTimeout: 180_000 })

let o: DispatchOffice
afterEach(() => o?.office.close())
const open = async () => (o = await openDispatchOffice())

const unchanged = async (attempt: () => Promise<string>, code: string) => {
  const before = await snapshotTables(o.office.ws.database)
  expect(await attempt()).toBe(code)
  expect(await snapshotTables(o.office.ws.database)).toEqual(before)
}
const pump = async () => (await o.warehouse.call('stock.onHand', { productId: o.pumpId, includeEmpty: true }))[0]!
const state = async (id: number) => (await o.clerk.call('documents.get', { id })).header.state
const warehouseTodo = async (id: number) => (await o.warehouse.call('queue.list', { tab: 'todo' })).rows.filter((r) => r.documentId === id).map((r) => r.stepName)
const integrity = async () => (await checkIntegrity(o.office.ws.database)).problems
const slipInput = (dispatchNoteId: number, quantity: number, noteLineNo = 1) => ({ dispatchNoteId, postedOn: '2026-11-20', lines: [{ noteLineNo, quantity }] })
const post = (dispatchNoteId: number, quantity: number) => o.warehouse.call('outboundSlips.post', slipInput(dispatchNoteId, quantity))
const refusedPost = async (dispatchNoteId: number, quantity: number) => (await o.warehouse.refused('outboundSlips.post', slipInput(dispatchNoteId, quantity))).code

/** A signed contract of 2 pumps and its dispatch note of `quantity`, approved by the manager. */
async function approvedNote(quantity = 2): Promise<{ contractId: number; noteId: number }> {
  const contractId = await o.signedContract()
  const sent = await o.submitted(contractId, quantity)
  const done = await o.manager.call('documents.act', { id: sent.header.id, version: sent.header.version, action: 'approve' })
  expect(done.header.state).toBe('approved')
  return { contractId, noteId: sent.header.id }
}

describe('R10 出库单: against an approved, unexpired note, partial, within what the note lacks', () => {
  it('partial then complete: stock goes down with each slip; the note goes 部分出库 → 已出库, the contract 部分发货 → 已发货', async () => {
    await open()
    await o.setCredit('A', 100_000_000)
    await o.stock(5)
    const { contractId, noteId } = await approvedNote(2)
    // The warehouse's 待办: the approved note waits for its outbound.
    expect(await warehouseTodo(noteId)).toEqual(['出库'])
    const prepared = await o.warehouse.call('outboundSlips.prepare', { dispatchNoteId: noteId })
    expect(prepared.lines.map((l) => [l.noteLineNo, l.noteQuantity, l.postedQuantity, l.remaining, l.onHand])).toEqual([[1, 2, 0, 2, 5]])
    const first = await post(noteId, 1)
    expect(first.header).toMatchObject({ docType: 'outboundSlip', state: 'approved' })
    expect(first.header.docNo).toMatch(/^CK202611\d{4}$/)
    expect(first.family).toMatchObject([{ id: noteId, link: 'madeFrom', direction: 'source' }])
    // Need-to-know: the warehouse reads quantities, not prices.
    expect((first.body as OutboundSlipBody).lines[0]).not.toHaveProperty('unitPriceFen')
    expect(((await o.clerk.call('documents.get', { id: first.header.id })).body as OutboundSlipBody).lines[0]).toMatchObject({ quantity: 1, unitPriceFen: 1_150_000, amountFen: 1_150_000 })
    expect(await pump()).toMatchObject({ onHand: 4, reserved: 1, available: 3 })
    expect(await state(noteId)).toBe('partlyPosted')
    expect(await state(contractId)).toBe('partlyShipped')
    // 部分出库: the rest still waits in the warehouse's 待办.
    expect(await warehouseTodo(noteId)).toEqual(['出库'])
    expect((await o.warehouse.call('outboundSlips.prepare', { dispatchNoteId: noteId })).lines[0]).toMatchObject({ postedQuantity: 1, remaining: 1 })

    const over = await o.warehouse.refused('outboundSlips.post', slipInput(noteId, 2))
    expect(over.code).toBe('OUTBOUND_OVER_NOTE')
    expect(over.message).toContain('数量 2 台，已出库 1，尚可出库 1，本单 2')
    await unchanged(() => refusedPost(noteId, 2), 'OUTBOUND_OVER_NOTE')

    await post(noteId, 1)
    expect(await pump()).toMatchObject({ onHand: 3, reserved: 0, available: 3 })
    expect(await state(noteId)).toBe('posted')
    expect(await state(contractId)).toBe('shipped')
    // R5: the ledger's 已发货 is what the posted slips are worth.
    const ledger = await o.clerk.call('ledger.list', {})
    expect(ledger.rows.find((r) => r.contractId === contractId)).toMatchObject({ shippedFen: 2_300_000 })
    // The contract's family shows the note; the note's shows both slips.
    const family = (await o.clerk.call('documents.get', { id: noteId })).family
    expect(family.filter((f) => f.docType === 'outboundSlip' && f.direction === 'dependant')).toHaveLength(2)
    // Fully posted: nothing more goes out on it; R24: the note is not voided.
    await unchanged(() => refusedPost(noteId, 1), 'OUTBOUND_NOTE_NOT_APPROVED')
    const note = await o.clerk.call('documents.get', { id: noteId })
    await unchanged(async () => (await o.clerk.refused('documents.act', { id: noteId, version: note.header.version, action: 'void' })).code, 'ACTION_NOT_ALLOWED')
    expect(await integrity()).toEqual([])
  })

  it('OUTBOUND_NOTE_NOT_APPROVED for a draft or pending note; OUTBOUND_LINE_UNKNOWN / REPEATED; only the warehouse posts', async () => {
    await open()
    await o.setCredit('A', 100_000_000)
    await o.stock(4)
    const draft = await o.clerk.call('dispatchNotes.save', o.noteInput(await o.signedContract(), 1))
    await unchanged(() => refusedPost(draft.header.id, 1), 'OUTBOUND_NOTE_NOT_APPROVED')
    const pending = await o.submitted(await o.signedContract(), 1)
    const refusal = await o.warehouse.refused('outboundSlips.post', slipInput(pending.header.id, 1))
    expect(refusal.code).toBe('OUTBOUND_NOTE_NOT_APPROVED')
    expect(refusal.message).toContain('审批中')
    const { noteId } = await approvedNote(2)
    await unchanged(async () => (await o.warehouse.refused('outboundSlips.post', slipInput(noteId, 1, 2))).code, 'OUTBOUND_LINE_UNKNOWN')
    await unchanged(
      async () => (await o.warehouse.refused('outboundSlips.post', { dispatchNoteId: noteId, postedOn: '2026-11-20', lines: [{ noteLineNo: 1, quantity: 1 }, { noteLineNo: 1, quantity: 1 }] })).code,
      'OUTBOUND_LINE_REPEATED',
    )
    expect((await o.clerk.refused('outboundSlips.post', slipInput(noteId, 1))).code).toBe('FORBIDDEN')
    expect(await integrity()).toEqual([])
  })

  it('DISPATCH_EXPIRED: a note past its valid-until day is not posted, whatever its state says', async () => {
    await open()
    await o.setCredit('A', 100_000_000)
    await o.stock(2)
    const { noteId } = await approvedNote(2)
    await o.later(7) // 2026-11-27: the last valid day
    await post(noteId, 1)
    await o.later(1) // 2026-11-28
    expect(await state(noteId)).toBe('partlyPosted')
    const refusal = await o.warehouse.refused('outboundSlips.post', { ...slipInput(noteId, 1), postedOn: '2026-11-28' })
    expect(refusal.code).toBe('DISPATCH_EXPIRED')
    expect(refusal.message).toContain('有效期至 2026-11-27，今天 2026-11-28 已过期')
    await unchanged(() => refusedPost(noteId, 1), 'DISPATCH_EXPIRED')
    expect(await integrity()).toEqual([])
  })
})

describe('stock never below zero; two posts of the last stock at once', () => {
  it('STOCK_NOT_ENOUGH: posting refuses what is not on hand, and nothing of the slip is left', async () => {
    await open()
    await o.setCredit('A', 100_000_000)
    await o.stock(2)
    const { noteId } = await approvedNote(2)
    // Stock taken out behind the note's reservation (as only a broken reservation could): the posting is still refused.
    const stand = await o.clerk.call('documents.get', { id: noteId })
    await o.office.ws.database.transaction((em) =>
      moveStock(em, { productId: o.pumpId, quantity: -1, document: { id: noteId, docType: 'dispatchNote', docNo: stand.header.docNo }, at: o.office.clock.now() }),
    )
    const refusal = await o.warehouse.refused('outboundSlips.post', slipInput(noteId, 2))
    expect(refusal.code).toBe('STOCK_NOT_ENOUGH')
    expect(refusal.message).toContain('在库 1，本次出库 2，还差 1')
    await unchanged(() => refusedPost(noteId, 2), 'STOCK_NOT_ENOUGH')
    expect(await pump()).toMatchObject({ onHand: 1 })
    expect(await state(noteId)).toBe('approved')
    await post(noteId, 1)
    expect(await pump()).toMatchObject({ onHand: 0 })
  })

  it('two warehouse keepers post the note’s last 2 at once: one wins, the other (deciding after it, on the locked note) is refused OUTBOUND_NOTE_NOT_APPROVED — the note is 已出库; stock ends at 0', async () => {
    await open()
    await o.setCredit('A', 100_000_000)
    await o.stock(2)
    const second = await o.office.person('warehouse2', ['warehouse'], '钱仓管')
    const { noteId, contractId } = await approvedNote(2)
    const results = await Promise.all([o.warehouse, second].map((w) => w.raw('outboundSlips.post', slipInput(noteId, 2))))
    expect(results.filter((r) => r.ok)).toHaveLength(1)
    expect(results.filter((r) => !r.ok).map((r) => (r.ok ? '' : r.error.code))).toEqual(['OUTBOUND_NOTE_NOT_APPROVED'])
    expect(await pump()).toMatchObject({ onHand: 0, reserved: 0 })
    expect(await state(noteId)).toBe('posted')
    expect(await state(contractId)).toBe('shipped')
    expect(await integrity()).toEqual([])
  })
})

describe('R24 voiding a posted slip returns its stock and moves the note and contract back', () => {
  it('void: stock back, note 已批准 / 部分出库, contract 已签订 (planner’s task open again) / 部分发货; refused while a live document is made from it', async () => {
    await open()
    await o.setCredit('A', 100_000_000)
    await o.stock(3)
    const { contractId, noteId } = await approvedNote(2)
    const a = await post(noteId, 1)
    const b = await post(noteId, 1)
    expect(await state(contractId)).toBe('shipped')
    await o.warehouse.call('documents.act', { id: b.header.id, version: b.header.version, action: 'void' })
    expect(await pump()).toMatchObject({ onHand: 2, reserved: 1 })
    expect(await state(noteId)).toBe('partlyPosted')
    expect(await state(contractId)).toBe('partlyShipped')
    // R24: a live document made from the slip (the gate pass will be one) stops the void.
    const other = await o.clerk.call('documents.get', { id: await o.approvedApplication() })
    await o.office.ws.database.transaction((em) =>
      sql(em, `INSERT INTO document_links (from_document_id, to_document_id, kind, created_at) VALUES (:from, :to, 'madeFrom', :at)`, {
        from: other.header.id, to: a.header.id, at: o.office.clock.now().toISOString(),
      }),
    )
    const blocked = await o.warehouse.refused('documents.act', { id: a.header.id, version: a.header.version, action: 'void' })
    expect(blocked.code).toBe('VOID_NOT_ALLOWED')
    await o.office.ws.database.transaction((em) => sql(em, `DELETE FROM document_links WHERE from_document_id = :from AND to_document_id = :to`, { from: other.header.id, to: a.header.id }))
    await o.warehouse.call('documents.act', { id: a.header.id, version: a.header.version, action: 'void' })
    expect(await pump()).toMatchObject({ onHand: 3, reserved: 2 })
    expect(await state(noteId)).toBe('approved')
    expect(await state(contractId)).toBe('approved')
    expect(await warehouseTodo(noteId)).toEqual(['出库'])
    expect((await o.planner.call('queue.list', { tab: 'todo' })).rows.filter((r) => r.documentId === contractId).map((r) => r.stepName)).toEqual(['编制生产通知单'])
    const moves = await o.warehouse.call('stock.movements', { productId: o.pumpId })
    expect(moves.rows.slice(0, 4).map((m) => [m.docNo, m.quantity])).toEqual([[a.header.docNo, 1], [b.header.docNo, 1], [b.header.docNo, -1], [a.header.docNo, -1]])
    // Only its drafter voids it.
    const c = await o.office.person('warehouse3', ['warehouse'], '周仓管')
    const again = await post(noteId, 2)
    expect((await c.refused('documents.act', { id: again.header.id, version: again.header.version, action: 'void' })).code).toBe('NOT_DRAFTER')
    expect(await integrity()).toEqual([])
  })
})

describe('R9 at posting: the exposure counts posted outbound; the credit is checked again', () => {
  it('posted, not yet booked: the posted part moves from the note’s term to the slips’ term', async () => {
    await open()
    await o.setCredit('A', 100_000_000)
    await o.stock(2)
    const { noteId } = await approvedNote(2)
    await post(noteId, 1)
    const terms = async () => ((await o.gm.call('documents.get', { id: noteId })).body as DispatchNoteBody).credit!
    expect((await terms()).terms.map((t) => [t.key, t.amountFen, t.pending])).toEqual([
      ['unpaidReceivables', 0, false], ['postedNotBooked', 1_150_000, false], ['approvedDispatch', 0, false], ['unmaturedBills', 0, false],
    ])
    expect(await terms()).toMatchObject({ exposureFen: 1_150_000, noteFen: 1_150_000 })
    // Seen from another note of the customer: the posted part and what is still to ship on this one.
    await o.stock(1)
    const next = await o.clerk.call('dispatchNotes.save', o.noteInput(await o.signedContract(), 1))
    expect(((await o.gm.call('documents.get', { id: next.header.id })).body as DispatchNoteBody).credit).toMatchObject({ exposureFen: 2_300_000 })
  })

  it('over the limit since the note was approved without the GM: the slip waits for the GM (goods stay in), then posts; a GM-approved note posts at once', async () => {
    await open()
    await o.setCredit('B', 2_300_000)
    await o.stock(4)
    // Exactly at the limit: approved by the manager alone.
    const { noteId } = await approvedNote(2)
    // Then another note over the limit, approved by the GM: the exposure grows.
    const c2 = await o.signedContract()
    const sent = await o.submitted(c2, 2)
    const mgr = await o.manager.call('documents.act', { id: sent.header.id, version: sent.header.version, action: 'approve' })
    expect(mgr.header.currentStep).toBe('gm_credit')
    await o.gm.call('documents.act', { id: sent.header.id, version: mgr.header.version, action: 'approve' })
    const slip = await post(noteId, 1)
    expect(slip.header).toMatchObject({ state: 'pending', currentStep: 'gm_credit_recheck' })
    expect(await pump()).toMatchObject({ onHand: 4 })
    expect(await state(noteId)).toBe('approved')
    expect((await o.gm.call('queue.list', { tab: 'todo' })).rows.filter((r) => r.documentId === slip.header.id).map((r) => r.stepName)).toEqual(['总经理信用审批（出库复核）'])
    const done = await o.gm.call('documents.act', { id: slip.header.id, version: slip.header.version, action: 'approve' })
    expect(done.header.state).toBe('approved')
    expect(await pump()).toMatchObject({ onHand: 3 })
    expect(await state(noteId)).toBe('partlyPosted')
    // The GM approved the second note's credit: its posting needs no second approval.
    expect((await post(sent.header.id, 2)).header.state).toBe('approved')
    expect(await integrity()).toEqual([])
  })

  it('CREDIT_BLOCKED: a customer rated E since the note was approved is refused at posting, nothing changes', async () => {
    await open()
    await o.setCredit('A', 100_000_000)
    await o.stock(2)
    const { noteId } = await approvedNote(2)
    await o.setCredit('E', 100_000_000)
    await unchanged(() => refusedPost(noteId, 1), 'CREDIT_BLOCKED')
  })
})
