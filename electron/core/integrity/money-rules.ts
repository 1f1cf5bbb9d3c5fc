import type BetterSqlite3 from 'better-sqlite3'
import { sqlRule, type IntegrityRule } from './integrity-rule'

// R23: money is integer fen. Every `*_fen` column of every table is found from the schema itself, so a
// table a later issue adds is checked without touching this file. Amounts are the sum of their lines,
// and a prepayment plus its instalments is the amount to the fen.

function moneyColumns(sqlite: BetterSqlite3.Database): Array<{ table: string; column: string }> {
  return sqlite
    .prepare(
      `SELECT m.name AS "table", p.name AS "column" FROM sqlite_master m JOIN pragma_table_info(m.name) p
       WHERE m.type = 'table' AND m.name NOT LIKE 'sqlite\\_%' ESCAPE '\\' AND p.name LIKE '%\\_fen' ESCAPE '\\'
       ORDER BY m.name, p.cid`,
    )
    .all() as Array<{ table: string; column: string }>
}

const TERM_TABLES = ['applications', 'contracts'] as const
const instalments = (table: string) => `json_each(CASE WHEN json_valid(${table}.instalments) THEN ${table}.instalments ELSE '[]' END)`

function integerMoney(sqlite: BetterSqlite3.Database): string {
  const columns = moneyColumns(sqlite).map(
    ({ table, column }) =>
      `SELECT '${table}.${column} row ' || rowid || ' = ' || quote("${column}") AS example FROM "${table}"
       WHERE typeof("${column}") NOT IN ('integer', 'null') OR "${column}" < 0`,
  )
  const scheduled = TERM_TABLES.map(
    (table) =>
      `SELECT '${table}.instalments of #' || ${table}.document_id || ' = ' || ${table}.instalments FROM ${table}, ${instalments(table)} i
       WHERE json_type(i.value, '$.amountFen') IS NOT 'integer' OR json_extract(i.value, '$.amountFen') <= 0`,
  )
  return [...columns, ...scheduled].join(' UNION ALL ')
}

const linesMatch = (bodies: string, lines: string, bodyAmount: string) =>
  `SELECT d.doc_no || ': amount ' || coalesce(d.amount_fen, 'none') || ', lines ' || coalesce(s.total, 'none') || ', ' || coalesce(s.n, 0) || ' lines' AS example
   FROM ${bodies} b JOIN documents d ON d.id = b.document_id
   LEFT JOIN (SELECT document_id, sum(amount_fen) AS total, sum(amount_fen IS NOT quantity * unit_price_fen) AS wrong,
                     count(*) AS n, min(line_no) AS first_no, max(line_no) AS last_no
              FROM ${lines} GROUP BY document_id) s ON s.document_id = b.document_id
   WHERE s.total IS NOT d.amount_fen ${bodyAmount} OR s.wrong > 0 OR s.first_no <> 1 OR s.last_no <> s.n`

export const moneyRules: IntegrityRule[] = [
  sqlRule('R23 integer money', integerMoney),
  sqlRule(
    'amount = sum of lines',
    `${linesMatch('applications', 'application_lines', '')} UNION ALL ${linesMatch('contracts', 'contract_lines', 'OR b.amount_fen IS NOT d.amount_fen')}`,
  ),
  // applications/payment-terms.ts: prepayment rounded half up to the fen, instalments the rest exactly.
  sqlRule(
    'payment terms add up',
    TERM_TABLES.map(
      (table) =>
        `SELECT d.doc_no || ': prepayment ' || b.prepayment_fen || ' + instalments ' || coalesce(s.total, 0) || ' vs amount ' || coalesce(d.amount_fen, 'none') AS example
         FROM ${table} b JOIN documents d ON d.id = b.document_id
         LEFT JOIN (SELECT ${table}.document_id AS document_id, sum(json_extract(i.value, '$.amountFen')) AS total
                    FROM ${table}, ${instalments(table)} i GROUP BY ${table}.document_id) s ON s.document_id = b.document_id
         WHERE NOT json_valid(b.instalments) OR json_type(b.instalments) IS NOT 'array'
            OR b.prepayment_fen IS NOT (d.amount_fen * b.prepayment_bps + 5000) / 10000
            OR b.prepayment_fen + coalesce(s.total, 0) IS NOT d.amount_fen`,
    ).join(' UNION ALL '),
  ),
]
