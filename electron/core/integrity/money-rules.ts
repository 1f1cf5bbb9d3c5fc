import type { Dialect } from './dialect'
import { countBreaches, sqlRule, type IntegrityRule } from './integrity-rule'

// R23: money is integer fen. Every `*_fen` column of every table is found from the schema itself, so a
// table a later issue adds is checked without touching this file. Amounts are the sum of their lines,
// and a prepayment plus its instalments is the amount to the fen.

const TERM_TABLES = ['applications', 'contracts'] as const
const instalments = (d: Dialect, table: string) => d.jsonElements(d.json(`${table}.instalments`), 'i')

function integerMoneySql(d: Dialect, columns: ReadonlyArray<{ table: string; column: string; type: string }>): string {
  const values = columns.map(
    ({ table, column, type }) =>
      `SELECT '${table}.${column} row ' || ${d.rowId} || ' = ' || ${d.literal(`"${column}"`)} AS example FROM "${table}"
       WHERE ${d.notInteger(`"${column}"`, type)} OR "${column}" < 0`,
  )
  const scheduled = TERM_TABLES.map(
    (table) =>
      `SELECT '${table}.instalments of #' || ${table}.document_id || ' = ' || ${table}.instalments FROM ${table}, ${instalments(d, table)}
       WHERE NOT ${d.jsonIsInteger(d.element('i'), 'amountFen')} OR ${d.jsonNumber(d.element('i'), 'amountFen')} <= 0`,
  )
  return [...values, ...scheduled].join(' UNION ALL ')
}

const linesMatch = (bodies: string, lines: string, bodyAmount: string) =>
  `SELECT d.doc_no || ': amount ' || coalesce(CAST(d.amount_fen AS TEXT), 'none') || ', lines ' || coalesce(CAST(s.total AS TEXT), 'none')
     || ', ' || coalesce(s.n, 0) || ' lines' AS example
   FROM ${bodies} b JOIN documents d ON d.id = b.document_id
   LEFT JOIN (SELECT document_id, sum(amount_fen) AS total, sum(CASE WHEN amount_fen IS DISTINCT FROM quantity * unit_price_fen THEN 1 ELSE 0 END) AS wrong,
                     count(*) AS n, min(line_no) AS first_no, max(line_no) AS last_no
              FROM ${lines} GROUP BY document_id) s ON s.document_id = b.document_id
   WHERE s.total IS DISTINCT FROM d.amount_fen ${bodyAmount} OR s.wrong > 0 OR s.first_no <> 1 OR s.last_no <> s.n`

export const moneyRules: IntegrityRule[] = [
  {
    rule: 'R23 integer money',
    async check(ctx) {
      const columns = await ctx.rows<{ table: string; column: string; type: string }>(ctx.dialect.fenColumnsSql)
      return countBreaches(ctx, integerMoneySql(ctx.dialect, columns))
    },
  },
  sqlRule(
    'amount = sum of lines',
    `${linesMatch('applications', 'application_lines', '')} UNION ALL ${linesMatch('contracts', 'contract_lines', 'OR b.amount_fen IS DISTINCT FROM d.amount_fen')}`,
  ),
  // applications/payment-terms.ts: prepayment rounded half up to the fen, instalments the rest exactly.
  sqlRule('payment terms add up', (d) =>
    TERM_TABLES.map(
      (table) =>
        `SELECT d.doc_no || ': prepayment ' || b.prepayment_fen || ' + instalments ' || coalesce(s.total, 0)
           || ' vs amount ' || coalesce(CAST(d.amount_fen AS TEXT), 'none') AS example
         FROM ${table} b JOIN documents d ON d.id = b.document_id
         LEFT JOIN (SELECT ${table}.document_id AS document_id, sum(${d.jsonNumber(d.element('i'), 'amountFen')}) AS total
                    FROM ${table}, ${instalments(d, table)} GROUP BY ${table}.document_id) s ON s.document_id = b.document_id
         WHERE NOT ${d.jsonIsArray(d.json('b.instalments'))}
            OR b.prepayment_fen IS DISTINCT FROM (d.amount_fen * b.prepayment_bps + 5000) / 10000
            OR b.prepayment_fen + coalesce(s.total, 0) IS DISTINCT FROM d.amount_fen`,
    ).join(' UNION ALL '),
  ),
]
