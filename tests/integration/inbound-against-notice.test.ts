import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { DocumentView } from '../../shared/api'
import { openGoodsOffice, type GoodsOffice } from './support/goods-office'
import { snapshotTables } from './support/table-snapshot'

// Issue 11, where its two halves meet (R6 → R7, R24): an inbound slip filled against a production notice
// enters at most what the notice still lacks; only a signed notice is produced against; a notice with a
// live inbound slip cannot be voided.

let g: GoodsOffice
let notice: DocumentView
let draftNotice: DocumentView
type Person = GoodsOffice['clerk']
const act = (who: Person, view: DocumentView, action: 'submit' | 'approve' | 'void') =>
  who.call('documents.act', { id: view.header.id, version: view.header.version, action })

beforeAll(async () => {
  g = await openGoodsOffice()
  const contract = await act(g.finance, await act(g.head, await g.head.call('contracts.createFromApplication', { applicationId: await g.approvedApplication(), signedOn: '2026-11-20' }), 'submit'), 'approve')
  // The contract's prepayment (30 % of 2 × 11,500.00) is received and allocated: the notice may be submitted (R6).
  await g.finance.call('payments.record', {
    customerId: g.customerId, receivedOn: '2026-11-20', amountFen: 690_000, method: { kind: 'transfer', bank: '工商银行', reference: 'TX-9' },
    allocations: [{ contractId: contract.header.id, amountFen: 690_000 }],
  })
  const salesVp = await g.office.person('salesvp', ['sales_vp'], '钱副总')
  const saved = await g.planner.call('productionNotices.save', { contractId: contract.header.id, lines: [{ contractLineNo: 1, quantity: 1, requiredDate: '2026-12-20' }] })
  notice = await act(salesVp, await act(g.planner, saved, 'submit'), 'approve')
  draftNotice = await g.planner.call('productionNotices.save', { contractId: contract.header.id, lines: [{ contractLineNo: 1, quantity: 1, requiredDate: '2026-12-21' }] })
}, 120_000)
afterAll(() => g.office.close())

const against = async (noticeId: number, quantity: number) =>
  g.production.raw('inbound.create', { sourceNoticeId: noticeId, receivedOn: '2026-11-21', lines: [{ productId: g.pumpId, quantity, certificateId: await g.certificate({ quantity }) }] })

describe('an inbound slip against a production notice', () => {
  it('is refused beyond what the notice lacks (NOTICE_QUANTITY_EXCEEDED), with the figures, and changes nothing', async () => {
    const certificate = await g.certificate({ quantity: 2 })
    const before = await snapshotTables(g.office.ws.database)
    const error = await g.production.refused('inbound.create', {
      sourceNoticeId: notice.header.id, receivedOn: '2026-11-21', lines: [{ productId: g.pumpId, quantity: 2, certificateId: certificate }],
    })
    expect(error.code).toBe('NOTICE_QUANTITY_EXCEEDED')
    expect(error.message).toContain('通知单 1，已入库 0，本次 2')
    expect(await snapshotTables(g.office.ws.database)).toEqual(before)
  })

  it('productionNotices.awaitingInbound lists the signed notice with what it lacks, not the draft; no money; finance is refused', async () => {
    const awaiting = await g.production.call('productionNotices.awaitingInbound', {})
    expect(awaiting.map((n) => n.noticeId)).toEqual([notice.header.id])
    expect(awaiting[0]).toMatchObject({ noticeNo: notice.header.docNo, lines: [{ productId: g.pumpId, noticeQuantity: 1, enteredQuantity: 0, remaining: 1 }] })
    expect(JSON.stringify(awaiting)).not.toMatch(/Fen/)
    expect(await g.qc.call('productionNotices.awaitingInbound', { noticeId: draftNotice.header.id })).toEqual([])
    expect((await g.finance.refused('productionNotices.awaitingInbound', {})).code).toBe('FORBIDDEN')
    expect((await g.production.refused('productionNotices.awaitingInbound', { noticeId: -1 })).code).toBe('INVALID_INPUT')
  })

  it('is accepted up to it, and then nothing more enters against that notice', async () => {
    expect((await against(notice.header.id, 1)).ok).toBe(true)
    // Complete now: it leaves the list production fills inbound against.
    expect(await g.production.call('productionNotices.awaitingInbound', {})).toEqual([])
    const second = await against(notice.header.id, 1)
    expect(second.ok).toBe(false)
    expect(!second.ok && second.error.code).toBe('NOTICE_QUANTITY_EXCEEDED')
  })

  it('is refused against a notice not yet signed', async () => {
    const refused = await against(draftNotice.header.id, 1)
    expect(!refused.ok && refused.error.code).toBe('DOCUMENT_NOT_FOUND')
    expect(!refused.ok && refused.error.message).toContain('尚未签发')
  })

  it('R24: makes the notice impossible to void while the slip lives (VOID_NOT_ALLOWED)', async () => {
    const fresh = await g.planner.call('documents.get', { id: notice.header.id })
    const error = await g.planner.refused('documents.act', { id: fresh.header.id, version: fresh.header.version, action: 'void' })
    expect(error.code).toBe('VOID_NOT_ALLOWED')
  })
})
