// The generator's only source of chance: a seeded PRNG, so one seed number always gives the same office
// (Math.random would make every run, and every benchmark, different).

/** mulberry32: 32-bit state, good enough spread for test data, and trivially reproducible. */
function mulberry32(seed: number): () => number {
  let a = seed | 0
  return () => {
    a = (a + 0x6d2b79f5) | 0
    let t = Math.imul(a ^ (a >>> 15), 1 | a)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

export class Random {
  private readonly next: () => number

  constructor(seed: number) {
    this.next = mulberry32(seed)
  }

  /** A child stream: one part of the office (names, prices) does not shift when another draws more. */
  fork(salt: number): Random {
    return new Random(Math.floor(this.next() * 0x7fffffff) ^ Math.imul(salt, 0x9e3779b1))
  }

  /** Uniform in [0, 1). */
  float(): number {
    return this.next()
  }

  /** Integer in [min, max], both included. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1))
  }

  between(min: number, max: number): number {
    return min + this.next() * (max - min)
  }

  chance(p: number): boolean {
    return this.next() < p
  }

  pick<T>(items: readonly T[]): T {
    if (items.length === 0) throw new Error('pick from an empty list')
    return items[Math.floor(this.next() * items.length)]!
  }

  /** One of the entries, with probability proportional to its weight. */
  weighted<T>(entries: ReadonlyArray<readonly [T, number]>): T {
    const total = entries.reduce((sum, [, w]) => sum + w, 0)
    let u = this.next() * total
    for (const [value, w] of entries) {
      u -= w
      if (u < 0) return value
    }
    return entries[entries.length - 1]![0]
  }

  /** Poisson-distributed count (Knuth for small means, a rounded normal above 30). */
  poisson(mean: number): number {
    if (mean <= 0) return 0
    if (mean > 30) return Math.max(0, Math.round(mean + Math.sqrt(mean) * this.normal()))
    const limit = Math.exp(-mean)
    let k = 0
    let p = this.next()
    while (p > limit) {
      k++
      p *= this.next()
    }
    return k
  }

  /** Standard normal (Box–Muller). */
  normal(): number {
    const u = 1 - this.next()
    const v = this.next()
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v)
  }

  /** A shuffled copy (Fisher–Yates). */
  shuffled<T>(items: readonly T[]): T[] {
    const copy = [...items]
    for (let i = copy.length - 1; i > 0; i--) {
      const j = Math.floor(this.next() * (i + 1))
      ;[copy[i], copy[j]] = [copy[j]!, copy[i]!]
    }
    return copy
  }

  /** Positive, right-skewed: most waits are short, a few are long (approvals, reviews). */
  logNormal(median: number, spread: number): number {
    return median * Math.exp(spread * this.normal())
  }
}

/**
 * Draws indexes 0..n-1 with weights fixed up front, from the first `available` only (customers that
 * exist by now): cumulative sums and a binary search, so a draw costs O(log n) at any scale.
 */
export class WeightedIndex {
  private readonly cumulative: Float64Array

  constructor(weights: ArrayLike<number>) {
    this.cumulative = new Float64Array(weights.length)
    let sum = 0
    for (let i = 0; i < weights.length; i++) this.cumulative[i] = sum += weights[i]!
  }

  get size(): number {
    return this.cumulative.length
  }

  draw(random: Random, available = this.cumulative.length): number {
    if (available <= 0) throw new Error('nothing to draw from yet')
    const u = random.float() * this.cumulative[available - 1]!
    let lo = 0
    let hi = available - 1
    while (lo < hi) {
      const mid = (lo + hi) >>> 1
      if (this.cumulative[mid]! > u) hi = mid
      else lo = mid + 1
    }
    return lo
  }
}

/** Zipf-like weights 1/(i+offset)^exponent, each jittered: a few big customers, a long tail of small ones. */
export function zipfWeights(random: Random, n: number, exponent: number, offset: number, jitter: number): number[] {
  return Array.from({ length: n }, (_, i) => Math.exp(jitter * random.normal()) / Math.pow(i + offset, exponent))
}
