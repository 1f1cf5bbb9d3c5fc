// R1 价格浮动权 is carried as basis points (500 = 5 %). These helpers work on the digits as text so
// "5.1" becomes 510 exactly; no float ever stands for a percentage.

const PERCENT_INPUT = /^(\d{1,3})(?:\.(\d{1,2}))?$/

/** "5" → 500, "5.25" → 525, "0.5" → 50; null for anything else (letters, 3 decimals, "1.", ""). */
export function parsePercent(text: string): number | null {
  const match = PERCENT_INPUT.exec(text.trim().replace(/%$/, '').trim())
  if (!match) return null
  const [, whole = '0', fraction = ''] = match
  return Number(whole) * 100 + Number(fraction.padEnd(2, '0'))
}

/** 500 → "5.00%", 1250 → "12.50%". */
export function formatBps(bps: number): string {
  return `${Math.floor(bps / 100)}.${String(bps % 100).padStart(2, '0')}%`
}

/** 500 → "5" and 525 → "5.25": what a percent input starts with. */
export function percentText(bps: number): string {
  const whole = Math.floor(bps / 100)
  const rest = bps % 100
  return rest === 0 ? String(whole) : `${whole}.${String(rest).padStart(2, '0').replace(/0$/, '')}`
}

/** How a role's discount authority reads in lists: "低于底价 ≤ 5.00%", or "不限" when null. */
export function authorityText(maxBelowFloorBps: number | null): string {
  if (maxBelowFloorBps === null) return '不限'
  if (maxBelowFloorBps === 0) return '不得低于底价'
  return `低于底价 ≤ ${formatBps(maxBelowFloorBps)}`
}
