import type { DispatchNoteBody } from '../../../shared/doc-types/dispatch-note/dispatch-note-body'
import { person, type DemoOffice } from './demo-office'

// Issue 12 (first part) in the demo, through the router: the sales clerk opens 待开发货单 (contracts with
// stock ready and nothing dispatched), fills a note with the prefilled quantities and submits it when the
// credit check allows (a zero-credit customer without the money waits as a draft, R2). The sales
// managers and the general manager sign in their own sittings (signerSitting): notes over the customer's
// limit reach the GM (R9). One note in flight at a time, so two pending notes never compete for one
// stock; the last days leave notes in the manager's and the GM's 待办, and contracts on the clerk's list.

const CARRIERS = ['德邦物流', '顺丰快运', '客户自提']
const inFlight = new WeakMap<DemoOffice, number>()

export async function dispatchSitting(office: DemoOffice): Promise<void> {
  const clerk = person(office, 'wangxl')
  const last = inFlight.get(office)
  if (last !== undefined && (await clerk.call('documents.get', { id: last })).header.state === 'pending') return
  const ready = await clerk.call('dispatchNotes.readyContracts', {})
  const contract = ready[0]
  if (!contract) return
  const prepared = await clerk.call('dispatchNotes.prepare', { contractId: contract.contractId })
  const lines = prepared.lines.filter((l) => l.suggested > 0).map((l) => ({ contractLineNo: l.contractLineNo, quantity: l.suggested }))
  if (lines.length === 0) return
  const draft = await clerk.call('dispatchNotes.save', {
    contractId: prepared.contractId, deliveryAddress: prepared.deliveryAddress, contactName: prepared.contactName || '采购',
    contactPhone: prepared.contactPhone || '—', carrier: office.random.pick(CARRIERS), validUntil: prepared.validUntil, lines,
  })
  const credit = (draft.body as DispatchNoteBody).credit
  // R2 / R9: what the submit would refuse stays a draft with the clerk (the money, or a credit change, first).
  if (credit && (credit.blocked || (credit.zeroCredit && credit.shippedAgainstMoneyFen > credit.moneyReceivedFen))) return
  await clerk.call('documents.act', { id: draft.header.id, version: draft.header.version, action: 'submit' })
  inFlight.set(office, draft.header.id)
}
