import { dayText } from '../calendar'
import { person, type DemoOffice } from './demo-office'

// Issue 12 (R10) in the demo, through the router: the warehouse works through the approved dispatch notes in
// its 待办 (出库). A note nothing has gone out on yet ships half of each line first (部分出库: a truck's
// load), the rest at the next sitting. On the last day only first halves go out, so a partly posted note
// sits in the warehouse's queue (its 出库 task stays open while 部分出库) and the contract shows 部分发货.

export async function outboundSitting(office: DemoOffice, day: number, lastDay: boolean): Promise<void> {
  const warehouse = person(office, 'fengjun')
  const today = dayText(day)
  const page = await warehouse.call('queue.list', { tab: 'todo', filter: { docType: 'dispatchNote' }, pageSize: 200 })
  for (const row of [...page.rows].reverse()) {
    const note = await warehouse.call('outboundSlips.prepare', { dispatchNoteId: row.documentId }).catch(() => null)
    // An expired note (R8) is not posted; the daily run files it.
    if (!note || note.validUntil < today) continue
    const started = note.lines.some((l) => l.postedQuantity > 0)
    if (started && lastDay) continue
    const lines = note.lines
      .map((l) => ({ noteLineNo: l.noteLineNo, quantity: Math.min(started ? l.remaining : Math.ceil(l.remaining / 2), l.onHand) }))
      .filter((l) => l.quantity > 0)
    if (lines.length === 0) continue
    await warehouse.call('outboundSlips.post', { dispatchNoteId: note.dispatchNoteId, postedOn: today, remark: started ? '余货发出' : '首批装车', lines })
  }
}
