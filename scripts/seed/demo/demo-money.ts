import type { QueueRow } from '../../../shared/api'
import { dayOf, dayText } from '../calendar'
import { APPROVAL_COMMENTS } from '../texts'
import type { Random } from '../random'
import type { DemoOffice } from './demo-office'
import type { DemoPerson } from './demo-person'

// Issue 11's money half in the demo, through the router: finance records each signed contract's
// prepayment (now and then more than asked: an advance waiting in finance's 待办), the planner compiles
// production notices for contracts whose prepayment is in, the sales VP signs them. Their chances come
// from a Random of their own, so the rest of the demo (which leaves work for legal) draws as before.

const todo = async (who: DemoPerson): Promise<QueueRow[]> => [...(await who.call('queue.list', { tab: 'todo', pageSize: 200 })).rows].reverse()

/** payments.record (R14): the prepayment of every signed contract waiting for money, allocated to it. */
export async function financeMoneySitting(office: DemoOffice, random: Random, finance: DemoPerson, options: { leaveWaiting: number }): Promise<void> {
  const keep = Math.min(options.leaveWaiting, office.awaitingMoney.length)
  for (const contractId of office.awaitingMoney.splice(0, office.awaitingMoney.length - keep)) {
    const view = await finance.call('documents.get', { id: contractId })
    if (view.body.kind !== 'contract' || !view.body.terms.prepaymentFen) continue
    const prepayment = view.body.terms.prepaymentFen
    const extra = random.chance(0.2) ? random.int(1, 10) * 100_000 : 0
    const bill = random.chance(0.25)
    await finance.call('payments.record', {
      customerId: view.body.customerId, receivedOn: dayText(dayOf(office.clock.ms)), amountFen: prepayment + extra,
      method: bill
        ? { kind: 'bill', billNo: String(random.int(10_000_000, 99_999_999)), issuingBank: '工商银行承兑', issuedOn: dayText(dayOf(office.clock.ms) - 10), dueOn: dayText(dayOf(office.clock.ms) + 170), billKind: 'bank', endorsable: true }
        : { kind: 'transfer', bank: '工商银行', reference: `TX${random.int(10_000_000, 99_999_999)}` },
      allocations: [{ contractId, amountFen: prepayment }],
    })
  }
}

/** productionNotices.save + submit (R6): every contract in the planner's 待办 whose prepayment is in. */
export async function plannerSitting(planner: DemoPerson): Promise<void> {
  for (const row of (await todo(planner)).filter((r) => r.docType === 'contract')) {
    const remaining = await planner.call('productionNotices.remaining', { contractId: row.documentId })
    if (!remaining.prepayment.received) continue
    const lines = remaining.lines.filter((l) => l.remaining > 0).map((l) => ({ contractLineNo: l.contractLineNo, quantity: l.remaining, requiredDate: remaining.deliveryDate }))
    if (!lines.length) continue
    const saved = await planner.call('productionNotices.save', { contractId: row.documentId, lines })
    await planner.call('documents.act', { id: saved.header.id, version: saved.header.version, action: 'submit' })
  }
}

/** The sales VP signs the production notices in their 待办 (their general manager's work is not theirs here). */
export async function salesVpSitting(random: Random, vp: DemoPerson, options: { leaveWaiting: number }): Promise<void> {
  const notices = (await todo(vp)).filter((r) => r.docType === 'productionNotice')
  // The newest may wait for the next sitting (the demo wants one in the VP's 待办 at the end).
  for (const row of notices.slice(0, Math.max(0, notices.length - options.leaveWaiting))) {
    const view = await vp.call('documents.get', { id: row.documentId })
    if (!view.actions.includes('approve')) continue
    const comment = random.pick(APPROVAL_COMMENTS)
    await vp.call('documents.act', { id: view.header.id, version: view.header.version, action: 'approve', ...(comment ? { comment } : {}) })
  }
}
