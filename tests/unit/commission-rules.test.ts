import { describe, expect, it } from 'vitest'
import { deductionFen, fenAtBps, monthDays, monthInstants, overdueBucket, payableFen } from '../../shared/doc-types/commission/commission-rules'

// R16, R23: the commission's arithmetic in integer fen, rounding once per line, half up to the fen.

describe('fenAtBps: round(fen × bps / 10 000), half up to the fen', () => {
  it.each([
    [1_000_050, 300, 30_002], // 30 001.5 → 30 002
    [333_333, 300, 10_000], // 9 999.99 → 10 000
    [1_000_049, 300, 30_001], // 30 001.47 → 30 001
    [500_000, 350, 17_500],
    [1, 4_999, 0], // 0.4999
    [1, 5_000, 1], // 0.5 → 1
    [0, 300, 0],
    [-1_000_050, 300, -30_002], // a clawback mirrors the commission it takes back
    [9_007_199_254_740_991, 10_000, 9_007_199_254_740_991], // no float in between
  ])('%d fen at %d bps = %d', (fen, bps, expected) => {
    expect(fenAtBps(fen, bps)).toBe(expected)
  })
  it('refuses what is not integer fen or a negative rate', () => {
    expect(() => fenAtBps(1.5, 300)).toThrow(RangeError)
    expect(() => fenAtBps(100, -1)).toThrow(RangeError)
  })
})

describe('the overdue buckets at their exact edges (days counted from the day after the due date)', () => {
  it.each([[1, 'd1_30'], [30, 'd1_30'], [31, 'd31_60'], [60, 'd31_60'], [61, 'd61_90'], [90, 'd61_90'], [91, 'd91_180'], [180, 'd91_180'], [181, 'over180']] as const)(
    '%d days → %s',
    (days, bucket) => expect(overdueBucket(days)).toBe(bucket),
  )
  it('0 days is not overdue', () => expect(() => overdueBucket(0)).toThrow(RangeError))
})

describe('a line deduction is one rounding of its buckets; the form never goes below zero', () => {
  const rates = { d1_30: 100, d31_60: 200, d61_90: 300, d91_180: 500, over180: 800 }
  it('816 667 fen 1–30 days at 1 % = 8 166.67 → 8 167', () => expect(deductionFen({ d1_30: 816_667 }, rates)).toBe(8_167))
  it('buckets are summed before the one rounding: 40 × 1 % + 20 × 2 % = 0.8 → 1 (rounded apart it would be 0 + 0)', () => {
    expect(deductionFen({ d1_30: 40, d31_60: 20 }, rates)).toBe(1)
  })
  it('payable = max(0, Σ commission − Σ deduction)', () => {
    expect(payableFen([{ commissionFen: 17_500, deductionFen: 0 }, { commissionFen: 0, deductionFen: 8_167 }])).toBe(9_333)
    expect(payableFen([{ commissionFen: 100, deductionFen: 101 }])).toBe(0)
  })
})

describe('a month in Shanghai', () => {
  it('days and the instants its allocations fall between', () => {
    expect(monthDays('2026-02')).toEqual({ first: '2026-02-01', last: '2026-02-28', next: '2026-03-01' })
    expect(monthDays('2026-12')).toEqual({ first: '2026-12-01', last: '2026-12-31', next: '2027-01-01' })
    expect(monthInstants('2026-12')).toEqual({ start: '2026-11-30T16:00:00.000Z', end: '2026-12-31T16:00:00.000Z' })
  })
})
