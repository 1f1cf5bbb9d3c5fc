// R16, R23: the commission's arithmetic, pure and in integer fen (shared: the core computes with it, the
// form and the print show the same figures). Rounding is stated once: half up to the fen, per line —
// a line's commission is round(collected × rate), its deduction round(Σ overdue_bucket × bucket rate);
// for a negative line (money de-allocated this month) half away from zero, so a clawback mirrors the
// commission it takes back. The form's total is max(0, Σ commission − Σ deduction): a deduction never
// makes a salesperson owe money on the form.

/** The aging buckets of WORKFLOW.md Definitions that are overdue (未到期 earns no deduction). */
export const OVERDUE_BUCKETS = ['d1_30', 'd31_60', 'd61_90', 'd91_180', 'over180'] as const
export type OverdueBucket = (typeof OVERDUE_BUCKETS)[number]

export const OVERDUE_BUCKET_LABELS: Record<OverdueBucket, string> = {
  d1_30: '逾期1–30天',
  d31_60: '逾期31–60天',
  d61_90: '逾期61–90天',
  d91_180: '逾期91–180天',
  over180: '逾期180天以上',
}

/** Basis points of the overdue unpaid amount deducted for each bucket (the policy's deduction form). */
export type OverdueRates = Record<OverdueBucket, number>

/** Days overdue (counted from the day after the due date, ≥ 1) → its bucket. */
export function overdueBucket(days: number): OverdueBucket {
  if (!Number.isSafeInteger(days) || days < 1) throw new RangeError(`not overdue: ${days} days`)
  if (days <= 30) return 'd1_30'
  if (days <= 60) return 'd31_60'
  if (days <= 90) return 'd61_90'
  if (days <= 180) return 'd91_180'
  return 'over180'
}

/**
 * round(fen × bps / 10 000), half up to the fen (half away from zero for a negative amount), in BigInt so
 * no product of ten years' money ever passes through a float.
 */
export function fenAtBps(fen: number, bps: number): number {
  if (!Number.isSafeInteger(fen) || !Number.isSafeInteger(bps) || bps < 0) throw new RangeError(`fenAtBps(${fen}, ${bps})`)
  const sign = fen < 0 ? -1n : 1n
  const product = BigInt(Math.abs(fen)) * BigInt(bps)
  return Number(sign * ((product + 5_000n) / 10_000n))
}

/** One line's deduction: round(Σ overdue_b × rate_b / 10 000), one rounding for the line. */
export function deductionFen(overdue: Partial<Record<OverdueBucket, number>>, rates: OverdueRates): number {
  let sum = 0n
  for (const b of OVERDUE_BUCKETS) sum += BigInt(overdue[b] ?? 0) * BigInt(rates[b])
  return Number((sum + 5_000n) / 10_000n)
}

/** The form's total: what the lines earn less what they lose, never below zero. */
export function payableFen(lines: ReadonlyArray<{ commissionFen: number; deductionFen: number }>): number {
  const net = lines.reduce((s, l) => s + l.commissionFen - l.deductionFen, 0)
  return Math.max(0, net)
}

/** 'YYYY-MM' → its first and last calendar day. */
export function monthDays(month: string): { first: string; last: string; next: string } {
  const [y, m] = month.split('-').map(Number) as [number, number]
  const last = new Date(Date.UTC(y, m, 0)).getUTCDate()
  const next = m === 12 ? `${y + 1}-01-01` : `${y}-${String(m + 1).padStart(2, '0')}-01`
  return { first: `${month}-01`, last: `${month}-${String(last).padStart(2, '0')}`, next }
}

/**
 * The month's bounds as stored instants (ISO UTC text, as created_at is kept): Shanghai midnight of the
 * first day and of the next month's first day (UTC+8 all year, no DST).
 */
export function monthInstants(month: string): { start: string; end: string } {
  const { first, next } = monthDays(month)
  const at = (day: string) => new Date(Date.parse(`${day}T00:00:00+08:00`)).toISOString()
  return { start: at(first), end: at(next) }
}
