import type { BeforeQueryEvent, EntitySubscriberInterface } from 'typeorm'
import { afterEach, describe, expect, it, vi } from 'vitest'
import type { DispatchNoteBody } from '../../shared/doc-types/dispatch-note/dispatch-note-body'
import { onceInTransaction } from '../../electron/core/db/transaction-memo'
import { openDispatchOffice, type DispatchOffice } from './support/dispatch-office'

// Issue 12: a dispatch note's save and submit ran R9's exposure statement five times in two transactions;
// now once in each (db/transaction-memo.ts), and never carried from one transaction into the next.

vi.setConfig({ testTimeout: 180_000 })

let o: DispatchOffice
afterEach(() => o?.office.close())

/** How many statements whose text contains each marker the database was sent while `work` ran (both backends tell subscribers). */
async function sent(markers: string[], work: () => Promise<unknown>): Promise<number[]> {
  const subscribers = o.office.ws.database.dataSource.subscribers as EntitySubscriberInterface[]
  const count = markers.map(() => 0)
  const watcher: EntitySubscriberInterface = {
    beforeQuery: (event: BeforeQueryEvent) => markers.forEach((marker, i) => void (event.query.includes(marker) && count[i]!++)),
  }
  subscribers.push(watcher)
  try {
    await work()
  } finally {
    subscribers.splice(subscribers.indexOf(watcher), 1)
  }
  return count
}
// The exposure statement's own table (credit/exposure.ts, the unpaid receivables term); R8's stock on hand (dispatch-stock.ts).
const MARKERS = ['FROM contract_receivables k', 'FROM stock_on_hand']

describe('R9 once per transaction (issue 12)', () => {
  it('a note’s save reads the exposure and the stock once each (preview chain and body; R8), its submit once each (R8, R2, the facts, the body); the figures stay the new ones', async () => {
    o = await openDispatchOffice()
    await o.setCredit('A', 100_000_000)
    await o.stock(10)
    const c = await o.signedContract()
    let draft!: Awaited<ReturnType<typeof o.clerk.call<'dispatchNotes.save'>>>
    expect(await sent(MARKERS, async () => (draft = await o.clerk.call('dispatchNotes.save', o.noteInput(c, 1))))).toEqual([1, 1])
    let view!: Awaited<ReturnType<typeof o.clerk.call<'documents.act'>>>
    expect(await sent(MARKERS, async () => (view = await o.clerk.call('documents.act', { id: draft.header.id, version: draft.header.version, action: 'submit' })))).toEqual([1, 1])
    expect(view.header.state).toBe('pending')
    // A second note of the same customer, approved meanwhile, is in the first one's exposure on the next read: nothing carried over.
    const before = (view.body as DispatchNoteBody).credit!.exposureFen
    const other = await o.submitted(await o.signedContract(), 1)
    await o.manager.call('documents.act', { id: other.header.id, version: other.header.version, action: 'approve' })
    const reread = (await o.clerk.call('documents.get', { id: draft.header.id })).body as DispatchNoteBody
    expect(reread.credit!.exposureFen).toBe(before + (other.header.amountFen ?? 0))
    expect(reread.credit!.exposureFen).toBeGreaterThan(before)
  })

  it('computed once inside a transaction, afresh in the next one and outside any; a failed savepoint forgets what it kept', async () => {
    o = await openDispatchOffice()
    const db = o.office.ws.database
    let computed = 0
    const figure = () => Promise.resolve(++computed)
    await db.transaction(async (em) => {
      expect(await onceInTransaction(em, 'k', figure)).toBe(1)
      expect(await onceInTransaction(em, 'k', figure)).toBe(1)
      expect(await onceInTransaction(em, 'other', figure)).toBe(2)
    })
    await db.transaction(async (em) => expect(await onceInTransaction(em, 'k', figure)).toBe(3))
    await db.read(async (em) => {
      expect(await onceInTransaction(em, 'k', figure)).toBe(4)
      expect(await onceInTransaction(em, 'k', figure)).toBe(5)
    })
    await db.transaction(async (em) => {
      expect(await onceInTransaction(em, 'k', figure)).toBe(6)
      await expect(db.transaction(async (inner) => {
        expect(await onceInTransaction(inner, 'k', figure)).toBe(6)
        throw new Error('rolled back')
      })).rejects.toThrow('rolled back')
      expect(await onceInTransaction(em, 'k', figure)).toBe(7)
    })
  })
})
