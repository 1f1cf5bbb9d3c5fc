import type { Random } from './random'

// The generated office keeps Shanghai office hours: documents are drafted and signed on working days,
// 08:30–12:00 and 13:30–17:30 Beijing time, never during the Spring Festival or National Day weeks.
// Instants are integer milliseconds (UTC) so nothing depends on the machine's time zone.

export const MINUTE = 60_000
export const HOUR = 60 * MINUTE
export const DAY = 24 * HOUR
const SHANGHAI_OFFSET = 8 * HOUR
const MORNING = [8 * 60 + 30, 12 * 60] as const
const AFTERNOON = [13 * 60 + 30, 17 * 60 + 30] as const
const WORK_MINUTES = MORNING[1] - MORNING[0] + AFTERNOON[1] - AFTERNOON[0]

// 春节 (Lunar New Year's day); the office is closed from New Year's Eve for seven days.
const SPRING_FESTIVAL: Record<number, string> = {
  2010: '02-14', 2011: '02-03', 2012: '01-23', 2013: '02-10', 2014: '01-31', 2015: '02-19', 2016: '02-08',
  2017: '01-28', 2018: '02-16', 2019: '02-05', 2020: '01-25', 2021: '02-12', 2022: '02-01', 2023: '01-22',
  2024: '02-10', 2025: '01-29', 2026: '02-17', 2027: '02-06', 2028: '01-26', 2029: '02-13', 2030: '02-03',
  2031: '01-23', 2032: '02-11', 2033: '01-31', 2034: '02-19', 2035: '02-08', 2036: '01-28', 2037: '02-15',
}

/**
 * Orders per working day by month, relative: quiet around the Spring Festival, busy before the
 * year-end (projects close their budgets), a dip in the summer heat.
 */
export const MONTH_WEIGHTS = [0.95, 0.7, 1.05, 1.0, 1.0, 1.1, 0.9, 0.9, 1.05, 1.0, 1.2, 1.4] as const

/** Shanghai calendar day number (days since 1970-01-01) of an instant. */
export function dayOf(ms: number): number {
  return Math.floor((ms + SHANGHAI_OFFSET) / DAY)
}

export function dayText(day: number): string {
  return new Date(day * DAY).toISOString().slice(0, 10)
}

export function dayFromText(text: string): number {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text)
  if (!m) throw new RangeError(`not a day: ${text}`)
  const day = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])) / DAY
  if (dayText(day) !== text) throw new RangeError(`not a calendar day: ${text}`)
  return day
}

/** The instant of a Shanghai wall-clock minute on a day. */
export function atMinute(day: number, minuteOfDay: number): number {
  return day * DAY + minuteOfDay * MINUTE - SHANGHAI_OFFSET
}

export function iso(ms: number): string {
  return new Date(ms).toISOString()
}

/** 1..12 */
export function monthOf(day: number): number {
  return new Date(day * DAY).getUTCMonth() + 1
}

export function yearOf(day: number): number {
  return new Date(day * DAY).getUTCFullYear()
}

const holidayCache = new Map<number, Set<number>>()

function holidaysOf(year: number): Set<number> {
  let days = holidayCache.get(year)
  if (days) return days
  days = new Set<number>()
  const add = (from: number, count: number) => {
    for (let i = 0; i < count; i++) days!.add(from + i)
  }
  add(dayFromText(`${year}-01-01`), 1)
  add(dayFromText(`${year}-05-01`), 3)
  add(dayFromText(`${year}-10-01`), 7)
  const festival = SPRING_FESTIVAL[year]
  if (festival) add(dayFromText(`${year}-${festival}`) - 1, 7)
  holidayCache.set(year, days)
  return days
}

export function isWorkday(day: number): boolean {
  const weekday = (day + 4) % 7 // 1970-01-01 was a Thursday; 0 = Sunday
  if (weekday === 0 || weekday === 6) return false
  return !holidaysOf(yearOf(day)).has(day)
}

export function nextWorkday(day: number): number {
  let d = day
  while (!isWorkday(d)) d++
  return d
}

/** A moment within office hours of a working day, a second-level time like a person clicking. */
export function momentOn(day: number, random: Random, earliestMinute = MORNING[0]): number {
  const from = Math.max(0, toWorkMinute(earliestMinute))
  const offset = from + Math.floor(random.float() * (WORK_MINUTES - from))
  return atMinute(day, fromWorkMinute(offset)) + Math.floor(random.float() * MINUTE)
}

/** Minutes into the working day (0..450) ↔ wall-clock minutes. */
function toWorkMinute(minuteOfDay: number): number {
  if (minuteOfDay <= MORNING[0]) return 0
  if (minuteOfDay <= MORNING[1]) return minuteOfDay - MORNING[0]
  if (minuteOfDay <= AFTERNOON[0]) return MORNING[1] - MORNING[0]
  if (minuteOfDay <= AFTERNOON[1]) return MORNING[1] - MORNING[0] + minuteOfDay - AFTERNOON[0]
  return WORK_MINUTES
}

function fromWorkMinute(workMinute: number): number {
  const morning = MORNING[1] - MORNING[0]
  return workMinute < morning ? MORNING[0] + workMinute : AFTERNOON[0] + workMinute - morning
}

/**
 * The moment `minutes` of office time after `ms` (nights, weekends and holidays do not count),
 * plus a random part of a minute: the next person picks the document up then.
 */
export function afterWorkingMinutes(ms: number, minutes: number, random: Random): number {
  let day = dayOf(ms)
  let at = toWorkMinute(Math.floor((ms + SHANGHAI_OFFSET - day * DAY) / MINUTE))
  if (!isWorkday(day)) {
    day = nextWorkday(day)
    at = 0
  }
  let left = Math.max(1, Math.round(minutes))
  while (at + left >= WORK_MINUTES) {
    left -= WORK_MINUTES - at
    day = nextWorkday(day + 1)
    at = 0
  }
  const result = atMinute(day, fromWorkMinute(at + left)) + Math.floor(random.float() * MINUTE)
  return Math.max(result, ms + MINUTE)
}

export function afterWorkingHours(ms: number, hours: number, random: Random): number {
  return afterWorkingMinutes(ms, hours * 60, random)
}

/** Working days in [from, to], both included. */
export function workdaysBetween(from: number, to: number): number[] {
  const days: number[] = []
  for (let d = from; d <= to; d++) if (isWorkday(d)) days.push(d)
  return days
}

export { WORK_MINUTES }
