import { addDays } from '../../../electron/core/doc-types/dispatch-note/dispatch-validity'
import { dayText } from '../calendar'
import type { Random } from '../random'
import { person, type DemoOffice } from './demo-office'
import type { DemoPerson } from './demo-person'

// Issue 12 in the demo, through the router: the warehouse posts the approved dispatch notes in its 待办
// (what each still lacks, when stock covers it; R10), and finance, in its Thursday sitting, records the
// signed copies that have come back — late, some after a fortnight or more (R11) — then books most of
// them (入帐), leaving the newest copy unbooked in its 待办. Receivables booked early fall due within the
// demo's months; what the customer has not paid by then is overdue (R9 adds the GM to its next note).

/** warehouse: one slip per approved note in its 待办, for what the note lacks where the stock covers it. */
export async function outboundSitting(office: DemoOffice, day: number): Promise<void> {
  const warehouse = person(office, 'fengjun')
  const page = await warehouse.call('queue.list', { tab: 'todo', filter: { docType: 'dispatchNote' }, pageSize: 200 })
  for (const row of page.rows) {
    try {
      const prepared = await warehouse.call('outboundSlips.prepare', { dispatchNoteId: row.documentId })
      const lines = prepared.lines.filter((l) => l.remaining > 0 && l.onHand >= l.remaining).map((l) => ({ noteLineNo: l.noteLineNo, quantity: l.remaining }))
      if (lines.length) await warehouse.call('outboundSlips.post', { dispatchNoteId: row.documentId, postedOn: dayText(day), lines, remark: '整单出库' })
    } catch {
      // Expired meanwhile, or stock taken by another note: the note stays for the clerk (and the warehouse's 待办).
    }
  }
}

/** finance: the signed copies back by now (each slip's paper needs 3–20 days), then 入帐 for all but `leaveUnbooked`. */
export async function signBackSitting(finance: DemoPerson, random: Random, day: number, options: { leaveUnbooked: number }): Promise<void> {
  const today = dayText(day)
  const paper = await finance.call('signBacks.paperTracking', { pageSize: 200 })
  for (const row of paper.rows) {
    if (row.ageDays < random.int(3, 20)) continue
    const signed = addDays(row.postedOn, random.int(0, 2))
    await finance.call('signBacks.recordCopy', {
      slipId: row.slipId, signedBy: random.pick(['赵经理', '钱主任', '孙工', '周采购']), signedOn: signed > today ? today : signed, returnedOn: today,
      ...(random.chance(0.15) ? { discrepancy: '外包装轻微破损，数量无误' } : {}),
    })
  }
  const todo = await finance.call('queue.list', { tab: 'todo', filter: { docType: 'outboundSlip' }, pageSize: 200 })
  const toBook = todo.rows.filter((r) => r.stepName === '应收入帐').sort((a, b) => a.documentId - b.documentId)
  for (const row of toBook.slice(0, Math.max(0, toBook.length - options.leaveUnbooked))) await finance.call('signBacks.bookReceivable', { slipId: row.documentId })
}
