import { describe, it, expect } from 'vitest'
import { assertFen, capitalAmount, fenFromDatabase, formatYuan, parseYuan, plainYuan } from '../../shared/money'

// R23: amounts are integer fen; printed forms show figures (formatYuan) and 大写 (capitalAmount).

const MAX = Number.MAX_SAFE_INTEGER // 9007199254740991 fen = 90,071,992,547,409.91 元
const MIN = Number.MIN_SAFE_INTEGER
const NOT_FEN: unknown[] = [0.5, 1.5, -0.01, Number.NaN, Infinity, -Infinity, 2 ** 53, -(2 ** 53)]

describe('assertFen', () => {
  it.each([0, 1, -1, 123456789, MAX, MIN])('accepts %s', (value) => {
    expect(() => assertFen(value)).not.toThrow()
  })

  it.each([...NOT_FEN, '100', 1n, null, undefined, {}])('rejects %s with a RangeError', (value) => {
    expect(() => assertFen(value, 'total')).toThrow(RangeError)
  })

  it('names the field in the message', () => {
    expect(() => assertFen(1.5, 'contract.total')).toThrow(/contract\.total/)
  })
})

describe('formatYuan', () => {
  it.each([
    [0, '0.00'],
    [-0, '0.00'],
    [1, '0.01'],
    [5, '0.05'],
    [-5, '-0.05'],
    [10, '0.10'],
    [99, '0.99'],
    [100, '1.00'],
    [-100, '-1.00'],
    [123456, '1,234.56'],
    [99999, '999.99'],
    [100000, '1,000.00'],
    [123456789, '1,234,567.89'],
    [-123456789, '-1,234,567.89'],
    [100000000000, '1,000,000,000.00'],
    [MAX, '90,071,992,547,409.91'],
    [MIN, '-90,071,992,547,409.91'],
  ])('%s fen → %s', (fen, text) => {
    expect(formatYuan(fen)).toBe(text)
  })

  it.each(NOT_FEN)('rejects %s', (value) => {
    expect(() => formatYuan(value as number)).toThrow(RangeError)
  })
})

describe('parseYuan', () => {
  it.each([
    ['1,234.5', 123450],
    ['1234.56', 123456],
    ['¥12', 1200],
    ['￥1,000', 100000],
    ['¥ 12', 1200],
    ['-3.1', -310],
    ['-¥5.5', -550],
    ['+7', 700],
    ['  12  ', 1200],
    ['0', 0],
    ['0.05', 5],
    ['0.5', 50],
    ['007', 700],
    ['1,234,567.89', 123456789],
    ['90071992547409.91', MAX],
    ['-90,071,992,547,409.91', MIN],
  ])('%j → %s fen', (text, fen) => {
    expect(parseYuan(text)).toBe(fen)
  })

  it('never returns -0', () => {
    expect(Object.is(parseYuan('-0.00'), 0)).toBe(true)
  })

  it.each([
    '', ' ', '-', '¥', 'abc', '12abc', '1.234', '0.001', '1.', '.5', '1..2', '1 2', '--1', '¥-1', '1-',
    '1,23', '12,34.5', '1,234,5678', ',123', '1e3', '0x10', 'NaN', 'Infinity', '１２', '12元',
    '90071992547409.92', '99999999999999999999',
  ])('%j → null', (text) => {
    expect(parseYuan(text)).toBeNull()
  })
})

describe('formatYuan / parseYuan round trip', () => {
  it.each([0, 1, -1, 5, -5, 10, 99, 100, 12345, -12345, 123456789, 100000000000, MAX, MIN])(
    '%s fen survives format → parse',
    (fen) => {
      expect(parseYuan(formatYuan(fen))).toBe(fen)
    },
  )

  it('holds for a deterministic spread of amounts', () => {
    let seed = 20261101
    for (let i = 0; i < 2000; i += 1) {
      seed = (seed * 1103515245 + 12345) % 2 ** 31 // fixed LCG: same cases every run
      const fen = (seed % 2 === 0 ? 1 : -1) * Math.floor((seed / 2 ** 31) * 10 ** (i % 16))
      expect(parseYuan(formatYuan(fen))).toBe(fen === 0 ? 0 : fen)
    }
  })
})

