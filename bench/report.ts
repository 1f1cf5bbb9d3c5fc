import type { Result } from './core-operations'
import { ms } from './stats'

export interface BrowserMeasure {
  operation: string
  runs: number
  medianMs: number
  p95Ms: number
  maxMs?: number
}
export type BrowserOutcome = { results: BrowserMeasure[]; hostRssMiB: number; note?: string } | { skipped: string }

export interface Report {
  machine: string
  /** The engine and its version, in the table's title. */
  backend: string
  counts: Record<string, number>
  /** 'file 351 MiB' (SQLite) or 'database 529 MiB' (PostgreSQL). */
  size: string
  notes: string[]
  results: Result[]
  browser: BrowserOutcome
  coreRssMiB: number
}

/** The table the README shows: Markdown, so it can be pasted as it is. */
export function printReport(report: Report): void {
  const lines = [
    `Machine: ${report.machine}`,
    `Backend: ${report.backend}`,
    `Data: ${Object.entries(report.counts).map(([k, v]) => `${v.toLocaleString('en-US')} ${k}`).join(', ')}; ${report.size}`,
    ...report.notes,
    '',
    `| operation on ${report.backend} | runs | median ms | p95 ms | raw SQL median | raw SQL p95 | ratio |`,
    '|---|---|---|---|---|---|---|',
    ...report.results.map(({ operation, timing, floor }) => {
      const ratio = floor ? `${(timing.medianMs / Math.max(floor.medianMs, 0.001)).toFixed(1)}×` : '—'
      return `| ${operation} | ${timing.runs} | ${ms(timing.medianMs)} | ${ms(timing.p95Ms)} | ${floor ? ms(floor.medianMs) : '—'} | ${floor ? ms(floor.p95Ms) : '—'} | ${ratio} |`
    }),
    '',
  ]
  if ('skipped' in report.browser) lines.push(`Browser part skipped: ${report.browser.skipped}`)
  else {
    lines.push('| in Chromium through the host | runs | median ms | p95 ms | max ms |', '|---|---|---|---|---|')
    for (const m of report.browser.results)
      lines.push(`| ${m.operation} | ${m.runs} | ${ms(m.medianMs)} | ${ms(m.p95Ms)} | ${m.maxMs === undefined ? '—' : ms(m.maxMs)} |`)
    if (report.browser.note) lines.push('', report.browser.note)
    lines.push('', `Host memory after the browser run: rss ${report.browser.hostRssMiB.toFixed(0)} MiB`)
  }
  lines.push(`Benchmark process after the core run: rss ${report.coreRssMiB.toFixed(0)} MiB`)
  console.log(`\n${lines.join('\n')}`)
}
