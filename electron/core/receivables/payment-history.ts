import { daysBetween } from '../../../shared/aging'
import type { CustomerHistory } from '../../../shared/api'

/*
 * R18 a customer's performance history, from their receivables and the money allocated to their
 * contracts. Pure, so the rule is tested alone (tests/unit/payment-history.test.ts).
 *
 * When a receivable was paid: R11 settles a contract's receivables in due-date order, so receivable k is
 * covered once the contract's collected money (allocations in the order the money came, by the payment's
 * day) reaches cum_k, the contract's receivables up to and including k. Its paid day is the day the running
 * sum last rose to cum_k (a de-allocation that drops below uncovers it again).
 * - fallen due: paid, or unpaid with the due day before the day asked (unpaid and not yet due: no verdict);
 * - on time: paid on or before the due day; late days: paid day − due day, or the day asked − due day;
 * - largest overdue: the largest amount that was or is late (unpaid part when still open).
 */

export interface HistoryReceivable {
  slipId: number
  slipNo: string
  contractId: number
  amountFen: number
  dueOn: string
  bookedOn: string
}

export interface HistoryAllocation {
  contractId: number
  /** +1 allocated, −1 taken back (R14). */
  direction: number
  amountFen: number
  /** The day the money came (the payment's received_on). */
  receivedOn: string
}

export interface Settled extends HistoryReceivable {
  paidOn: string | null
  unpaidFen: number
}

/** Every receivable with the day it was paid (null if not yet) and what is still unpaid. */
export function settle(receivables: readonly HistoryReceivable[], allocations: readonly HistoryAllocation[]): Settled[] {
  const byContract = new Map<number, HistoryReceivable[]>()
  for (const r of receivables) (byContract.get(r.contractId) ?? byContract.set(r.contractId, []).get(r.contractId)!).push(r)
  const moneyOf = new Map<number, Array<HistoryAllocation & { i: number }>>()
  allocations.forEach((a, i) => (moneyOf.get(a.contractId) ?? moneyOf.set(a.contractId, []).get(a.contractId)!).push({ ...a, i }))
  const out: Settled[] = []
  for (const [contractId, list] of byContract) {
    list.sort((a, b) => (a.dueOn < b.dueOn ? -1 : a.dueOn > b.dueOn ? 1 : a.slipId - b.slipId))
    let cum = 0
    const cums = list.map((r) => (cum += r.amountFen))
    const paidOn: Array<string | null> = list.map(() => null)
    const events = moneyOf.get(contractId) ?? []
    events.sort((a, b) => (a.receivedOn < b.receivedOn ? -1 : a.receivedOn > b.receivedOn ? 1 : a.i - b.i))
    let running = 0
    for (const e of events) {
      running += e.direction * e.amountFen
      cums.forEach((c, k) => {
        if (running >= c) paidOn[k] ??= e.receivedOn
        else paidOn[k] = null
      })
    }
    // Unpaid now: clamp(cum − collected, 0, amount), as the aging reads it.
    list.forEach((r, k) => out.push({ ...r, paidOn: paidOn[k] ?? null, unpaidFen: Math.min(r.amountFen, Math.max(0, (cums[k] ?? 0) - running)) }))
  }
  return out
}

const monthOf = (day: string) => day.slice(0, 7)

/** The last `count` months ending with the month of `asOf`, oldest first ('2026-01' …). */
export function lastMonths(asOf: string, count: number): string[] {
  const [y, m] = asOf.split('-').map(Number) as [number, number]
  return Array.from({ length: count }, (_, i) => {
    const total = y * 12 + (m - 1) - (count - 1 - i)
    return `${Math.floor(total / 12)}-${String((total % 12) + 1).padStart(2, '0')}`
  })
}

export function customerHistory(settled: readonly Settled[], collectedByMonth: ReadonlyMap<string, number>, asOf: string): CustomerHistory {
  let dueCount = 0
  let onTimeCount = 0
  let lateDays = 0
  let lateCount = 0
  let longestDaysLate = 0
  let largest: CustomerHistory['largestOverdue'] = null
  const months = lastMonths(asOf, 24)
  const booked = new Map<string, number>()
  const settledDays = new Map<string, { days: number; n: number }>()
  for (const r of settled) {
    booked.set(monthOf(r.bookedOn), (booked.get(monthOf(r.bookedOn)) ?? 0) + r.amountFen)
    const open = r.paidOn === null
    if (open && !(r.dueOn < asOf)) continue
    dueCount += 1
    const daysLate = Math.max(0, daysBetween(r.dueOn, open ? asOf : r.paidOn!))
    if (!open) {
      const m = settledDays.get(monthOf(r.paidOn!)) ?? { days: 0, n: 0 }
      settledDays.set(monthOf(r.paidOn!), { days: m.days + daysLate, n: m.n + 1 })
    }
    if (daysLate === 0) {
      onTimeCount += 1
      continue
    }
    lateCount += 1
    lateDays += daysLate
    longestDaysLate = Math.max(longestDaysLate, daysLate)
    const amountFen = open ? r.unpaidFen : r.amountFen
    if (!largest || amountFen > largest.amountFen) largest = { slipNo: r.slipNo, amountFen, daysLate, open }
  }
  const oneDecimal = (x: number) => Math.round(x * 10) / 10
  return {
    dueCount,
    onTimeCount,
    onTimeBps: dueCount ? Math.floor((onTimeCount * 10_000) / dueCount) : null,
    averageDaysLate: lateCount ? oneDecimal(lateDays / lateCount) : null,
    largestOverdue: largest,
    longestDaysLate,
    months: months.map((month) => {
      const s = settledDays.get(month)
      return { month, bookedFen: booked.get(month) ?? 0, collectedFen: collectedByMonth.get(month) ?? 0, averageDaysLate: s ? oneDecimal(s.days / s.n) : null }
    }),
  }
}

/** The first day of the oldest of the last `count` months. */
export const monthsAgo = (asOf: string, count: number): string => `${lastMonths(asOf, count)[0]}-01`
