import { dayText } from '../calendar'
import { person, type DemoOffice } from './demo-office'

// Issue 12 (R10) in the demo, through the router, on the last day: the warehouse loads the first half of each
// line of the approved dispatch notes in its 待办 (出库), all but the newest when there are several. The
// partly posted notes stay in its queue (the 出库 task is open while 部分出库) and their contracts show 部分发货.
// Only notes still valid on the last day are posted (an expired one is filed by the daily run).

export async function firstHalvesSitting(office: DemoOffice, day: number): Promise<void> {
  const warehouse = person(office, 'fengjun')
  const today = dayText(day)
  const page = await warehouse.call('queue.list', { tab: 'todo', filter: { docType: 'dispatchNote' }, pageSize: 200 })
  const oldestFirst = [...page.rows].reverse()
  for (const row of oldestFirst.length > 1 ? oldestFirst.slice(0, -1) : oldestFirst) {
    const note = await warehouse.call('outboundSlips.prepare', { dispatchNoteId: row.documentId }).catch(() => null)
    // An expired note (R8) is not posted; the daily run files it.
    if (!note || note.validUntil < today) continue
    if (note.lines.some((l) => l.postedQuantity > 0)) continue
    const lines = note.lines
      .map((l) => ({ noteLineNo: l.noteLineNo, quantity: Math.min(Math.ceil(l.remaining / 2), l.onHand) }))
      .filter((l) => l.quantity > 0)
    if (lines.length === 0) continue
    await warehouse.call('outboundSlips.post', { dispatchNoteId: note.dispatchNoteId, postedOn: today, remark: '首批装车', lines })
  }
}
