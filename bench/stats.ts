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

export function timingOf(samples: number[]): Timing {
  const sorted = [...samples].sort((a, b) => a - b)
  return { runs: sorted.length, medianMs: percentile(sorted, 50), p95Ms: percentile(sorted, 95) }
}

export const ms = (value: number) => (value < 10 ? value.toFixed(2) : value.toFixed(1))
