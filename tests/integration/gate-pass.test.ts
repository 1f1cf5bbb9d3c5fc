import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import type { GatePassBody } from '../../shared/doc-types/gate-pass/gate-pass-body'
import type { OutboundSlipBody } from '../../shared/doc-types/outbound-slip/outbound-slip-body'
import { checkIntegrity } from '../../electron/core/integrity/check-integrity'
import { openDispatchOffice, type DispatchOffice } from './support/dispatch-office'
import { snapshotTables } from './support/table-snapshot'
import { PASSWORD } from './support/test-workstation'

// Issue 12 出门证: the guard registers the pass against a posted, not voided outbound slip (vehicle plate,
// driver, time out), one live pass per slip; the slip waits in the guard's 待办 until then; R24: a slip
// with its pass is not voided (VOID_NOT_ALLOWED); the guard voids a wrong pass and registers it again;
// need to know: the gate reads goods and quantities, no price. One office for the file (its customer has
// a wide credit line and stock for every test); each test makes its own contract, note and slip.

vi.setConfig({ testTimeout: 180_000, hookTimeout: 180_000 })

let o: DispatchOffice
beforeAll(async () => {
  o = await openDispatchOffice()
  await o.setCredit('A', 100_000_000)
  await o.stock(30)
})
afterAll(() => o?.office.close())

const unchanged = async (attempt: () => Promise<string>, code: string) => {
  const before = await snapshotTables(o.office.ws.database)
  expect(await attempt()).toBe(code)
  expect(await snapshotTables(o.office.ws.database)).toEqual(before)
}
const integrity = async () => (await checkIntegrity(o.office.ws.database)).problems
const guardTodo = async (id: number) => (await o.guard.call('queue.list', { tab: 'todo' })).rows.filter((r) => r.documentId === id)
const passInput = (outboundSlipId: number, overrides: Record<string, unknown> = {}) => ({ outboundSlipId, vehiclePlate: '沪A·D1234', driverName: '王师傅', driverPhone: '13900000000', ...overrides })
const refusedPass = async (outboundSlipId: number, overrides: Record<string, unknown> = {}) => (await o.guard.refused('gatePasses.register', passInput(outboundSlipId, overrides))).code

/** A signed contract, its approved note of `quantity` pumps, and a slip posting them: the slip's view. */
async function postedSlip(quantity = 1) {
  const contractId = await o.signedContract()
  const sent = await o.submitted(contractId, quantity)
  await o.manager.call('documents.act', { id: sent.header.id, version: sent.header.version, action: 'approve' })
  const slip = await o.warehouse.call('outboundSlips.post', { dispatchNoteId: sent.header.id, postedOn: '2026-11-20', lines: [{ noteLineNo: 1, quantity }] })
  expect(slip.header.state).toBe('approved')
  return { contractId, noteId: sent.header.id, slip }
}

