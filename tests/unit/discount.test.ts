import { describe, expect, it } from 'vitest'
import { belowFloorBps } from '../../shared/discount'

// R1 价格浮动权: how far below the floor, in basis points of the floor, rounded up to a whole point.
describe('belowFloorBps', () => {
  it.each([
    // unit price, floor price, bps below the floor
    [100_00, 100_00, 0], // at the floor
    [120_00, 100_00, 0], // above the floor
    [99_00, 100_00, 100], // exactly 1 %
    [95_00, 100_00, 500], // exactly 5 %: the sales manager's usual authority
    [94_99, 100_00, 501], // 5.01 %
    [949_999, 1_000_000, 501], // 5.00001 % rounds up, never down to 500
    [99_999, 100_000, 1], // exactly one basis point
    [999_999, 1_000_000, 1], // a tenth of a basis point still needs one
    [1, 3, 6667], // 66.67 % rounds up
    [2, 3, 3334], // 33.33 % rounds up
    [0, 100_00, 10_000], // given away
    [0, 1, 10_000],
    // Beyond 2^53 in the intermediate product: integer math must stay exact.
    [99_999_999_999_999, 100_000_000_000_000, 1],
    [90_000_000_000_000, 100_000_000_000_000, 1000],
    [89_999_999_999_999, 90_000_000_000_000, 1],
    [1, 100_000_000_000_000, 10_000],
    [2_251_799_813_685_248, 4_503_599_627_370_496, 5000], // exactly half of 2^52
    [2_251_799_813_685_247, 4_503_599_627_370_495, 5001], // a hair over half
    // Exact multiples where (floor - unit) * 10000 / floor in floating point lands a hair above the whole
    // number and Math.ceil would demand one basis point more authority than the price needs.
    [5_867_859_544_953, 20_395_757_890_000, 7123],
    [82_757_005_266_033, 98_767_162_270_000, 1621],
  ])('%i fen against a floor of %i fen → %i bps', (unit, floor, bps) => {
    expect(belowFloorBps(unit, floor)).toBe(bps)
  })

  it.each([
    [-1, 100],
    [1.5, 100],
    [100, 0],
    [100, -5],
    [100, 99.5],
    [Number.MAX_SAFE_INTEGER + 1, 100],
  ])('refuses %d against %d: money is non-negative integer fen and a floor is positive', (unit, floor) => {
    expect(() => belowFloorBps(unit, floor)).toThrow(RangeError)
  })
})
