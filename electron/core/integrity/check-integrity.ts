import type { EntityManager } from 'typeorm'
import type { Database } from '../db/database'
import { docTypeIntegrity } from '../doc-types/registry'
import { auditRules } from './audit-rules'
import { customerSortKeyRule } from './customer-rules'
import { deputyRules } from './deputy-rules'
import { dialectOf, lenientPostgresDialect, prepareDialect } from './dialect'
import { documentRules } from './document-rules'
import { ruleContext, type IntegrityProblem, type IntegrityReport, type IntegrityRule } from './integrity-rule'
import { integerMoneyRule } from './money-rules'
import { numberingRules } from './numbering-rules'
import { searchRules } from './search-rules'
import { sqliteRules } from './sqlite-rules'
import { workflowRules } from './workflow-rules'

export type { IntegrityProblem, IntegrityReport } from './integrity-rule'

let built: readonly IntegrityRule[] | undefined

/**
 * Every invariant the services keep, in the order a reader would check them: the engine's and the
 * audit trail's, then each document type's own (doc-types/<type>/<type>-integrity.ts, through the
 * registry), then money and the file. Built on first use: the registry imports the engine.
 */
export function integrityRules(): readonly IntegrityRule[] {
  if (!built) {
    const types = docTypeIntegrity()
    built = [
      ...numberingRules,
      ...workflowRules(types),
      ...auditRules,
      ...deputyRules,
      ...documentRules(types),
      ...types.flatMap(([, t]) => t.rules),
      integerMoneyRule(types),
      customerSortKeyRule,
      ...searchRules,
      ...sqliteRules,
    ]
  }
  return built
}

/**
 * Runs every rule on `em`'s connection as it stands, inside whatever transaction the caller holds
 * (a test corrupts rows, checks and rolls back). Most callers want checkIntegrity.
 */
export async function checkIntegrityIn(em: EntityManager, rules: readonly IntegrityRule[] = integrityRules()): Promise<IntegrityReport> {
  const dialect = dialectOf(em)
  // PostgreSQL: the helper functions, the savepoints and the snapshot all need one connection in a transaction.
  if (dialect.name === 'postgres' && !em.queryRunner?.isTransactionActive) throw new Error('checkIntegrityIn needs a transaction on PostgreSQL')
  await prepareDialect(em, dialect)
  return runRules(em, rules)
}

/** SQLSTATE class 22 (data exception): a value a plain cast could not read — JSON or a time that does not parse. */
const isDataException = (error: unknown) => String((error as { code?: unknown }).code ?? '').startsWith('22')

async function runRule(em: EntityManager, rule: IntegrityRule): Promise<Omit<IntegrityProblem, 'rule'> | null> {
  const dialect = dialectOf(em)
  if (dialect.name !== 'postgres') return rule.check(ruleContext(em, dialect))
  // dialect.ts: plain casts first; a value that does not parse aborts the statement, so the rule
  // runs again, from a savepoint, with the casts that read it as NULL and let the rule report it.
  await em.query('SAVEPOINT integrity_rule')
  try {
    const found = await rule.check(ruleContext(em, dialect))
    await em.query('RELEASE SAVEPOINT integrity_rule')
    return found
  } catch (error) {
    if (!isDataException(error)) throw error
    await em.query('ROLLBACK TO SAVEPOINT integrity_rule')
    return rule.check(ruleContext(em, lenientPostgresDialect))
  }
}

async function runRules(em: EntityManager, rules: readonly IntegrityRule[]): Promise<IntegrityReport> {
  const dialectName = dialectOf(em).name
  const problems: IntegrityProblem[] = []
  for (const rule of rules) {
    if (rule.only && rule.only !== dialectName) continue
    const found = await runRule(em, rule)
    if (!found) continue
    // Rules several types add (type-integrity.ts: amounts, payment terms) are reported once, all their breaches together.
    const same = problems.find((p) => p.rule === rule.rule)
    if (!same) problems.push({ rule: rule.rule, ...found })
    else Object.assign(same, { count: same.count + found.count, example: found.example < same.example ? found.example : same.example })
  }
  return { ok: problems.length === 0, problems }
}

/**
 * Checks the whole database against the invariants the services keep: each rule is one set-based
 * SQL pass (window functions, grouped joins, JSON arrays expanded in SQL), never a loop over
 * documents, so it stays usable on a decade of data. It reports every broken rule with a count and
 * one example rather than stopping at the first.
 *
 * The rules must see one state of the database. On SQLite they run in the serial queue, so no action
 * of this process lands halfway through (and the file has no other writer). On PostgreSQL other
 * workstations write at the same time, so the rules run on one connection in a REPEATABLE READ
 * transaction — one snapshot for all of them — made read-only once dialect.ts's helper functions
 * exist, and rolled back, which drops them: the check leaves nothing behind.
 */
export async function checkIntegrity(db: Database): Promise<IntegrityReport> {
  return db.read(async (em) => {
    if (db.isSqlite) return checkIntegrityIn(em)
    const runner = em.connection.createQueryRunner()
    try {
      await runner.connect()
      await runner.startTransaction('REPEATABLE READ')
      try {
        await prepareDialect(runner.manager, dialectOf(runner.manager))
        // After the session's helper functions are made: from here on the check cannot write.
        await runner.query('SET TRANSACTION READ ONLY')
        return await runRules(runner.manager, integrityRules())
      } finally {
        await runner.rollbackTransaction()
      }
    } finally {
      await runner.release()
    }
  })
}
