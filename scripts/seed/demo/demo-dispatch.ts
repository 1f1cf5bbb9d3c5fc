import type { DispatchNoteBody } from '../../../shared/doc-types/dispatch-note/dispatch-note-body'
import { person, type DemoOffice } from './demo-office'
import type { DemoPerson } from './demo-person'

// Issue 12 (first part) in the demo, through the router: the sales clerk opens 待开发货单 (contracts with
// stock ready and nothing dispatched), fills a note with the prefilled quantities and submits it when the
// credit check allows. A zero-credit customer's note waits as a draft (R2) while the clerk asks for a
// first, modest credit line (R2's change, the general manager approves it in his sitting); submitted
// then, the note is over that line and reaches the general manager (R9). The sales managers and the GM
// sign in their own sittings (signerSitting). One note in flight at a time, so two pending notes never
// compete for one stock; the last days leave notes in the manager's and the GM's 待办, contracts on the
// clerk's list.

const CARRIERS = ['德邦物流', '顺丰快运', '客户自提']
interface Desk { inFlight?: number; waiting?: number }
const desks = new WeakMap<DemoOffice, Desk>()

const refusedByCredit = (body: DispatchNoteBody) => {
  const c = body.credit
  return !!c && (c.blocked || (c.zeroCredit && c.shippedAgainstMoneyFen > c.moneyReceivedFen))
}

async function submitWaiting(office: DemoOffice, clerk: DemoPerson, desk: Desk): Promise<void> {
  const view = await clerk.call('documents.get', { id: desk.waiting! })
  const body = view.body as DispatchNoteBody
  if (!refusedByCredit(body)) {
    // Days may have passed: valid from today again, with what the contract and stock allow now.
    const prepared = await clerk.call('dispatchNotes.prepare', { contractId: body.contractId, excludeNoteId: view.header.id })
    const lines = prepared.lines.filter((l) => l.suggested > 0).map((l) => ({ contractLineNo: l.contractLineNo, quantity: l.suggested }))
    desk.waiting = undefined
    if (lines.length === 0) {
      await clerk.call('documents.act', { id: view.header.id, version: view.header.version, action: 'void', comment: '库存已被占用，作废重开' })
      return
    }
    const saved = await clerk.call('dispatchNotes.save', {
      id: view.header.id, version: view.header.version, contractId: body.contractId, deliveryAddress: body.deliveryAddress, contactName: body.contactName,
      contactPhone: body.contactPhone, carrier: body.carrier, validUntil: prepared.validUntil, lines,
    })
    if (refusedByCredit(saved.body as DispatchNoteBody)) {
      desk.waiting = saved.header.id
      return
    }
    await clerk.call('documents.act', { id: saved.header.id, version: saved.header.version, action: 'submit' })
    desk.inFlight = saved.header.id
    return
  }
  const customer = office.customers.find((c) => c.id === body.customerId)
  if (!customer || customer.creditAsked || body.credit?.blocked) return
  // A first line below this note: the general manager will see it over the limit (R9) once it is approved.
  const limit = Math.max(1_000_000, Math.round(body.credit!.noteFen / 2 / 100_000) * 100_000)
  await clerk.call('creditChanges.propose', { customerId: customer.id, rating: 'C', creditLimitFen: limit, creditDays: 30, reason: '首次合作，先给试用额度' })
  customer.creditAsked = true
}

export async function dispatchSitting(office: DemoOffice): Promise<void> {
  const clerk = person(office, 'wangxl')
  const desk = desks.get(office) ?? {}
  desks.set(office, desk)
  if (desk.inFlight !== undefined && (await clerk.call('documents.get', { id: desk.inFlight })).header.state === 'pending') return
  desk.inFlight = undefined
  if (desk.waiting !== undefined) return submitWaiting(office, clerk, desk)
  const contract = (await clerk.call('dispatchNotes.readyContracts', {}))[0]
  if (!contract) return
  const prepared = await clerk.call('dispatchNotes.prepare', { contractId: contract.contractId })
  const lines = prepared.lines.filter((l) => l.suggested > 0).map((l) => ({ contractLineNo: l.contractLineNo, quantity: l.suggested }))
  if (lines.length === 0) return
  const draft = await clerk.call('dispatchNotes.save', {
    contractId: prepared.contractId, deliveryAddress: prepared.deliveryAddress, contactName: prepared.contactName || '采购',
    contactPhone: prepared.contactPhone || '—', carrier: office.random.pick(CARRIERS), validUntil: prepared.validUntil, lines,
  })
  desk.waiting = draft.header.id
  await submitWaiting(office, clerk, desk)
}
