import { dayOf, dayText } from '../calendar'
import { person, withRole, type DemoOffice } from './demo-office'
import type { DemoPerson } from './demo-person'

// Issue 14's 提成单 in the demo, through the router: the general manager issues the commission policy on
// day one (3 %, the overdue deduction per aging bucket); early in each month the sales clerk 王小丽 fills
// last month's form for every salesperson with contract collections (the core refuses the others:
// COMMISSION_NO_CONTRACT, skipped), finance and the finance VP review, the general manager approves and
// finance pays out. Near the end the general manager has stopped: the forms wait in the GM's 待办.

const RATES = { d1_30: 50, d31_60: 100, d61_90: 200, d91_180: 300, over180: 500 }

export async function commissionPolicySitting(office: DemoOffice): Promise<void> {
  await person(office, 'wangjh').call('commissionPolicies.issue', { effectiveFrom: dayText(dayOf(office.clock.ms)), rateBps: 300, overdueRates: RATES, note: '销售提成办法' })
}

const todo = async (who: DemoPerson) =>
  [...(await who.call('queue.list', { tab: 'todo', pageSize: 200 })).rows].filter((r) => r.docType === 'commission')

async function approveAll(who: DemoPerson): Promise<void> {
  for (const row of await todo(who)) {
    const view = await who.call('documents.get', { id: row.documentId })
    if (view.actions.includes('approve')) await who.call('documents.act', { id: view.header.id, version: view.header.version, action: 'approve', comment: '同意' })
  }
}

/** Last month's forms, filled, signed through (the GM only while still at work) and paid out. */
export async function commissionSitting(office: DemoOffice, options: { gmSigns: boolean }): Promise<void> {
  const clerk = person(office, 'wangxl')
  const finance = person(office, 'sunxy')
  const gm = person(office, 'wangjh')
  const vp = withRole(office, 'finance_vp')[0]
  if (!vp) return
  const today = dayText(dayOf(office.clock.ms))
  const [y, m] = today.split('-').map(Number) as [number, number]
  const month = m === 1 ? `${y - 1}-12` : `${y}-${String(m - 1).padStart(2, '0')}`
  for (const p of await clerk.call('commissions.salespeople', {})) {
    try {
      await clerk.call('commissions.compute', { salespersonUserId: p.userId, month })
    } catch {
      continue // R16: no contract collections (or no policy yet at that month's end): no form
    }
    const draft = await clerk.call('commissions.save', { salespersonUserId: p.userId, month, remark: `${month} 回款提成` })
    await clerk.call('documents.act', { id: draft.header.id, version: draft.header.version, action: 'submit' })
  }
  await approveAll(finance)
  await approveAll(vp)
  if (!options.gmSigns) return
  await approveAll(gm)
  for (const row of await todo(finance)) {
    const view = await finance.call('documents.get', { id: row.documentId })
    if (view.body.kind !== 'commission' || view.header.state !== 'approved') continue
    await finance.call('commissions.recordPaid', { commissionId: view.header.id, paidOn: today, amountFen: view.body.figures.payableFen - view.body.paidFen })
  }
}
