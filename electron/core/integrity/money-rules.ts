import { countBreaches, type IntegrityRule } from './integrity-rule'
import type { DeclaredTypes } from './type-integrity'

// R23: money is integer fen. Every `*_fen` column of every table is found from the schema itself, so a
// table a later type adds is checked without touching this file, and the JSON arrays of amounts (payment
// schedules) are those the types declare. Amounts adding up are each type's rules (type-integrity.ts).

export function integerMoneyRule(types: DeclaredTypes): IntegrityRule {
  const arrays = types.flatMap(([, t]) => t.moneyArrays ?? [])
  return {
    rule: 'R23 integer money',
    async check(ctx) {
      const d = ctx.dialect
      const columns = await ctx.rows<{ table: string; column: string; type: string }>(d.fenColumnsSql)
      const values = columns.map(
        ({ table, column, type }) =>
          `SELECT '${table}.${column} row ' || ${d.rowId} || ' = ' || ${d.literal(`"${column}"`)} AS example FROM "${table}"
           WHERE ${d.notInteger(`"${column}"`, type)} OR "${column}" < 0`,
      )
      const scheduled = arrays.map(
        ({ table, column, key }) =>
          `SELECT '${table}.${column} of #' || ${table}.document_id || ' = ' || ${table}.${column}
           FROM ${table}, ${d.jsonElements(d.json(`${table}.${column}`), 'i')}
           WHERE NOT ${d.jsonIsInteger(d.element('i'), key)} OR ${d.jsonNumber(d.element('i'), key)} <= 0`,
      )
      return countBreaches(ctx, [...values, ...scheduled].join(' UNION ALL '))
    },
  }
}
