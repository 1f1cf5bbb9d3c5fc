import { performance } from 'node:perf_hooks'

export interface Timing {
  runs: number
  medianMs: number
  p95Ms: number
}

function percentile(sorted: number[], p: number): number {
  const index = Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)
  return sorted[Math.max(0, index)]!
}

/** Runs `work` `runs` times after `warmup` unmeasured runs; the n-th run gets its index. */
export async function measure(runs: number, work: (i: number) => unknown, warmup = Math.min(5, runs)): Promise<Timing> {
  for (let i = 0; i < warmup; i++) await work(i)
  const samples: number[] = []
  for (let i = 0; i < runs; i++) {
    const started = performance.now()
    await work(warmup + i)
    samples.push(performance.now() - started)
  }
  return timingOf(samples)
}

/**
 * An operation and its floor, run in turns (work, floor, work, floor, …) after `warmup` turns: a
 * busy neighbour or a slow stretch of the machine then slows both alike, and the ratio stays a ratio
 * of the code, not of the moments each half happened to be measured in.
 */
export async function measurePair(
  runs: number,
  work: (i: number) => unknown,
  floor: (i: number) => unknown,
  warmup = Math.min(20, runs),
): Promise<{ timing: Timing; floor: Timing }> {
  for (let i = 0; i < warmup; i++) {
    await work(i)
    await floor(i)
  }
  const workSamples: number[] = []
  const floorSamples: number[] = []
  for (let i = warmup; i < warmup + runs; i++) {
    let started = performance.now()
    await work(i)
    workSamples.push(performance.now() - started)
    started = performance.now()
    await floor(i)
    floorSamples.push(performance.now() - started)
  }
  return { timing: timingOf(workSamples), floor: timingOf(floorSamples) }
}

export function timingOf(samples: number[]): Timing {
  const sorted = [...samples].sort((a, b) => a - b)
  return { runs: sorted.length, medianMs: percentile(sorted, 50), p95Ms: percentile(sorted, 95) }
}

export const ms = (value: number) => (value < 10 ? value.toFixed(2) : value.toFixed(1))
