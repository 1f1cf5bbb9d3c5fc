/*
 * R18 aging (WORKFLOW.md Definitions, "Overdue"): a receivable unpaid after its due date is overdue, its
 * days counted from the day after the due date (due 12-20, as of 12-21 → 1 day). Buckets: not due,
 * 1–30, 31–60, 61–90, 91–180, over 180 days. Pure: the core turns the edges into due-date bounds for its
 * one grouped statement (receivables/aging-sql.ts); the renderer labels the bars with the same list.
 */

import { percentText } from './percent'

export const AGING_BUCKETS = [
  { key: 'notDue', label: '未到期', maxDays: 0 },
  { key: 'd1to30', label: '1–30 天', maxDays: 30 },
  { key: 'd31to60', label: '31–60 天', maxDays: 60 },
  { key: 'd61to90', label: '61–90 天', maxDays: 90 },
  { key: 'd91to180', label: '91–180 天', maxDays: 180 },
  { key: 'over180', label: '180 天以上', maxDays: Number.POSITIVE_INFINITY },
] as const

export type AgingBucketKey = (typeof AGING_BUCKETS)[number]['key']
export const AGING_BUCKET_COUNT = AGING_BUCKETS.length

/** Whole days from one calendar day to another ('2026-12-20' → '2026-12-21' is 1). */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000)
}

export function shiftDay(day: string, days: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10)
}

/** Days overdue as of a day: 0 while not yet due (due today is not overdue). */
export const daysOverdue = (dueOn: string, asOf: string): number => Math.max(0, daysBetween(dueOn, asOf))

/** The bucket's index (0 = 未到期) for a number of days overdue. */
export function bucketOfDays(days: number): number {
  return AGING_BUCKETS.findIndex((b) => days <= b.maxDays)
}

/**
 * The buckets as due-date bounds for one day: bucket i holds the receivables with due_on ≥ bounds[i]
 * (and below the previous bound); the last bucket takes everything older. Due on the day itself: 未到期.
 */
export function bucketDueBounds(asOf: string): string[] {
  return AGING_BUCKETS.slice(0, -1).map((b) => shiftDay(asOf, -b.maxDays))
}

/**
 * Overdue interest (R18) in whole fen: unpaid fen × days overdue × the rate in basis points per day
 * ÷ 10,000, rounded half up once over the sum (fenDays is Σ unpaid × days of the receivables summed),
 * in BigInt so ten years of fen × days cannot lose a fen.
 */
export function overdueInterestFen(fenDays: number, bpsPerDay: number): number {
  if (fenDays <= 0 || bpsPerDay <= 0) return 0
  const product = BigInt(Math.round(fenDays)) * BigInt(bpsPerDay)
  return Number((product * 2n + 10_000n) / 20_000n)
}

/** 万分之五 per day and the like: the rate as people say it. */
export function dailyRateText(bpsPerDay: number): string {
  return `日 ${percentText(bpsPerDay)}%（万分之${bpsPerDay}）`
}
