import { describe, expect, it } from 'vitest'
import { bucketDueBounds, bucketOfDays, dailyRateText, daysOverdue, overdueInterestFen } from '../../shared/aging'
import { customerHistory, lastMonths, settle, type HistoryReceivable } from '../../electron/core/receivables/payment-history'

// R18 pure rules: the buckets and their due-date bounds, days overdue from the day after the due date,
// the interest in whole fen, and a customer's history from receivables and the money allocated to them.

describe('buckets', () => {
  it.each([[0, 0], [1, 1], [30, 1], [31, 2], [60, 2], [61, 3], [90, 3], [91, 4], [180, 4], [181, 5], [4000, 5]])('%i days overdue → bucket %i', (days, bucket) => {
    expect(bucketOfDays(days)).toBe(bucket)
  })
  it('days overdue count from the day after the due date; due today is not overdue', () => {
    expect([daysOverdue('2026-12-20', '2026-12-20'), daysOverdue('2026-12-20', '2026-12-21'), daysOverdue('2026-12-20', '2026-12-01')]).toEqual([0, 1, 0])
    expect(daysOverdue('2026-02-28', '2026-03-01')).toBe(1)
  })
  it('the bounds the SQL compares against agree with bucketOfDays on every day around each edge', () => {
    const asOf = '2026-03-01'
    const bounds = bucketDueBounds(asOf)
    expect(bounds).toEqual(['2026-03-01', '2026-01-30', '2025-12-31', '2025-12-01', '2025-09-02'])
    for (let back = -3; back <= 200; back++) {
      const due = new Date(Date.parse(`${asOf}T00:00:00Z`) - back * 86_400_000).toISOString().slice(0, 10)
      const bySql = bounds.findIndex((b) => due >= b)
      expect(bySql < 0 ? 5 : bySql).toBe(bucketOfDays(daysOverdue(due, asOf)))
    }
  })
})

describe('overdue interest', () => {
  it('is Σ fen × days × bp ÷ 10,000, half up, in BigInt', () => {
    expect(overdueInterestFen(1_150_000 * 181, 5)).toBe(104_075)
    expect(overdueInterestFen(1_000, 5)).toBe(1) // 0.5 → 1
    expect(overdueInterestFen(999, 5)).toBe(0) // 0.4995 → 0
    expect(overdueInterestFen(0, 5)).toBe(0)
    expect(overdueInterestFen(9_000_000_000_000, 100)).toBe(90_000_000_000)
  })
  it('reads as people say it', () => {
    expect([dailyRateText(5), dailyRateText(10), dailyRateText(100)]).toEqual(['日 0.05%（万分之5）', '日 0.1%（万分之10）', '日 1%（万分之100）'])
  })
})

const r = (slipId: number, contractId: number, amountFen: number, dueOn: string): HistoryReceivable => ({ slipId, slipNo: `CK${slipId}`, contractId, amountFen, dueOn, bookedOn: dueOn })

describe('a customer’s history', () => {
  it('pays receivables in due-date order; the paid day is when the money last reached it', () => {
    const settled = settle(
      [r(2, 1, 300, '2026-02-01'), r(1, 1, 200, '2026-01-01'), r(3, 2, 100, '2026-01-10')],
      [
        { contractId: 1, direction: 1, amountFen: 150, receivedOn: '2025-12-20' },
        { contractId: 1, direction: 1, amountFen: 100, receivedOn: '2026-01-05' },
        // Taken back and given again later: the first receivable was uncovered meanwhile.
        { contractId: 1, direction: -1, amountFen: 100, receivedOn: '2026-01-06' },
        { contractId: 1, direction: 1, amountFen: 100, receivedOn: '2026-01-15' },
      ],
    )
    expect(settled.map((s) => [s.slipId, s.paidOn, s.unpaidFen])).toEqual([[1, '2026-01-15', 0], [2, null, 250], [3, null, 100]])
  })
  it('on-time rate, mean days late, the largest and the longest overdue', () => {
    const settled = settle(
      [r(1, 1, 500, '2026-01-01'), r(2, 1, 300, '2026-02-01'), r(3, 2, 900, '2026-03-01'), r(4, 2, 50, '2026-12-31')],
      [
        { contractId: 1, direction: 1, amountFen: 500, receivedOn: '2026-01-01' }, // on time
        { contractId: 1, direction: 1, amountFen: 300, receivedOn: '2026-02-11' }, // 10 days late
      ],
    )
    const h = customerHistory(settled, new Map([['2026-02', 300]]), '2026-03-31')
    // Due: 1, 2 and 3 (unpaid, 30 days late as of 03-31); 4 is not due yet.
    expect([h.dueCount, h.onTimeCount, h.onTimeBps, h.averageDaysLate, h.longestDaysLate]).toEqual([3, 1, 3_333, 20, 30])
    expect(h.largestOverdue).toEqual({ slipNo: 'CK3', amountFen: 900, daysLate: 30, open: true })
    expect(h.months).toHaveLength(24)
    expect(h.months.at(-2)).toEqual({ month: '2026-02', bookedFen: 300, collectedFen: 300, averageDaysLate: 10 })
  })
  it('nothing due yet: no rate, no mean', () => {
    const h = customerHistory(settle([r(1, 1, 100, '2027-01-01')], []), new Map(), '2026-12-01')
    expect([h.dueCount, h.onTimeBps, h.averageDaysLate, h.largestOverdue]).toEqual([0, null, null, null])
  })
  it('the last months end with the month asked, across a year', () => {
    expect(lastMonths('2026-02-15', 3)).toEqual(['2025-12', '2026-01', '2026-02'])
  })
})