describe('出门证: the guard registers the pass of a posted slip', () => {
  it('the slip waits in the guard’s 待办; the pass is 已放行 at once, MC-numbered, linked to the slip; the task closes; the contract’s family reaches it', async () => {
    const { contractId, slip } = await postedSlip(1)
    const waiting = await guardTodo(slip.header.id)
    expect(waiting.map((r) => r.stepName)).toEqual(['登记出门证'])
    // Need to know: the guard's queue row carries no amount.
    expect(waiting[0]).not.toHaveProperty('amountFen')
    // The guard opens the slip by its number (the scan box): goods, address, carrier; no price, no amount.
    const { id } = await o.guard.call('documents.findByNumber', { docNo: slip.header.docNo.toLowerCase() })
    expect(id).toBe(slip.header.id)
    const seen = await o.guard.call('documents.get', { id })
    expect(seen.header).not.toHaveProperty('amountFen')
    const body = seen.body as OutboundSlipBody
    expect(body).toMatchObject({ customerName: expect.any(String), deliveryAddress: '上海市浦东新区张江路 100 号', carrier: '顺丰物流' })
    expect(body.lines[0]).toMatchObject({ productName: expect.any(String), quantity: 1 })
    expect(body.lines[0]).not.toHaveProperty('unitPriceFen')
    expect(body.lines[0]).not.toHaveProperty('amountFen')

    const pass = await o.guard.call('gatePasses.register', passInput(slip.header.id, { vehiclePlate: '沪a·d1234' }))
    expect(pass.header).toMatchObject({ docType: 'gatePass', state: 'approved' })
    expect(pass.header.docNo).toMatch(/^MC202611\d{4}$/)
    expect(pass.family).toMatchObject([{ id: slip.header.id, link: 'madeFrom', direction: 'source' }])
    const passBody = pass.body as GatePassBody
    expect(passBody).toMatchObject({ vehiclePlate: '沪A·D1234', driverName: '王师傅', driverPhone: '13900000000', outboundSlipNo: slip.header.docNo, leftAt: o.office.clock.now().toISOString() })
    expect(passBody.lines[0]).not.toHaveProperty('unitPriceFen')
    expect(await guardTodo(slip.header.id)).toEqual([])
    // The slip's family shows its pass; sales (the contract's family → note → slip) follow it.
    expect((await o.clerk.call('documents.get', { id: slip.header.id })).family).toContainEqual(expect.objectContaining({ id: pass.header.id, docType: 'gatePass', direction: 'dependant' }))
    expect((await o.clerk.call('documents.get', { id: pass.header.id })).body).toMatchObject({ kind: 'gatePass' })
    expect((await o.clerk.call('documents.get', { id: contractId })).header.state).toBe('partlyShipped')
    // The contract page's slips list each slip's live pass.
    expect((await o.clerk.call('signBacks.ofContract', { contractId })).map((r) => r.gatePass)).toEqual([{ id: pass.header.id, docNo: pass.header.docNo }])
    expect(await integrity()).toEqual([])
  })

  it('GATE_PASS_EXISTS: one pass per slip; the guard voids a wrong pass (the slip waits again) and registers it again', async () => {
    const { slip } = await postedSlip(1)
    const first = await o.guard.call('gatePasses.register', passInput(slip.header.id, { vehiclePlate: '沪A·D1243' }))
    const refusal = await o.guard.refused('gatePasses.register', passInput(slip.header.id))
    expect(refusal.code).toBe('GATE_PASS_EXISTS')
    expect(refusal.message).toContain(first.header.docNo)
    await unchanged(() => refusedPass(slip.header.id), 'GATE_PASS_EXISTS')
    // Only the guard who registered it voids it.
    const other = await o.office.person('guard2', ['guard'], '陈门卫')
    expect((await other.refused('documents.act', { id: first.header.id, version: first.header.version, action: 'void' })).code).toBe('NOT_DRAFTER')
    const voided = await o.guard.call('documents.act', { id: first.header.id, version: first.header.version, action: 'void', comment: '车牌录错' })
    expect(voided.header.state).toBe('voided')
    expect((await guardTodo(slip.header.id)).map((r) => r.stepName)).toEqual(['登记出门证'])
    const second = await o.guard.call('gatePasses.register', passInput(slip.header.id))
    expect((second.body as GatePassBody).vehiclePlate).toBe('沪A·D1234')
    expect(await guardTodo(slip.header.id)).toEqual([])
    expect(await integrity()).toEqual([])
  })

  it('GATE_PASS_SLIP_NOT_POSTED for a voided slip; DOCUMENT_NOT_FOUND for another document; only the guard registers', async () => {
    const { slip, noteId } = await postedSlip(1)
    await o.warehouse.call('documents.act', { id: slip.header.id, version: slip.header.version, action: 'void' })
    expect(await guardTodo(slip.header.id)).toEqual([])
    const refusal = await o.guard.refused('gatePasses.register', passInput(slip.header.id))
    expect(refusal.code).toBe('GATE_PASS_SLIP_NOT_POSTED')
    expect(refusal.message).toContain('已作废')
    await unchanged(() => refusedPass(slip.header.id), 'GATE_PASS_SLIP_NOT_POSTED')
    await unchanged(() => refusedPass(noteId), 'DOCUMENT_NOT_FOUND')
    const { slip: posted } = await postedSlip(1)
    expect((await o.warehouse.refused('gatePasses.register', passInput(posted.header.id))).code).toBe('FORBIDDEN')
    expect((await o.clerk.refused('gatePasses.register', passInput(posted.header.id))).code).toBe('FORBIDDEN')
    expect((await o.guard.refused('gatePasses.register', passInput(posted.header.id, { vehiclePlate: '' }))).code).toBe('INVALID_INPUT')
    expect(await integrity()).toEqual([])
  })

  it('GATE_PASS_TIME_INVALID: a time out in the future or before the slip’s posting day', async () => {
    const { slip } = await postedSlip(1)
    const now = o.office.clock.now().getTime()
    const future = await o.guard.refused('gatePasses.register', passInput(slip.header.id, { leftAt: new Date(now + 3_600_000).toISOString() }))
    expect(future.code).toBe('GATE_PASS_TIME_INVALID')
    expect(future.message).toContain('晚于现在')
    await unchanged(() => refusedPass(slip.header.id, { leftAt: '2026-11-19T15:59:00Z' }), 'GATE_PASS_TIME_INVALID')
    // 2026-11-20 00:00 in Shanghai is the posting day: accepted.
    const pass = await o.guard.call('gatePasses.register', passInput(slip.header.id, { leftAt: '2026-11-19T16:00:00Z' }))
    expect((pass.body as GatePassBody).leftAt).toBe('2026-11-19T16:00:00.000Z')
  })
})

