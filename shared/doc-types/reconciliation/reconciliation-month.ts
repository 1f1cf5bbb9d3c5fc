// Months as "YYYY-MM" text (Asia/Shanghai calendar), for R17's one reconciliation per month in order.

/** The month after `month`. */
export function monthAfter(month: string): string {
  const [year, m] = month.split('-').map(Number) as [number, number]
  return m === 12 ? `${year + 1}-01` : `${year}-${String(m + 1).padStart(2, '0')}`
}

/** The month before `month`. */
export function monthBefore(month: string): string {
  const [year, m] = month.split('-').map(Number) as [number, number]
  return m === 1 ? `${year - 1}-12` : `${year}-${String(m - 1).padStart(2, '0')}`
}

/** The first Shanghai day after the month: what is dated before it belongs to the month's snapshot. */
export const dayAfterMonth = (month: string): string => `${monthAfter(month)}-01`

/** "2026年11月" */
export const monthLabel = (month: string): string => `${month.slice(0, 4)}年${Number(month.slice(5, 7))}月`
