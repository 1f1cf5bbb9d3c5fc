import { describe, it, expect } from 'vitest'
import {
  DOCUMENT_PREFIXES,
  formatDocumentNumber,
  isDocumentType,
  parseDocumentNumber,
  periodOf,
  type DocumentType,
} from '../../shared/document-number'

// R22: prefix + yyyymm (Asia/Shanghai) + 4 digits, gapless per type and month.

const TYPES = Object.keys(DOCUMENT_PREFIXES) as DocumentType[]

describe('DOCUMENT_PREFIXES', () => {
  it('gives every type a distinct two-letter prefix', () => {
    const prefixes = Object.values(DOCUMENT_PREFIXES)
    expect(prefixes).toHaveLength(15)
    expect(new Set(prefixes).size).toBe(prefixes.length)
    for (const prefix of prefixes) expect(prefix).toMatch(/^[A-Z]{2}$/)
  })

  it.each([
    ['application', 'SQ'], ['contract', 'HT'], ['productionNotice', 'SC'], ['inbound', 'RK'],
    ['dispatchNote', 'FH'], ['outboundSlip', 'CK'], ['gatePass', 'MC'], ['workOrder', 'PG'],
    ['acceptance', 'YS'], ['payment', 'SK'], ['invoice', 'KP'], ['commission', 'TC'],
    ['reconciliation', 'DZ'],
  ] as const)('%s → %s', (type, prefix) => {
    expect(DOCUMENT_PREFIXES[type]).toBe(prefix)
  })

  it.each([
    ['dispatchNote', true], ['toString', false], ['constructor', false], ['FH', false], [7, false],
  ])('isDocumentType(%j) is %s', (value, expected) => {
    expect(isDocumentType(value)).toBe(expected)
  })
})

describe('periodOf', () => {
  it.each([
    ['2026-10-31T16:30:00.000Z', '202611'], // 00:30 on 1 Nov in Beijing
    ['2026-10-31T15:59:59.999Z', '202610'],
    ['2026-10-31T16:00:00Z', '202611'],
    ['2026-12-31T16:00:00Z', '202701'], // new year in Beijing first
    ['2026-12-31T15:59Z', '202612'],
    ['2024-02-29T15:59:59Z', '202402'], // leap day
    ['2024-02-29T16:00:00Z', '202403'],
    ['2000-02-28T16:00:00Z', '200002'], // 2000 is a leap year
    ['1999-12-31T16:00:00Z', '200001'],
    ['1970-01-01T00:00:00Z', '197001'],
    ['2026-06-15T08:00:00Z', '202606'],
    ['2026-11-01T00:30:00+08:00', '202611'],
    ['2026-10-31T23:59:59+08:00', '202610'],
    ['2026-10-31T12:00:00-05:00', '202611'], // 17:00Z = 01:00 on 1 Nov in Beijing
    ['2026-11-01T05:00:00+14:00', '202610'], // 2026-10-31T15:00Z
  ])('%s → %s', (iso, period) => {
    expect(periodOf(iso)).toBe(period)
  })

  it.each([
    '2026-10-31T16:30:00', // no zone: would depend on the workstation's clock setting
    '2026-10-31',
    '2026-02-30T00:00:00Z',
    '2026-13-01T00:00:00Z',
    '2026-00-10T00:00:00Z',
    '2026-10-31T24:00:00Z',
    '2026-10-31T16:60:00Z',
    '2026-10-31T16:30:00+0800',
    'not a date',
    '',
    '9999-12-31T16:00:00Z', // rolls into year 10000, which has no yyyymm
  ])('rejects %j with a RangeError', (iso) => {
    expect(() => periodOf(iso)).toThrow(RangeError)
  })

  it('agrees with a fixed UTC+8 shift of Date over a deterministic spread of instants', () => {
    let seed = 22
    const span = Date.UTC(2100, 0, 1)
    for (let i = 0; i < 2000; i += 1) {
      seed = (seed * 1103515245 + 12345) % 2 ** 31
      const ms = Math.floor((seed / 2 ** 31) * span)
      const shanghai = new Date(ms + 8 * 3600 * 1000)
      const expected = `${shanghai.getUTCFullYear()}${String(shanghai.getUTCMonth() + 1).padStart(2, '0')}`
      expect(periodOf(new Date(ms).toISOString())).toBe(expected)
    }
  })
})

describe('formatDocumentNumber', () => {
  it.each([
    ['dispatchNote', '202611', 7, 'FH2026110007'],
    ['contract', '202601', 1, 'HT2026010001'],
    ['invoice', '202612', 9999, 'KP2026129999'],
    ['reconciliation', '203002', 123, 'DZ2030020123'],
  ] as const)('(%s, %s, %s) → %s', (type, period, seq, text) => {
    expect(formatDocumentNumber(type, period, seq)).toBe(text)
  })

  it.each(TYPES)('%s round-trips through parseDocumentNumber', (type) => {
    const text = formatDocumentNumber(type, '202611', 42)
    expect(text).toBe(`${DOCUMENT_PREFIXES[type]}2026110042`)
    expect(parseDocumentNumber(text)).toEqual({ type, period: '202611', seq: 42 })
  })

  it.each([0, -1, 10000, 1.5, Number.NaN, Infinity])('rejects sequence %s', (seq) => {
    expect(() => formatDocumentNumber('dispatchNote', '202611', seq)).toThrow(RangeError)
  })

  it.each(['2026-11', '202613', '202600', '20261', '2026110', 'abcdef', ''])(
    'rejects period %j',
    (period) => {
      expect(() => formatDocumentNumber('dispatchNote', period, 1)).toThrow(RangeError)
    },
  )

  it('rejects an unknown type arriving untyped', () => {
    expect(() => formatDocumentNumber('bogus' as DocumentType, '202611', 1)).toThrow(RangeError)
  })
})

describe('parseDocumentNumber', () => {
  it.each([
    ['FH2026110007', { type: 'dispatchNote', period: '202611', seq: 7 }],
    ['MC2026019999', { type: 'gatePass', period: '202601', seq: 9999 }],
    ['SQ2026120001', { type: 'application', period: '202612', seq: 1 }],
    [' fh2026110007\r\n', { type: 'dispatchNote', period: '202611', seq: 7 }], // scanner input
  ])('%j → %o', (text, parts) => {
    expect(parseDocumentNumber(text)).toEqual(parts)
  })

  it.each([
    '', 'FH', 'XX2026110001', 'FH2026130001', 'FH2026000001', 'FH2026110000', 'FH202611007',
    'FH20261100071', 'FH-202611-0007', 'F2026110007', 'FHH2026110007', 'FH 2026110007', 'FH２０２６１１０００７',
  ])('%j → null', (text) => {
    expect(parseDocumentNumber(text)).toBeNull()
  })
})
