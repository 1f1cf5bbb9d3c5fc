/** Basis points as a percentage with two decimals, by integer arithmetic: 1250 → "12.50", 5 → "0.05". */
export function formatBps(bps: number): string {
  if (!Number.isSafeInteger(bps)) throw new RangeError(`basis points must be an integer, got ${bps}`)
  const sign = bps < 0 ? '-' : ''
  const abs = Math.abs(bps)
  return `${sign}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, '0')}`
}
