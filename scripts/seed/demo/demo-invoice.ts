import { dayOf, dayText } from '../calendar'
import type { Random } from '../random'
import { person, withRole, type DemoOffice } from './demo-office'
import type { DemoPerson } from './demo-person'

// Issue 14's invoice request in the demo, through the router: finance records the delivery payment of
// contracts whose goods went out (the customer pays the rest on delivery: R15's 60 % is reached), the
// sales clerk asks for an invoice for what is shipped and not yet invoiced on each contract at the
// threshold and submits it, the finance VP approves, finance records the tax system's number; the first
// recorded invoice has half of it reversed by a red letter (R24). The last sittings leave a request in
// the finance VP's 待办 and an approved one in finance's (录入发票).

const redLettered = new WeakSet<DemoOffice>()
const todo = async (who: DemoPerson, docType: string) =>
  [...(await who.call('queue.list', { tab: 'todo', pageSize: 200 })).rows].reverse().filter((r) => r.docType === docType)

export async function invoiceSitting(office: DemoOffice, random: Random, options: { leaveWaiting: boolean }): Promise<void> {
  const finance = person(office, 'sunxy')
  const clerk = person(office, 'wangxl')
  const vp = withRole(office, 'finance_vp')[0]
  if (!vp) return
  const today = dayText(dayOf(office.clock.ms))
  const shipped = (await finance.call('ledger.list', { filter: { period: 'all' }, pageSize: 200 })).rows.filter((r) => r.shippedFen > 0)
  for (const row of shipped.filter((r) => r.collectedFen < r.amountFen && random.chance(0.7))) {
    await finance.call('payments.record', {
      customerId: row.customerId, receivedOn: today, amountFen: row.amountFen - row.collectedFen,
      method: { kind: 'transfer', bank: '工商银行', reference: `TX${random.int(10_000_000, 99_999_999)}` },
      allocations: [{ contractId: row.contractId, amountFen: row.amountFen - row.collectedFen }],
    })
  }
  // The finance VP's and finance's queues first, so what the clerk asks today waits for the next sitting.
  const pending = await todo(vp, 'invoice')
  for (const row of pending.slice(0, options.leaveWaiting ? Math.max(0, pending.length - 1) : pending.length)) {
    const view = await vp.call('documents.get', { id: row.documentId })
    if (view.actions.includes('approve')) await vp.call('documents.act', { id: view.header.id, version: view.header.version, action: 'approve', comment: '同意开票' })
  }
  const approved = await todo(finance, 'invoice')
  for (const row of approved.slice(0, options.leaveWaiting ? Math.max(0, approved.length - 1) : approved.length)) {
    const view = await finance.call('documents.get', { id: row.documentId })
    if (view.header.state !== 'approved' || view.body.kind !== 'invoice') continue
    const number = `${today.slice(2, 4)}312000${String(view.header.id).padStart(12, '0')}`
    await finance.call('invoices.record', { requestId: view.header.id, number: { kind: 'digital', number }, issuedOn: today, amountFen: view.body.amountFen })
    if (!redLettered.has(office)) {
      redLettered.add(office)
      await finance.call('invoices.redLetter', {
        requestId: view.header.id, confirmationNo: `4403${String(view.header.id).padStart(12, '0')}`, redOn: today, amountFen: Math.floor(view.body.amountFen / 2), reason: '客户退回部分货物',
      })
    }
  }
  for (const row of shipped) {
    const figures = await clerk.call('invoices.figures', { contractId: row.contractId })
    if (!figures.thresholdMet || figures.availableFen <= 0) continue
    const draft = await clerk.call('invoices.save', { contractId: row.contractId, amountFen: figures.availableFen })
    await clerk.call('documents.act', { id: draft.header.id, version: draft.header.version, action: 'submit' })
  }
}