describe('R24: a slip with its gate pass is not voided', () => {
  it('VOID_NOT_ALLOWED while the pass stands (stock stays out); after the pass is voided the slip voids and its stock returns', async () => {
    const { slip } = await postedSlip(1)
    const pass = await o.guard.call('gatePasses.register', passInput(slip.header.id))
    const onHand = async () => (await o.warehouse.call('stock.onHand', { productId: o.pumpId, includeEmpty: true }))[0]!.onHand
    const before = await onHand()
    const blocked = await o.warehouse.refused('documents.act', { id: slip.header.id, version: slip.header.version, action: 'void' })
    expect(blocked.code).toBe('VOID_NOT_ALLOWED')
    expect(blocked.message).toContain(pass.header.docNo)
    await unchanged(async () => (await o.warehouse.refused('documents.act', { id: slip.header.id, version: slip.header.version, action: 'void' })).code, 'VOID_NOT_ALLOWED')
    await o.guard.call('documents.act', { id: pass.header.id, version: pass.header.version, action: 'void' })
    await o.warehouse.call('documents.act', { id: slip.header.id, version: slip.header.version, action: 'void' })
    expect(await onHand()).toBe(before + 1)
    // The voided slip no longer waits at the gate.
    expect(await guardTodo(slip.header.id)).toEqual([])
    expect(await integrity()).toEqual([])
  })
})

describe('补登: a pass registered more than a day after the vehicle left is confirmed by the warehouse keeper', () => {
  it('pending with the warehouse (R20: not the guard), then 已放行; the slip stays out of the guard’s 待办 meanwhile', async () => {
    const { slip } = await postedSlip(1)
    await o.later(2)
    await o.guard.call('auth.login', { login: 'guard', password: PASSWORD })
    const late = await o.guard.call('gatePasses.register', passInput(slip.header.id, { leftAt: '2026-11-20T09:00:00Z' }))
    expect(late.header).toMatchObject({ state: 'pending', currentStep: 'warehouse_confirm_late' })
    expect(await guardTodo(slip.header.id)).toEqual([])
    expect((await o.warehouse.call('queue.list', { tab: 'todo' })).rows.filter((r) => r.documentId === late.header.id).map((r) => r.stepName)).toEqual(['仓管员确认补登'])
    const done = await o.warehouse.call('documents.act', { id: late.header.id, version: late.header.version, action: 'approve' })
    expect(done.header.state).toBe('approved')
    expect(await integrity()).toEqual([])
  })
})
