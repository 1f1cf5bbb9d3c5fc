// DESIGN.md: dates are stored as ISO strings in UTC and shown in Asia/Shanghai. China has used UTC+8
// all year since 1991, so a fixed offset is exact and does not depend on the PC's time zone setting.
const SHANGHAI_OFFSET_MS = 8 * 60 * 60 * 1000

function shanghaiParts(iso: string): Date | null {
  const ms = Date.parse(iso)
  return Number.isNaN(ms) ? null : new Date(ms + SHANGHAI_OFFSET_MS)
}

const pad = (n: number): string => String(n).padStart(2, '0')

/** "2026-11-03T02:05:00Z" → "2026-11-03 10:05" (Beijing time); '—' for an unreadable value. */
export function formatDateTime(iso: string): string {
  const d = shanghaiParts(iso)
  if (!d) return '—'
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}`
}

/** True while an ISO instant (e.g. lockedUntil) is still ahead of now. */
export function isFuture(iso: string | null, now = Date.now()): boolean {
  return iso !== null && Date.parse(iso) > now
}
