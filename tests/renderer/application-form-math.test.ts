import { describe, expect, it } from 'vitest'
import { belowFloorBps, lineAmountFen, prepaymentFenOf, sumFen } from '../../renderer/src/documents/terms-math'
import { checkTerms, formFieldOf } from '../../renderer/src/doc-types/application/application-form-values'
import { prepaymentFen } from '../../shared/discount'
describe('terms math', () => {
  it('works', () => {
    expect(belowFloorBps(40000, 42000)).toBe(477)
    expect(belowFloorBps(42000, 42000)).toBe(0)
    expect(belowFloorBps(39900, 42000)).toBe(500)
    expect(lineAmountFen(3, Number.MAX_SAFE_INTEGER)).toBeNull()
    expect(sumFen([1, 2, null])).toBeNull()
    for (const [t, b] of [[66480000, 3333], [1, 5000], [3, 5000], [99999, 1], [123456789, 2999]] as const) expect(prepaymentFenOf(t, b)).toBe(prepaymentFen(t, b))
    expect(formFieldOf('lines.2.unitPriceFen')).toEqual(['lines', 2, 'unitPrice'])
    expect(formFieldOf('instalments.0.amountFen')).toEqual(['instalments', 0, 'amount'])
    expect(formFieldOf('prepaymentBps')).toEqual(['prepaymentPercent'])
    expect(formFieldOf('lines')).toBeNull()
    const c = checkTerms({ lines: [{ productId: 1, quantity: 2, unitPrice: '330000' }, { productId: 2, quantity: 10, unitPrice: '480' }], prepaymentPercent: '33.33', instalments: [{ amount: '100000' }] })
    expect(c.totalFen).toBe(66480000); expect(c.prepaymentFen).toBe(22157784); expect(c.differenceFen).toBe(66480000 - 22157784 - 10000000)
  })
})
