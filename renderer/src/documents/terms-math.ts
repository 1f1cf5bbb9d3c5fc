// R23: money is integer fen. Every sum, share and percentage here is integer (or BigInt) arithmetic,
// so a total on screen is the same integer the core stores and the same one the form prints.

const BPS_PER_WHOLE = 10_000n

/** quantity × unit price in fen; null when the product is not a safe integer (the core answers AMOUNT_TOO_LARGE). */
export function lineAmountFen(quantity: number, unitPriceFen: number): number | null {
  if (!Number.isSafeInteger(quantity) || !Number.isSafeInteger(unitPriceFen)) return null
  const amount = BigInt(quantity) * BigInt(unitPriceFen)
  return amount <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(amount) : null
}

/** Sum of amounts in fen; null as soon as one is missing or the sum leaves the safe integers. */
export function sumFen(amounts: ReadonlyArray<number | null>): number | null {
  let total = 0n
  for (const amount of amounts) {
    if (amount === null) return null
    total += BigInt(amount)
  }
  return total <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(total) : null
}

/** 预付款 in fen and R1's distance below the floor: one shared implementation with the core. */
export { prepaymentFen as prepaymentFenOf } from '../../../shared/discount'
import { belowFloorBps as sharedBelowFloorBps } from '../../../shared/discount'

/** As the core computes it, but 0 (no warning) while a line's price or floor is not yet a valid amount. */
export function belowFloorBps(unitPriceFen: number, floorPriceFen: number): number {
  if (!Number.isSafeInteger(unitPriceFen) || unitPriceFen < 0 || !Number.isSafeInteger(floorPriceFen) || floorPriceFen <= 0) return 0
  return sharedBelowFloorBps(unitPriceFen, floorPriceFen)
}
