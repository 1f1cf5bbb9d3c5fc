import type BetterSqlite3 from 'better-sqlite3'
import type { Database } from '../db/database'
import { auditRules } from './audit-rules'
import { contractRules } from './contract-rules'
import type { IntegrityProblem, IntegrityReport, IntegrityRule } from './integrity-rule'
import { linkRules } from './link-rules'
import { moneyRules } from './money-rules'
import { numberingRules } from './numbering-rules'
import { workflowRules } from './workflow-rules'

export type { IntegrityProblem, IntegrityReport } from './integrity-rule'

const sqliteRules: IntegrityRule[] = [
  {
    rule: 'SQLite foreign keys',
    check(sqlite) {
      const broken = sqlite.pragma('foreign_key_check') as Array<{ table: string; rowid: number | null; parent: string }>
      const first = broken[0]
      return first ? { count: broken.length, example: `${first.table} row ${first.rowid ?? '?'} → missing ${first.parent}` } : null
    },
  },
  {
    rule: 'SQLite integrity',
    check(sqlite) {
      const messages = (sqlite.pragma('integrity_check') as Array<{ integrity_check: string }>).map((r) => r.integrity_check)
      return messages.length === 1 && messages[0] === 'ok' ? null : { count: messages.length, example: messages[0] ?? 'no answer' }
    },
  },
]

/** Every invariant the services keep, in the order a reader would check them. */
export const INTEGRITY_RULES: readonly IntegrityRule[] = [
  ...numberingRules,
  ...workflowRules,
  ...auditRules,
  ...contractRules,
  ...linkRules,
  ...moneyRules,
  ...sqliteRules,
]

function runRules(sqlite: BetterSqlite3.Database, rules: readonly IntegrityRule[]): IntegrityReport {
  const problems: IntegrityProblem[] = []
  for (const rule of rules) {
    const found = rule.check(sqlite)
    if (found) problems.push({ rule: rule.rule, ...found })
  }
  return { ok: problems.length === 0, problems }
}

/**
 * Checks the whole database against the invariants the services keep: each rule is one set-based
 * SQL pass (window functions, grouped joins, json_each), never a loop over documents, so it stays
 * usable on a decade of data. It runs in the serial queue, so no action lands halfway through, and
 * reports every broken rule with a count and one example rather than stopping at the first.
 * SQLite only for now: the rules use SQLite's JSON functions and pragmas.
 */
export async function checkIntegrity(db: Database): Promise<IntegrityReport> {
  const sqlite = db.sqlite
  if (!sqlite) throw new Error('checkIntegrity reads a SQLite database (JSON functions, pragmas); PostgreSQL is not supported yet')
  return db.read(async () => runRules(sqlite, INTEGRITY_RULES))
}
