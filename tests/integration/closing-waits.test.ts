import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { checkIntegrity } from '../../electron/core/integrity/check-integrity'
import { formatShanghai } from '../../shared/dates'
import { openDispatchOffice, type DispatchOffice } from './support/dispatch-office'
import { PASSWORD, type TestClient } from './support/test-workstation'
import { lockReconciliation } from './support/reconciliation-lock'

// R19 with R10/R11: the month-end closing files finished documents away, with their open tasks. A posted
// outbound slip is finished for the warehouse but not for the guard (its gate pass) nor for finance (the
// customer's signed copy, then the receivable): it stays open until both are done, so their tasks stay in
// the queues (the outbound slip's `closingWaits`).

vi.setConfig({ testTimeout: 180_000, hookTimeout: 180_000 })

let o: DispatchOffice
let guard: TestClient
beforeAll(async () => {
  o = await openDispatchOffice()
  await o.stock(10)
  await o.setCredit('A', 100_000_000)
  guard = o.guard
})
afterAll(() => o?.office.close())

const today = () => formatShanghai(o.office.clock.now().toISOString(), false)
const todo = async (client: TestClient, id: number) => (await client.call('queue.list', { tab: 'todo' })).rows.filter((r) => r.documentId === id).map((r) => r.stepName)

/** An approved note of one pump on the contract, posted in full: the slip's id. */
async function postedSlip(contractId: number): Promise<number> {
  const sent = await o.submitted(contractId, 1)
  const approved = await o.manager.call('documents.act', { id: sent.header.id, version: sent.header.version, action: 'approve' })
  expect(approved.header.state).toBe('approved')
  const slip = await o.warehouse.call('outboundSlips.post', { dispatchNoteId: approved.header.id, postedOn: today(), lines: [{ noteLineNo: 1, quantity: 1 }] })
  return slip.header.id
}

describe('R19: the month-end closing and a posted slip', () => {
  it('leaves a slip open while its goods wait at the gate or its receivable is not booked; closes it once both are done', async () => {
    const contractId = await o.signedContract()
    const waiting = await postedSlip(contractId)
    const passedOnly = await postedSlip(contractId)
    const done = await postedSlip(await o.signedContract())
    for (const id of [passedOnly, done]) await guard.call('gatePasses.register', { outboundSlipId: id, vehiclePlate: '沪A·D1234', driverName: '王师傅' })
    await o.finance.call('signBacks.recordCopy', { slipId: done, signedBy: '赵经理', signedOn: today(), returnedOn: today() })
    await o.finance.call('signBacks.bookReceivable', { slipId: done })

    const month = o.office.clock.now().toISOString().slice(0, 7)
    await o.later(45)
    await o.office.admin.call('auth.login', { login: 'admin', password: PASSWORD })
    await guard.call('auth.login', { login: 'guard', password: PASSWORD })
    await lockReconciliation(month, o.manager, o.finance)
    await o.office.admin.call('documents.closeMonth', { month })

    const closedAt = async (id: number) => (await o.clerk.call('documents.get', { id })).header.closedAt
    expect(await closedAt(done)).not.toBeNull()
    expect(await closedAt(waiting)).toBeNull()
    expect(await closedAt(passedOnly)).toBeNull()
    // Their follow-up work is still in the queues.
    expect(await todo(guard, waiting)).toEqual(['登记出门证'])
    expect(await todo(o.finance, waiting)).toEqual(['登记客户签收'])
    expect(await todo(o.finance, passedOnly)).toEqual(['登记客户签收'])
    expect(await todo(guard, passedOnly)).toEqual([])
    expect((await checkIntegrity(o.office.ws.database)).problems).toEqual([])
  })
})
