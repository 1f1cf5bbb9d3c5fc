// Dates are stored as ISO strings in UTC and shown in Asia/Shanghai (UTC+8 all year, no DST), so
// the conversion is plain arithmetic and gives the same answer on every machine.
const SHANGHAI_OFFSET_MS = 8 * 60 * 60 * 1000
const DAY_MS = 24 * 60 * 60 * 1000

function parseDay(day: string): number {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day)
  if (!m) throw new RangeError(`not a calendar day: ${day}`)
  const ms = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))
  if (new Date(ms).toISOString().slice(0, 10) !== day) throw new RangeError(`not a calendar day: ${day}`)
  return ms
}

/** The UTC instant at which a Shanghai calendar day begins, as ISO text. */
export function shanghaiDayStart(day: string): string {
  return new Date(parseDay(day) - SHANGHAI_OFFSET_MS).toISOString()
}

/** The UTC instant at which the Shanghai calendar day after `day` begins (an exclusive upper bound). */
export function shanghaiDayEnd(day: string): string {
  return new Date(parseDay(day) + DAY_MS - SHANGHAI_OFFSET_MS).toISOString()
}

/** "YYYY-MM-DD HH:mm" in Shanghai time, for tables and printed forms. */
export function formatShanghai(isoUtc: string, withTime = true): string {
  const local = new Date(new Date(isoUtc).getTime() + SHANGHAI_OFFSET_MS).toISOString()
  return withTime ? `${local.slice(0, 10)} ${local.slice(11, 16)}` : local.slice(0, 10)
}

/** Whether "YYYY-MM-DD" names a day that exists (2026-02-30 does not). */
export function isCalendarDay(day: string): boolean {
  try {
    parseDay(day)
    return true
  } catch {
    return false
  }
}