describe('capitalAmount', () => {
  it.each([
    // examples from the brief
    [10000000, '壹拾万元整'],
    [105, '壹元零伍分'],
    [1234567, '壹万贰仟叁佰肆拾伍元陆角柒分'],
    [100000001, '壹佰万元零壹分'],
    [1000000000000, '壹佰亿元整'],
    [1010, '壹拾元零壹角整'],
    [10, '壹角整'],
    [1, '壹分'],
    [200000000, '贰佰万元整'],
    [100010000, '壹佰万零壹佰元整'],
    [1000100, '壹万零壹元整'],
    // examples from 正确填写票据和结算凭证的基本规定 (支付结算办法 附件)
    [168032, '壹仟陆佰捌拾元零叁角贰分'],
    [140950, '壹仟肆佰零玖元伍角整'],
    [600714, '陆仟零柒元壹角肆分'],
    [32504, '叁佰贰拾伍元零肆分'],
    [10700053, '壹拾万零柒仟元零伍角叁分'],
    // below 1 元: no 零元
    [0, '零元整'],
    [5, '伍分'],
    [50, '伍角整'],
    [99, '玖角玖分'],
    // units and 壹拾
    [100, '壹元整'],
    [150, '壹元伍角整'],
    [1000, '壹拾元整'],
    [1100, '壹拾壹元整'],
    [1000000, '壹万元整'],
    [9999999, '玖万玖仟玖佰玖拾玖元玖角玖分'],
    [100100, '壹仟零壹元整'],
    [1000001, '壹万元零壹分'],
    // 亿 and 万 boundaries
    [10000000000, '壹亿元整'],
    [10000000100, '壹亿零壹元整'],
    [10001000000, '壹亿零壹万元整'],
    [999999999900, '玖拾玖亿玖仟玖佰玖拾玖万玖仟玖佰玖拾玖元整'],
    [100000000000000, '壹万亿元整'],
    [100010000000000, '壹万零壹亿元整'],
    [MAX, '玖拾万零柒佰壹拾玖亿玖仟贰佰伍拾肆万柒仟肆佰零玖元玖角壹分'],
    // negatives
    [-105, '负壹元零伍分'],
    [-10, '负壹角整'],
    [-1234567, '负壹万贰仟叁佰肆拾伍元陆角柒分'],
    [MIN, '负玖拾万零柒佰壹拾玖亿玖仟贰佰伍拾肆万柒仟肆佰零玖元玖角壹分'],
  ])('%s fen → %s', (fen, text) => {
    expect(capitalAmount(fen)).toBe(text)
  })

  it('treats -0 as zero', () => {
    expect(capitalAmount(-0)).toBe('零元整')
  })

  it.each(NOT_FEN)('rejects %s with a RangeError', (value) => {
    expect(() => capitalAmount(value as number)).toThrow(RangeError)
  })

  it('never writes two 零 in a row, nor ends a figure with 零', () => {
    for (const fen of [1, 100, 10001, 1000001, 10000000001, 100000000000001, 900000000000009]) {
      const text = capitalAmount(fen)
      expect(text).not.toMatch(/零零|零[元万亿整]|零$/)
    }
  })
})

describe('plainYuan: an amount as the user edits it', () => {
  it.each([[0, '0.00'], [5, '0.05'], [123450, '1234.50'], [123456789, '1234567.89'], [-100, '-1.00']])('%i → %s', (fen, text) => {
    expect(plainYuan(fen)).toBe(text)
    expect(parseYuan(text)).toBe(fen) // and back
  })
})

describe('fenFromDatabase: money as SQLite or PostgreSQL returns it', () => {
  it.each([[0, 0], [123, 123], ['123', 123], ['-5', -5], [String(MAX), MAX]] as const)('%j → %i', (value, fen) => {
    expect(fenFromDatabase(value)).toBe(fen)
  })

  it('keeps null (a nullable column, a SUM over no rows)', () => {
    expect(fenFromDatabase(null)).toBeNull()
    expect(fenFromDatabase(undefined)).toBeNull()
  })

  it.each([1.5, '1.5', '', ' 1', '1e3', '9007199254740993', Number.NaN, 'abc'])('refuses %j, naming the column', (value) => {
    expect(() => fenFromDatabase(value, 'amountFen')).toThrow(/amountFen/)
  })
})
