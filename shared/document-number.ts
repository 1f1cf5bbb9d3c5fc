// R22: document numbers are prefix + yyyymm + 4 digits (e.g. FH2026110007), gapless per type and
// month. This file only formats, parses and dates numbers; handing out the next gapless sequence is the
// job of the persistence layer (one counter row per type and period, incremented in the same
// transaction that saves the document). Pure: no dependencies, no Intl, no local time zone.

/** R22 prefixes, one per document type. */
export const DOCUMENT_PREFIXES = {
  application: 'SQ',
  contract: 'HT',
  productionNotice: 'SC',
  inbound: 'RK',
  dispatchNote: 'FH',
  outboundSlip: 'CK',
  gatePass: 'MC',
  workOrder: 'PG',
  acceptance: 'YS',
  rectification: 'ZG',
  payment: 'SK',
  invoice: 'KP',
  commission: 'TC',
  reconciliation: 'DZ',
  // Not in R22's list: a credit change (R2) is a document of its own, approved by the general manager.
  creditChange: 'XY',
} as const

export type DocumentType = keyof typeof DOCUMENT_PREFIXES

export interface DocumentNumberParts {
  type: DocumentType
  /** "yyyymm" in Asia/Shanghai time. */
  period: string
  /** 1..9999 within the type and period. */
  seq: number
}

/** Largest sequence that fits the four digits R22 allows per type and month. */
export const MAX_DOCUMENT_SEQUENCE = 9999

const TYPE_BY_PREFIX: ReadonlyMap<string, DocumentType> = new Map(
  (Object.keys(DOCUMENT_PREFIXES) as DocumentType[]).map((type) => [DOCUMENT_PREFIXES[type], type]),
)

const PERIOD = /^\d{4}(0[1-9]|1[0-2])$/
// An explicit Z or ±hh:mm offset is required: a time without one would be read as the machine's
// local time and the period would depend on where the workstation runs.
const ISO_INSTANT = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(?:Z|([+-])(\d{2}):(\d{2}))$/
// China Standard Time is UTC+8 all year (no DST since 1991), so a fixed offset is exact.
const SHANGHAI_OFFSET_MINUTES = 8 * 60

export function isDocumentType(value: unknown): value is DocumentType {
  return typeof value === 'string' && Object.prototype.hasOwnProperty.call(DOCUMENT_PREFIXES, value)
}

export function isPeriod(value: unknown): value is string {
  return typeof value === 'string' && PERIOD.test(value)
}

/**
 * R22: the numbering month of an instant, in Asia/Shanghai time: a dispatch note saved at
 * 2026-10-31T16:30Z (00:30 on 1 Nov in Beijing) belongs to "202611".
 */
export function periodOf(isoUtc: string): string {
  const match = ISO_INSTANT.exec(isoUtc)
  const field = (group: number): number => Number(match?.[group] ?? 0)
  const [year, month, day] = [field(1), field(2), field(3)] as const
  const [hour, minute, second] = [field(4), field(5), field(6)] as const
  const offset = (match?.[7] === '-' ? -1 : 1) * (field(8) * 60 + field(9)) // Z: no groups, 0
  // Validate by hand: Date.parse would quietly roll 2026-02-30 over to 2 March.
  const valid =
    match !== null &&
    month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month) &&
    hour < 24 && minute < 60 && second < 60 && field(8) < 24 && field(9) < 60
  if (!valid) throw new RangeError(`periodOf needs an ISO instant with Z or an offset, got "${isoUtc}"`)
  // UTC minutes since 1970-01-01, moved to Shanghai wall-clock time, then back to a calendar month.
  const utcMinutes = daysFromCivil(year, month, day) * 1440 + hour * 60 + minute - offset
  const local = civilFromDays(Math.floor((utcMinutes + SHANGHAI_OFFSET_MINUTES) / 1440))
  if (local.year < 1000 || local.year > 9999) {
    throw new RangeError(`periodOf: year ${local.year} does not fit yyyymm`)
  }
  return `${local.year}${String(local.month).padStart(2, '0')}`
}

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28
  return [4, 6, 9, 11].includes(month) ? 30 : 31
}

// Howard Hinnant's days_from_civil / civil_from_days (proleptic Gregorian, day 0 = 1970-01-01):
// integer arithmetic only, so the result never depends on the host's time zone or Intl data.
function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year
  const era = Math.floor(y / 400)
  const yoe = y - era * 400
  const doy = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy
  return era * 146097 + doe - 719468
}

function civilFromDays(days: number): { year: number; month: number } {
  const z = days + 719468
  const era = Math.floor(z / 146097)
  const doe = z - era * 146097
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365)
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100))
  const mp = Math.floor((5 * doy + 2) / 153)
  const month = mp < 10 ? mp + 3 : mp - 9
  return { year: yoe + era * 400 + (month <= 2 ? 1 : 0), month }
}

/** R22: ('dispatchNote', '202611', 7) → "FH2026110007". */
export function formatDocumentNumber(type: DocumentType, period: string, seq: number): string {
  // Runtime checks too: the type may arrive from IPC or a database row, not only from typed code.
  if (!isDocumentType(type)) throw new RangeError(`unknown document type "${String(type)}"`)
  if (!isPeriod(period)) throw new RangeError(`period must be yyyymm, got "${period}"`)
  if (!Number.isInteger(seq) || seq < 1 || seq > MAX_DOCUMENT_SEQUENCE) {
    throw new RangeError(`sequence must be an integer 1..${MAX_DOCUMENT_SEQUENCE}, got ${seq}`)
  }
  return `${DOCUMENT_PREFIXES[type]}${period}${String(seq).padStart(4, '0')}`
}

/**
 * "FH2026110007" → { type: 'dispatchNote', period: '202611', seq: 7 }; null when it is not a valid
 * R22 number. Surrounding whitespace and lower case are accepted because keyboard-wedge QR scanners
 * at the warehouse and gate append Enter and follow the workstation's Caps Lock state.
 */
export function parseDocumentNumber(text: string): DocumentNumberParts | null {
  const match = /^([A-Z]{2})(\d{6})(\d{4})$/.exec(text.trim().toUpperCase())
  if (!match) return null
  const [, prefix = '', period = '', digits = ''] = match
  const type = TYPE_BY_PREFIX.get(prefix)
  const seq = Number(digits)
  if (type === undefined || !isPeriod(period) || seq < 1) return null
  return { type, period, seq }
}
