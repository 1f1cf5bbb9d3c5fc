import type { EntityManager } from 'typeorm'
import { readRows } from '../db/driver-query'
import type { Dialect, DialectName } from './dialect'

export interface IntegrityProblem {
  /** The invariant, named as in the rule list (with its docs/rules.md number where it has one). */
  rule: string
  /** How many rows break it. */
  count: number
  /** One of them, in words a person can look up (a document number, a table and row). */
  example: string
}

export interface IntegrityReport {
  ok: boolean
  problems: IntegrityProblem[]
}

/** Where a rule runs: the connection (inside the check's transaction) and its SQL dialect. */
export interface RuleContext {
  em: EntityManager
  dialect: Dialect
  /** A hand-written read with `:name` / `:...list` parameters, every value bound (db/driver-query.ts). */
  rows<T>(sql: string, params?: Record<string, unknown>): Promise<T[]>
}

/** One invariant checked over the whole database at once; returns null when it holds. */
export interface IntegrityRule {
  rule: string
  /** The databases it applies to (all when absent): SQLite's pragmas mean nothing on PostgreSQL. */
  only?: DialectName
  check(ctx: RuleContext): Promise<Omit<IntegrityProblem, 'rule'> | null>
}

export function ruleContext(em: EntityManager, dialect: Dialect): RuleContext {
  return { em, dialect, rows: (sql, params = {}) => readRows(em, sql, params) }
}

type RuleSql = string | ((dialect: Dialect) => string)

/** Counts a rule query's rows and keeps the first example in sort order. */
export async function countBreaches(ctx: RuleContext, query: string, params: Record<string, unknown> = {}) {
  const [row] = await ctx.rows<{ count: number | string; example: string | null }>(
    `SELECT count(*) AS count, min(example) AS example FROM (${query}) AS breaches`,
    params,
  )
  // PostgreSQL's count is bigint, which pg hands over as a string.
  const count = Number(row?.count ?? 0)
  return count > 0 ? { count, example: String(row?.example) } : null
}

/**
 * A rule as one set-based query: every row it returns is one breach, described by its `example`
 * column. The runner only counts them and keeps the first example in sort order, so a rule stays a
 * single pass over its tables however large they grow (no per-document loop in JavaScript). The SQL
 * is built once per dialect (dialect.ts) and its values are bound, so it is one prepared text.
 */
export function sqlRule(rule: string, sql: RuleSql, params: Record<string, unknown> = {}): IntegrityRule {
  const built = new Map<Dialect['key'], string>()
  return {
    rule,
    check(ctx) {
      let query = built.get(ctx.dialect.key)
      if (query === undefined) built.set(ctx.dialect.key, (query = typeof sql === 'string' ? sql : sql(ctx.dialect)))
      return countBreaches(ctx, query, params)
    },
  }
}
