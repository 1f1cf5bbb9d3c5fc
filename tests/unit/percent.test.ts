import { describe, expect, it } from 'vitest'
import { authorityText, formatBps, parsePercent, percentText, ratioBps, ratioText } from '../../shared/percent'

// R1 价格浮动权 and R6 预付比例 are basis points; text in and out by digits, never a float (R23).

describe('formatBps: as a Chinese office writes a percentage', () => {
  it.each([
    [0, '0%'], [5, '0.05%'], [50, '0.5%'], [477, '4.77%'], [500, '5%'], [510, '5.1%'], [1250, '12.5%'],
    [3000, '30%'], [3330, '33.3%'], [3333, '33.33%'], [10_000, '100%'], [-250, '-2.5%'],
  ])('%i → %s', (bps, text) => {
    expect(formatBps(bps)).toBe(text)
  })

  it('refuses a fraction of a basis point', () => {
    expect(() => formatBps(1.5)).toThrow(RangeError)
  })
})

describe('percentText: the figure a percent input starts with', () => {
  it.each([[3000, '30'], [3333, '33.33'], [1250, '12.5'], [525, '5.25'], [5, '0.05'], [0, '0']])('%i → %s', (bps, text) => {
    expect(percentText(bps)).toBe(text)
    expect(parsePercent(text)).toBe(bps) // and back
  })
})

describe('parsePercent', () => {
  it.each([
    ['5', 500], ['5.25', 525], ['0.5', 50], ['0', 0], ['33.33', 3333], ['100', 10_000], [' 5 ', 500], ['5%', 500], ['5 %', 500], ['5％', 500],
  ])('%j → %i', (text, bps) => {
    expect(parsePercent(text)).toBe(bps)
  })

  it.each(['', 'abc', '-1', '+5', '1.', '.5', '1.234', '100.01', '101', '1000', '5%%', '1,5'])('%j → null', (text) => {
    expect(parsePercent(text)).toBeNull()
  })
})

describe('authorityText', () => {
  it.each([[null, '不限'], [0, '不得低于底价'], [500, '低于底价 ≤ 5%'], [1250, '低于底价 ≤ 12.5%']] as const)('%j → %s', (bps, text) => {
    expect(authorityText(bps)).toBe(text)
  })
})

describe('ratioBps and ratioText: a computed ratio in integer arithmetic (R15, R23)', () => {
  it('floors to the hundredth of a percent: 59.99 % stays under 60, 60.00 % is 60', () => {
    expect(ratioBps(1_379_770, 2_300_000)).toBe(5999)
    expect(ratioText(1_379_770, 2_300_000)).toBe('59.99%')
    expect(ratioText(1_380_000, 2_300_000)).toBe('60.00%')
    expect(ratioText(1, 3)).toBe('33.33%')
    expect(ratioText(5, 0)).toBe('0.00%')
  })
  it('is exact where fen × 10 000 passes 2^53', () => {
    const whole = 9_000_000_000_000_00 // ¥9 trillion in fen, under 2^53
    expect(ratioBps(whole - 1, whole)).toBe(9999)
    expect(ratioText(whole, whole)).toBe('100.00%')
  })
  it('refuses a float', () => {
    expect(() => ratioBps(1.5, 3)).toThrow(RangeError)
  })
})
