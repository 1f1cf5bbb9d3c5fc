import { describe, expect, it } from 'vitest'
import { belowFloorBps, formatBps, lineAmountFen, parsePercentBps, prepaymentFenOf, sumFen } from '../../renderer/src/documents/terms-math'
import { checkTerms, formFieldOf, percentText, plainYuan } from '../../renderer/src/doc-types/application/application-form-values'
import { prepaymentFen } from '../../shared/discount'
describe('terms math', () => {
  it('works', () => {
    expect(belowFloorBps(40000, 42000)).toBe(477)
    expect(belowFloorBps(42000, 42000)).toBe(0)
    expect(belowFloorBps(39900, 42000)).toBe(500)
    expect(formatBps(477)).toBe('4.77%'); expect(formatBps(3000)).toBe('30%'); expect(formatBps(3330)).toBe('33.3%'); expect(formatBps(5)).toBe('0.05%')
    expect(parsePercentBps('33.33')).toBe(3333); expect(parsePercentBps('100')).toBe(10000); expect(parsePercentBps('100.01')).toBeNull(); expect(parsePercentBps('-1')).toBeNull(); expect(parsePercentBps('1.234')).toBeNull(); expect(parsePercentBps('0')).toBe(0)
    expect(lineAmountFen(3, Number.MAX_SAFE_INTEGER)).toBeNull()
    expect(sumFen([1, 2, null])).toBeNull()
    for (const [t, b] of [[66480000, 3333], [1, 5000], [3, 5000], [99999, 1], [123456789, 2999]] as const) expect(prepaymentFenOf(t, b)).toBe(prepaymentFen(t, b))
    expect(percentText(3333)).toBe('33.33'); expect(percentText(1250)).toBe('12.5'); expect(percentText(3000)).toBe('30')
    expect(plainYuan(123456789)).toBe('1234567.89')
    expect(formFieldOf('lines.2.unitPriceFen')).toEqual(['lines', 2, 'unitPrice'])
    expect(formFieldOf('instalments.0.amountFen')).toEqual(['instalments', 0, 'amount'])
    expect(formFieldOf('prepaymentBps')).toEqual(['prepaymentPercent'])
    expect(formFieldOf('lines')).toBeNull()
    const c = checkTerms({ lines: [{ productId: 1, quantity: 2, unitPrice: '330000' }, { productId: 2, quantity: 10, unitPrice: '480' }], prepaymentPercent: '33.33', instalments: [{ amount: '100000' }] })
    expect(c.totalFen).toBe(66480000); expect(c.prepaymentFen).toBe(22157784); expect(c.differenceFen).toBe(66480000 - 22157784 - 10000000)
  })
})
