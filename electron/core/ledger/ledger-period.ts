import type { LedgerFilter } from '../../../shared/api'
import { formatShanghai } from '../../../shared/dates'

// The ledger's period filter: a signing month "YYYY-MM", a whole year "YYYY", or "all" (shared/api ledgerFilter).
// signedOn is the contract's calendar day 'YYYY-MM-DD' as written on it, so a period is a half-open
// range of days: it can seek idx_contracts_signed_on (and the customer / salesperson indexes, whose
// second column is signed_on), which a LIKE or a substr() on the column could not.

export interface DayRange {
  /** First day in the period, inclusive. */
  from: string
  /** First day after the period, exclusive. */
  until: string
}

function parsePeriod(period: string): { year: number; month: number | null } {
  const m = /^(\d{4})(?:-(0[1-9]|1[0-2]))?$/.exec(period)
  if (!m) throw new RangeError(`not a ledger period: ${period}`)
  return { year: Number(m[1]), month: m[2] ? Number(m[2]) : null }
}

const day = (year: number, month: number) => `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-01`

export function periodRange(period: string): DayRange {
  const { year, month } = parsePeriod(period)
  if (month === null) return { from: day(year, 1), until: day(year + 1, 1) }
  return { from: day(year, month), until: month === 12 ? day(year + 1, 1) : day(year, month + 1) }
}

/** Every signed contract, whatever its signing day. */
export const ALL_PERIODS = 'all'

/** Whether the period selects every signing day (no range to seek). */
export function isAllPeriods(period: string | undefined): boolean {
  return period === undefined || period === ALL_PERIODS
}

/** This month "YYYY-MM" in Asia/Shanghai at `at` (the office's calendar, whatever the machine's zone). */
export function shanghaiMonth(at: Date): string {
  return formatShanghai(at.toISOString(), false).slice(0, 7)
}

/**
 * The filter as the query reads it: a period left out is this month at the call's clock, as the page's
 * 按月 with no month picked reads to the people at the desk (issue 10); "all" must be asked for by name.
 */
export function withDefaultPeriod(filter: LedgerFilter, at: Date): LedgerFilter {
  return filter.period === undefined ? { ...filter, period: shanghaiMonth(at) } : filter
}

/** "2026年11月", "2026年", or "全部" for all periods: for the export's title and file. */
export function periodLabel(period: string | undefined): string {
  if (isAllPeriods(period) || period === undefined) return '全部'
  const { year, month } = parsePeriod(period)
  return month === null ? `${year}年` : `${year}年${month}月`
}
