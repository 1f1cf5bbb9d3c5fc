// R1 价格浮动权 and R6 预付比例 are carried as basis points (500 = 5 %, 10 000 = 100 %). These helpers
// work on the digits as text, so "5.1" becomes 510 exactly: no float ever stands for a percentage (R23).
// Pure: safe to import from the core and the renderer.

function assertBps(bps: number): void {
  if (!Number.isSafeInteger(bps)) throw new RangeError(`basis points must be an integer, got ${bps}`)
}

/** 3000 → "30", 1250 → "12.5", 525 → "5.25", 5 → "0.05": the figure alone, as a percent input starts with it. */
export function percentText(bps: number): string {
  assertBps(bps)
  const sign = bps < 0 ? '-' : ''
  const abs = Math.abs(bps)
  const whole = Math.floor(abs / 100)
  const rest = abs % 100
  return rest === 0 ? `${sign}${whole}` : `${sign}${whole}.${String(rest).padStart(2, '0').replace(/0$/, '')}`
}

/**
 * 3000 → "30%", 1250 → "12.5%", 477 → "4.77%": a percentage as a Chinese office writes it on a form or in
 * a sentence (预付 30%, 低于底价 4.77%) — no padded zeros ("30.00%" reads as a computed figure, not a term).
 */
export function formatBps(bps: number): string {
  return `${percentText(bps)}%`
}

const PERCENT_INPUT = /^(\d{1,3})(?:\.(\d{1,2}))?$/

/**
 * What a person typed as a percentage → basis points: "5" → 500, "5.25" → 525, "0.5" → 50, "5%" → 500,
 * "100" → 10000. Null for anything else: letters, a sign, 3 decimals, "1.", "", or over 100 % (the API's
 * `bps` schema allows 0–10 000 for both uses).
 */
export function parsePercent(text: string): number | null {
  const match = PERCENT_INPUT.exec(text.trim().replace(/[%％]$/, '').trim())
  if (!match) return null
  const [, whole = '0', fraction = ''] = match
  const bps = Number(whole) * 100 + Number(fraction.padEnd(2, '0'))
  return bps <= 10_000 ? bps : null
}

/** R1 价格浮动权 as lists show it: "低于底价 ≤ 5%", "不得低于底价" for 0, "不限" for no limit (null). */
export function authorityText(maxBelowFloorBps: number | null): string {
  if (maxBelowFloorBps === null) return '不限'
  if (maxBelowFloorBps === 0) return '不得低于底价'
  return `低于底价 ≤ ${formatBps(maxBelowFloorBps)}`
}

/**
 * part / whole in basis points, floored, in integer arithmetic (R23: fen × 10 000 can pass 2⁵³, so BigInt):
 * 5999 for ¥13,797.70 of ¥23,000.00. 0 when whole is not positive.
 */
export function ratioBps(part: number, whole: number): number {
  if (!Number.isSafeInteger(part) || !Number.isSafeInteger(whole)) throw new RangeError(`fen must be integers, got ${part} / ${whole}`)
  return whole > 0 ? Number((BigInt(part) * 10_000n) / BigInt(whole)) : 0
}

/** A computed ratio as the office reads it, always two decimals: "59.99%", "60.00%" (R15's message). */
export function ratioText(part: number, whole: number): string {
  const bps = ratioBps(part, whole)
  return `${Math.trunc(bps / 100)}.${String(Math.abs(bps % 100)).padStart(2, '0')}%`
}
