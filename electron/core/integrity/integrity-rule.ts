import type BetterSqlite3 from 'better-sqlite3'

export interface IntegrityProblem {
  /** The invariant, named as in the rule list (with its WORKFLOW.md number where it has one). */
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

/** One invariant checked over the whole database at once; returns null when it holds. */
export interface IntegrityRule {
  rule: string
  check(sqlite: BetterSqlite3.Database): Omit<IntegrityProblem, 'rule'> | null
}

/**
 * A rule as one set-based query: every row it returns is one breach, described by its `example`
 * column. The runner only counts them and keeps the first example in sort order, so a rule stays a
 * single pass over its tables however large they grow (no per-document loop in JavaScript).
 */
export function sqlRule(rule: string, sql: string | ((sqlite: BetterSqlite3.Database) => string)): IntegrityRule {
  return {
    rule,
    check(sqlite) {
      const query = typeof sql === 'string' ? sql : sql(sqlite)
      const row = sqlite.prepare(`SELECT count(*) AS count, min(example) AS example FROM (${query})`).get() as { count: number; example: string | null }
      return row.count > 0 ? { count: row.count, example: String(row.example) } : null
    },
  }
}

/**
 * The steps of every chain in force, with the role that signs each (a role step, or the fallback
 * role of a "drafter's manager" step). Materialised once per query: documents join it by key.
 */
export const STEPS_CTE = `steps AS MATERIALIZED (
  SELECT w.doc_type AS doc_type, json_extract(s.value, '$.key') AS key,
    coalesce(json_extract(s.value, '$.actor.role'), json_extract(s.value, '$.actor.fallbackRole')) AS role
  FROM workflow_definitions w, json_each(w.definition, '$.steps') s)`

/** A JSON column read defensively: a corrupt value is reported by its rule, never aborts the check. */
export function jsonOrNull(column: string): string {
  return `CASE WHEN json_valid(${column}) THEN ${column} END`
}
