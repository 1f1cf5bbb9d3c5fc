import { afterEach, describe, expect, it, vi } from 'vitest'
import type { OpenedWorkstation } from '../../electron/core/open-workstation'
import { checkIntegrity } from '../../electron/core/integrity/check-integrity'
import { openDispatchOffice, type DispatchOffice } from './support/dispatch-office'
import { atOnceOnRow, openMoreWorkstations, sameUserOn } from './support/pg-workstations'
import { onPostgres } from './support/test-backend'

// R10 under concurrency: two warehouses post the last of a dispatch note's goods at once. One slip posts;
// the other is refused with its code (the note is 已出库 by then, or what it lacks is 0), and the stock goes
// down exactly once. On PostgreSQL from two workstations, meeting on the note's row (held until both wait on
// it); on SQLite one file is one workstation, so both go through its serial queue.

vi.setConfig({ testTimeout: 180_000 })

let o: DispatchOffice
let desk2: OpenedWorkstation | null = null
afterEach(async () => {
  await desk2?.close()
  desk2 = null
  await o?.office.close()
})

describe('R10: two warehouses post the last stock of a note at once', () => {
  it('one wins, the other is refused OUTBOUND_NOTE_NOT_APPROVED / OUTBOUND_OVER_NOTE; stock goes down once', async () => {
    o = await openDispatchOffice()
    desk2 = onPostgres ? ((await openMoreWorkstations(o.office, 1))[0] ?? null) : null
    await o.setCredit('A', 100_000_000)
    await o.stock(2)
    const contractId = await o.signedContract()
    const sent = await o.submitted(contractId, 2)
    await o.manager.call('documents.act', { id: sent.header.id, version: sent.header.version, action: 'approve' })
    const noteId = sent.header.id
    // The first pump goes out; the last one is what both desks post.
    await o.warehouse.call('outboundSlips.post', { dispatchNoteId: noteId, postedOn: '2026-11-20', lines: [{ noteLineNo: 1, quantity: 1 }] })
    const warehouse2 = desk2 ? sameUserOn(desk2, o.warehouse) : o.warehouse
    const input = { dispatchNoteId: noteId, postedOn: '2026-11-20', lines: [{ noteLineNo: 1, quantity: 1 }] }
    const fire = () => Promise.all([o.warehouse.raw('outboundSlips.post', input), warehouse2.raw('outboundSlips.post', input)])
    const [a, b] = onPostgres ? await atOnceOnRow(o.office.path, 'documents', noteId, 2, fire) : await fire()
    const outcomes = [a!, b!].map((r) => (r.ok ? 'ok' : r.error.code))
    expect(outcomes.filter((c) => c === 'ok')).toHaveLength(1)
    expect(['OUTBOUND_NOTE_NOT_APPROVED', 'OUTBOUND_OVER_NOTE']).toContain(outcomes.find((c) => c !== 'ok'))
    const pump = (await o.warehouse.call('stock.onHand', { productId: o.pumpId, includeEmpty: true }))[0]!
    expect(pump).toMatchObject({ onHand: 0, reserved: 0 })
    expect((await o.clerk.call('documents.get', { id: noteId })).header.state).toBe('posted')
    const slips = (await o.clerk.call('documents.get', { id: noteId })).family.filter((f) => f.docType === 'outboundSlip')
    expect(slips).toHaveLength(2)
    expect((await checkIntegrity(o.office.ws.database)).problems).toEqual([])
  })
})
