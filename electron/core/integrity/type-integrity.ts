import type { Dialect } from './dialect'
import { sqlRule, type IntegrityRule } from './integrity-rule'

/**
 * What a document type tells checkIntegrity about itself, declared in its folder
 * (doc-types/<type>/<type>-integrity.ts) and listed through the registry: the engine-wide rules read
 * its tables and tasks from here, and its own invariants come as rules of its own.
 */
export interface TypeIntegrity {
  /** Its body table, one row per document, keyed by document_id. */
  body: string
  /** Its other tables keyed by document_id (lines), which must belong to documents of this type. */
  lines?: readonly string[]
  /** R23: JSON arrays of amounts kept in its tables (a payment schedule), each element's `key` integer fen. */
  moneyArrays?: ReadonlyArray<{ table: string; column: string; key: string }>
  /**
   * A task its onApproved opens for work after the chain (the application's 签订合同), open exactly while
   * the document is approved and `openWhile` (SQL on the document `d`) holds. Assigned to the role, not a person.
   */
  followUpTask?: FollowUpTask
  /** Several such tasks at once (a signed notice: qc's 出具合格证 and production's 成品入库), each its own. */
  followUpTasks?: readonly FollowUpTask[]
  /** Its own invariants: set-based SQL rules (integrity-rule.ts), named after the rule they check. */
  rules: readonly IntegrityRule[]
}

/** One follow-up task: open exactly while the document is in one of `states` (approved by default) and `openWhile` holds. */
export interface FollowUpTask {
  stepKey: string
  role: string
  openWhile: string
  states?: readonly string[]
}

/** Every type's declaration, by document type, in the registry's order (doc-types/registry.ts). */
export type DeclaredTypes = ReadonlyArray<readonly [docType: string, integrity: TypeIntegrity]>

/**
 * 'amount = sum of lines' for one type: the header amount (and the body's own amount column, when it
 * keeps one) is the sum of its lines, each line is quantity × unit price, numbered 1..n. Several types
 * may add it: checkIntegrity reports one rule of that name, their breaches together.
 */
export function linesAddUp(body: string, lines: string, options: { bodyAmount?: boolean } = {}): IntegrityRule {
  return sqlRule(
    'amount = sum of lines',
    `SELECT d.doc_no || ': amount ' || coalesce(CAST(d.amount_fen AS TEXT), 'none') || ', lines ' || coalesce(CAST(s.total AS TEXT), 'none')
       || ', ' || coalesce(s.n, 0) || ' lines' AS example
     FROM ${body} b JOIN documents d ON d.id = b.document_id
     LEFT JOIN (SELECT document_id, sum(amount_fen) AS total, sum(CASE WHEN amount_fen IS DISTINCT FROM quantity * unit_price_fen THEN 1 ELSE 0 END) AS wrong,
                       count(*) AS n, min(line_no) AS first_no, max(line_no) AS last_no
                FROM ${lines} GROUP BY document_id) s ON s.document_id = b.document_id
     WHERE s.total IS DISTINCT FROM d.amount_fen ${options.bodyAmount ? 'OR b.amount_fen IS DISTINCT FROM d.amount_fen' : ''}
        OR s.wrong > 0 OR s.first_no <> 1 OR s.last_no <> s.n`,
  )
}

/** The elements of a table's instalments column (a JSON array), none when it is not one. */
export const instalmentsOf = (d: Dialect, table: string) => d.jsonElements(d.json(`${table}.instalments`), 'i')

/**
 * 'payment terms add up' for one type's body (doc-types/application/payment-terms.ts): the prepayment
 * is the amount × prepayment_bps rounded half up to the fen, and the instalments are the rest exactly.
 */
export function paymentTermsAddUp(table: string): IntegrityRule {
  return sqlRule(
    'payment terms add up',
    (d) => `SELECT d.doc_no || ': prepayment ' || b.prepayment_fen || ' + instalments ' || coalesce(s.total, 0)
         || ' vs amount ' || coalesce(CAST(d.amount_fen AS TEXT), 'none') AS example
       FROM ${table} b JOIN documents d ON d.id = b.document_id
       LEFT JOIN (SELECT ${table}.document_id AS document_id, sum(${d.jsonNumber(d.element('i'), 'amountFen')}) AS total
                  FROM ${table}, ${instalmentsOf(d, table)} GROUP BY ${table}.document_id) s ON s.document_id = b.document_id
       WHERE NOT ${d.jsonIsArray(d.json('b.instalments'))}
          OR b.prepayment_fen IS DISTINCT FROM (d.amount_fen * b.prepayment_bps + 5000) / 10000
          OR b.prepayment_fen + coalesce(s.total, 0) IS DISTINCT FROM d.amount_fen`,
  )
}
