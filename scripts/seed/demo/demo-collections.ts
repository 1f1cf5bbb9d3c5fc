import { dayText } from '../calendar'
import type { Random } from '../random'
import type { DemoPerson } from './demo-person'

// Issue 14 (R18) in the demo, through the router: finance's Thursday collections. Each customer pays its
// receivables in its own way — most on time, some late, a few not at all — so 应收账款 shows money in
// every bucket the demo's months reach (with the default three months: 未到期 to 61–90 days; 91–180 and
// over 180 need `--months 7` or more, as only time ages a receivable), and each customer page shows a
// history (on-time rate, days late) worth reading. Chances come from a Random of their own.

type Payer = 'prompt' | 'late' | 'never'

/** The customer's habit, fixed by its id: half prompt, a third late, the rest never pay. */
function payerOf(customerId: number): Payer {
  const k = (customerId * 7919) % 12
  return k < 6 ? 'prompt' : k < 10 ? 'late' : 'never'
}

/** payments.record (R14) for the receivables each customer's habit pays today, allocated to their contracts. */
export async function collectionsSitting(finance: DemoPerson, random: Random, today: number): Promise<void> {
  const aging = await finance.call('receivables.aging', {})
  for (const customer of aging.customers) {
    const payer = payerOf(customer.id)
    if (payer === 'never') continue
    const page = await finance.call('customers.page', { id: customer.id })
    // Prompt payers settle what falls due within the week; late payers what is 20 days or more overdue.
    const due = page.receivables.filter((r) => (payer === 'prompt' ? r.daysOverdue > 0 || r.dueOn <= dayText(today + 7) : r.daysOverdue >= random.int(20, 45)))
    const byContract = new Map<number, number>()
    for (const r of due) byContract.set(r.contractId, (byContract.get(r.contractId) ?? 0) + r.unpaidFen)
    if (!byContract.size) continue
    const allocations = [...byContract].map(([contractId, amountFen]) => ({ contractId, amountFen }))
    await finance.call('payments.record', {
      customerId: customer.id, receivedOn: dayText(today), amountFen: allocations.reduce((s, a) => s + a.amountFen, 0),
      method: { kind: 'transfer', bank: '工商银行', reference: `HK${random.int(10_000_000, 99_999_999)}` },
      allocations,
    })
  }
}
