import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { checkIntegrityIn } from '../../electron/core/integrity/check-integrity'
import { openPaymentOffice, type PaymentOffice } from './support/payment-office'
import { snapshotTables } from './support/table-snapshot'

let o: PaymentOffice
beforeAll(async () => {
  o = await openPaymentOffice()
}, 60_000)
afterAll(() => o.office.close())

const unchanged = async (attempt: () => Promise<void>) => {
  const before = await snapshotTables(o.office.ws.database)
  await attempt()
  expect(await snapshotTables(o.office.ws.database)).toEqual(before)
}
const todo = async (who: PaymentOffice['planner'], id: number) => (await who.call('queue.list', { tab: 'todo' })).rows.filter((r) => r.documentId === id).map((r) => r.stepName)
const noticeInput = (contractId: number, quantity = 2) => ({ contractId, lines: [{ contractLineNo: 1, quantity, requiredDate: '2026-12-20' }] })
const submit = (id: number, version: number) => o.planner.call('documents.act', { id, version, action: 'submit' })

describe('R6 生产通知单: from a signed contract, behind the prepayment, signed by the sales VP', () => {
  it('a signed contract waits in the planner’s queue; the notice is refused before the prepayment, allowed exactly at it; signed, the contract is 已排产', async () => {
    const c = await o.signedContract()
    expect(await todo(o.planner, c)).toEqual(['编制生产通知单'])
    const draft = await o.planner.call('productionNotices.save', noticeInput(c))
    expect(draft.header.docNo).toMatch(/^SC202611\d{4}$/)
    expect(draft.family).toMatchObject([{ id: c, link: 'madeFrom', direction: 'source' }])
    // Nothing received: refused with both figures, and nothing changes.
    await unchanged(async () => {
      const refusal = await o.planner.refused('documents.act', { id: draft.header.id, version: draft.header.version, action: 'submit' })
      expect(refusal.code).toBe('PREPAYMENT_NOT_RECEIVED')
      expect(refusal.message).toContain('应收预付款 ¥6,900.00，已到 ¥0.00')
    })
    // One fen short: still refused.
    const paid = await o.finance.call('payments.record', o.transfer(690_000, [{ contractId: c, amountFen: 689_999 }]))
    const short = await o.planner.refused('documents.act', { id: draft.header.id, version: draft.header.version, action: 'submit' })
    expect(short.code).toBe('PREPAYMENT_NOT_RECEIVED')
    expect(short.message).toContain('已到 ¥6,899.99')
    // Exactly the prepayment: allowed.
    await o.finance.call('payments.allocate', { paymentId: paid.header.id, allocations: [{ contractId: c, amountFen: 1 }] })
    const pending = await submit(draft.header.id, draft.header.version)
    expect(pending.header).toMatchObject({ state: 'pending', currentStep: 'sales_vp_sign' })
    expect(await todo(o.salesVp, draft.header.id)).toEqual(['分管销售副总签发'])
    expect(await todo(o.planner, c)).toEqual(['编制生产通知单'])
    const signed = await o.salesVp.call('documents.act', { id: draft.header.id, version: pending.header.version, action: 'approve' })
    expect(signed.header.state).toBe('approved')
    const contract = await o.finance.call('documents.get', { id: c })
    expect(contract.header.state).toBe('scheduled')
    expect(contract.trail.at(-1)).toMatchObject({ action: 'advance', toState: 'scheduled', comment: '已排产' })
    expect(await todo(o.planner, c)).toEqual([])
    // Still in the ledger, with its money.
    const row = (await o.finance.call('ledger.list', { filter: { period: 'all' } })).rows.find((r) => r.contractId === c)
    expect(row).toMatchObject({ collectedFen: 690_000, outstandingFen: 1_610_000 })
  })

  it('a contract without a prepayment term is not gated', async () => {
    const c = await o.signedContract({ prepaymentBps: 0 })
    const draft = await o.planner.call('productionNotices.save', noticeInput(c))
    expect((await submit(draft.header.id, draft.header.version)).header.state).toBe('pending')
  })

  it('NOTICE_OVER_CONTRACT: quantities never exceed what the contract still lacks after the live notices; a voided notice frees them', async () => {
    const c = await o.signedContract({ prepaymentBps: 0 })
    await unchanged(async () => {
      const refusal = await o.planner.refused('productionNotices.save', noticeInput(c, 3))
      expect(refusal.code).toBe('NOTICE_OVER_CONTRACT')
      expect(refusal.message).toContain('尚可排产 2')
    })
    const first = await o.planner.call('productionNotices.save', noticeInput(c, 1))
    const second = await o.planner.call('productionNotices.save', noticeInput(c, 1))
    await unchanged(async () => {
      expect((await o.planner.refused('productionNotices.save', noticeInput(c, 1))).code).toBe('NOTICE_OVER_CONTRACT')
      expect((await o.planner.refused('productionNotices.save', { ...noticeInput(c, 2), id: first.header.id, version: first.header.version })).code).toBe('NOTICE_OVER_CONTRACT')
    })
    const remaining = await o.planner.call('productionNotices.remaining', { contractId: c })
    expect(remaining.lines.map((l) => [l.contractQuantity, l.noticedQuantity, l.remaining])).toEqual([[2, 2, 0]])
    await o.planner.call('documents.act', { id: second.header.id, version: second.header.version, action: 'void' })
    await o.planner.call('productionNotices.save', noticeInput(c, 1))
  })

  it('refuses a notice from a contract not yet signed, and only the planner compiles', async () => {
    const applicationId = await o.approvedApplication()
    const draft = await o.head.call('contracts.createFromApplication', { applicationId, customerContractNo: 'X', signedOn: '2026-11-20' })
    await unchanged(async () => {
      expect((await o.planner.refused('productionNotices.save', noticeInput(draft.header.id))).code).toBe('CONTRACT_NOT_SIGNED_FOR_NOTICE')
      expect((await o.finance.refused('productionNotices.save', noticeInput(draft.header.id))).code).toBe('FORBIDDEN')
    })
  })

  it('R24: a signed notice can be voided while nothing is made from it; with a live dependant (an inbound slip’s link) it cannot', async () => {
    const c = await o.signedContract({ prepaymentBps: 0 })
    const draft = await o.planner.call('productionNotices.save', noticeInput(c, 1))
    const pending = await submit(draft.header.id, draft.header.version)
    const signed = await o.salesVp.call('documents.act', { id: draft.header.id, version: pending.header.version, action: 'approve' })
    // The inbound type is another issue's; its slip links to the notice as every made-from document does.
    // A second notice stands in as the dependant, linked the same way (document_links).
    const other = await o.planner.call('productionNotices.save', noticeInput(c, 1))
    await o.office.ws.database.transaction((em) =>
      em.query(`INSERT INTO document_links (from_document_id, to_document_id, kind, created_at) VALUES (${other.header.id}, ${draft.header.id}, 'madeFrom', '2026-11-20T02:00:00.000Z')`),
    )
    const refusal = await o.planner.refused('documents.act', { id: draft.header.id, version: signed.header.version, action: 'void' })
    expect(refusal.code).toBe('VOID_NOT_ALLOWED')
    expect(refusal.message).toContain(other.header.docNo)
  })

  it('checkIntegrity passes with notices, the 已排产 contracts and the planner’s tasks', async () => {
    const report = await o.office.ws.database.transaction((em) => checkIntegrityIn(em))
    // The hand-made link of the R24 test above is a second madeFrom of one notice: only the link rules may mind it.
    expect(report.problems.filter((p) => !p.rule.startsWith('R24')).map((p) => p.rule)).toEqual([])
  })
})
