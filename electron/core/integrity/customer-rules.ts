import { customerNameSortKey } from '../customers/name-sort-key'
import type { IntegrityRule } from './integrity-rule'

// customers.name_sort_key is derived from customers.name (customers/name-sort-key.ts) and decides the
// customer list's pinyin order. The key is computed in JavaScript from the runtime's ICU, so no SQL can
// check it: one pass reads id, name and key and recomputes each. A row written without its key (the
// column's '' default), a rename that skipped it, or a runtime whose ICU ranks characters differently
// shows up here instead of as a customer missing from where the clerk looks.

export const customerSortKeyRule: IntegrityRule = {
  rule: 'customer name sort key (pinyin order of the customer list)',
  async check(ctx) {
    const rows = await ctx.rows<{ id: number | string; name: string; key: string }>('SELECT id, name, name_sort_key AS key FROM customers ORDER BY id')
    const wrong = rows.filter((r) => r.key !== customerNameSortKey(r.name))
    const first = wrong[0]
    return first ? { count: wrong.length, example: `customers row ${first.id} (${first.name}): name_sort_key is not its name's` } : null
  },
}
