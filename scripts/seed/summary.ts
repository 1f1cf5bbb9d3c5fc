import type BetterSqlite3 from 'better-sqlite3'
import { statSync } from 'node:fs'
import type { IntegrityReport } from '../../electron/core/integrity/check-integrity'

// What the seed prints when it is done: rows per table, the file's size, the time it took, and the
// integrity check's verdict.

export interface SeedSummary {
  path: string
  rows: Record<string, number>
  bytes: number
  seconds: number
  integritySeconds: number
  integrity: IntegrityReport
  /** Outcomes the generator counted (applications rejected, contracts signed …). */
  tally: Record<string, number>
}

export function countRows(sqlite: BetterSqlite3.Database): Record<string, number> {
  const tables = sqlite
    // Plain tables, not the FTS5 search indexes and their shadow tables (derived from them).
    .prepare(`SELECT name FROM pragma_table_list WHERE schema = 'main' AND type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name`)
    .all() as Array<{ name: string }>
  return Object.fromEntries(tables.map(({ name }) => [name, (sqlite.prepare(`SELECT count(*) AS n FROM "${name}"`).get() as { n: number }).n]))
}

export function fileSize(path: string): number {
  return statSync(path).size
}

const thousands = (n: number) => n.toLocaleString('en-US')

export function formatSummary(summary: SeedSummary): string {
  const width = Math.max(...Object.keys(summary.rows).map((t) => t.length))
  const lines = [
    `database ${summary.path}`,
    ...Object.entries(summary.rows).map(([table, n]) => `  ${table.padEnd(width)}  ${thousands(n).padStart(12)}`),
    `size ${(summary.bytes / 1024 / 1024).toFixed(1)} MB; generated in ${summary.seconds.toFixed(1)} s; integrity check ${summary.integritySeconds.toFixed(1)} s`,
  ]
  if (Object.keys(summary.tally).length) lines.push(`outcomes: ${Object.entries(summary.tally).map(([k, v]) => `${k} ${thousands(v)}`).join(', ')}`)
  lines.push(
    summary.integrity.ok
      ? 'integrity: ok'
      : `integrity: ${summary.integrity.problems.length} rule(s) broken\n${summary.integrity.problems.map((p) => `  ${p.rule}: ${p.count} (e.g. ${p.example})`).join('\n')}`,
  )
  return lines.join('\n')
}
