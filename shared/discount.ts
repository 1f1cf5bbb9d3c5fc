// The two pieces of price arithmetic the application form and the core must compute identically.

/**
 * R1 价格浮动权: how far below the floor price a unit price is, in basis points of the floor,
 * rounded UP to the next whole basis point (so 4.001 % below needs the authority of 5 %, never 4 %).
 * 0 at or above the floor. Integer math only: fen up to 1e14 times 10 000 exceeds 2^53, so BigInt.
 */
export function belowFloorBps(unitPriceFen: number, floorPriceFen: number): number {
  if (!Number.isSafeInteger(unitPriceFen) || unitPriceFen < 0) throw new RangeError(`unit price must be non-negative integer fen, got ${unitPriceFen}`)
  if (!Number.isSafeInteger(floorPriceFen) || floorPriceFen <= 0) throw new RangeError(`floor price must be positive integer fen, got ${floorPriceFen}`)
  if (unitPriceFen >= floorPriceFen) return 0
  const gap = BigInt(floorPriceFen - unitPriceFen) * 10_000n
  const floor = BigInt(floorPriceFen)
  return Number((gap + floor - 1n) / floor)
}

/**
 * 预付款 in fen for a share in basis points, rounded half up to the fen (R23: integer fen, no floats;
 * BigInt keeps amount × bps exact above 2^53). TERMS_MISMATCH compares against this exact value.
 */
export function prepaymentFen(amountFen: number, prepaymentBps: number): number {
  return Number((BigInt(amountFen) * BigInt(prepaymentBps) + 5000n) / 10000n)
}
