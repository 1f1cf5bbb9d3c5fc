import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import type { InvoiceBody } from '../../shared/doc-types/invoice/invoice-body'
import { checkIntegrity } from '../../electron/core/integrity/check-integrity'
import { PASSWORD } from './support/test-workstation'
import { openDispatchOffice, type DispatchOffice } from './support/dispatch-office'
import { snapshotTables } from './support/table-snapshot'

// R15 开票申请: only at collected ≥ the threshold (integers: 59.99 % refused with both figures, 60.00 %
// allowed), checked at submit and again at approval; within what is shipped and not yet invoiced, and
// within the contract. Finance records the tax system's number (shape, duplicate, amount); R24: the
// recorded invoice is never voided, only reversed by red letters within the original. The threshold is
// the GM's, versioned: the version in force on the request's date decides. Exact codes; refusals change nothing.

vi.setConfig({ testTimeout: 180_000 })

let o: DispatchOffice
beforeAll(async () => {
  o = await openDispatchOffice()
  await o.setCredit('A', 100_000_000)
  await o.stock(20)
}, 180_000)
afterAll(() => o.office.close())

const AMOUNT = 2_300_000 // 2 pumps at ¥11,500.00
const unchanged = async (attempt: () => Promise<string>, code: string) => {
  const before = await snapshotTables(o.office.ws.database)
  expect(await attempt()).toBe(code)
  expect(await snapshotTables(o.office.ws.database)).toEqual(before)
}
const view = async (id: number) => {
  const v = await o.finance.call('documents.get', { id })
  return { header: v.header, body: v.body as InvoiceBody, trail: v.trail }
}
const ledgerRow = async (contractId: number) => (await o.finance.call('ledger.list', { filter: { period: 'all' } })).rows.find((r) => r.contractId === contractId)!
const todo = async (who: DispatchOffice['finance'], id: number) => (await who.call('queue.list', { tab: 'todo' })).rows.filter((r) => r.documentId === id).map((r) => r.stepName)
const pay = async (contractId: number, amountFen: number) => o.finance.call('payments.record', o.transfer(amountFen, [{ contractId, amountFen }]))
const digital = (n: string) => ({ kind: 'digital' as const, number: n })

/** A signed contract (¥23,000.00) with `pumps` posted out and `collected` allocated to it. */
async function contractWith(pumps: number, collected: number): Promise<number> {
  const contractId = await o.signedContract()
  if (collected > 0) await pay(contractId, collected)
  if (pumps > 0) {
    const sent = await o.submitted(contractId, pumps)
    const note = await o.manager.call('documents.act', { id: sent.header.id, version: sent.header.version, action: 'approve' })
    await o.warehouse.call('outboundSlips.post', { dispatchNoteId: note.header.id, postedOn: '2026-11-20', lines: [{ noteLineNo: 1, quantity: pumps }] })
  }
  return contractId
}

/** Saved and submitted by the clerk: the view after submit. */
async function submitted(contractId: number, amountFen: number) {
  const draft = await o.clerk.call('invoices.save', { contractId, amountFen })
  return o.clerk.call('documents.act', { id: draft.header.id, version: draft.header.version, action: 'submit' })
}

async function approvedRequest(contractId: number, amountFen: number) {
  const sent = await submitted(contractId, amountFen)
  return o.financeVp.call('documents.act', { id: sent.header.id, version: sent.header.version, action: 'approve' })
}

describe('R15 开票申请: the threshold, shipped and contract limits, the finance VP', () => {
  it('59.99 % is refused with both figures, exactly 60.00 % is allowed', async () => {
    const c = await contractWith(1, 1_379_770)
    await unchanged(async () => {
      const refusal = await o.clerk.refused('invoices.save', { contractId: c, amountFen: 100_000 })
      expect(refusal.message).toContain('已回款 59.99%，未达开票条件 60%')
      return refusal.code
    }, 'INVOICE_THRESHOLD_NOT_MET')
    const figures = await o.clerk.call('invoices.figures', { contractId: c })
    expect(figures).toMatchObject({ amountFen: AMOUNT, collectedFen: 1_379_770, shippedFen: 1_150_000, thresholdPercent: 60, thresholdMet: false })
    await pay(c, 230)
    expect(await o.clerk.call('invoices.figures', { contractId: c })).toMatchObject({ collectedFen: 1_380_000, thresholdMet: true, availableFen: 1_150_000 })
    const sent = await submitted(c, 1_150_000)
    expect(sent.header).toMatchObject({ docType: 'invoice', state: 'pending', amountFen: 1_150_000 })
    expect(sent.header.docNo).toMatch(/^KP202611\d{4}$/)
    expect(sent.family).toMatchObject([{ id: c, link: 'madeFrom', direction: 'source' }])
    expect(await todo(o.financeVp, sent.header.id)).toEqual(['财务副总审批'])
  })

  it('INVOICE_OVER_SHIPPED and INVOICE_OVER_CONTRACT: live requests count; the limits name their figures', async () => {
    const c = await contractWith(1, AMOUNT)
    await unchanged(async () => {
      const refusal = await o.clerk.refused('invoices.save', { contractId: c, amountFen: 1_150_001 })
      expect(refusal.message).toContain('已发货未开票 ¥11,500.00，本次 ¥11,500.01')
      return refusal.code
    }, 'INVOICE_OVER_SHIPPED')
    await unchanged(async () => (await o.finance.refused('invoices.save', { contractId: c, amountFen: AMOUNT + 1 })).code, 'INVOICE_OVER_CONTRACT')
    // Finance may ask too; a live request claims its amount: a second one finds nothing shipped left.
    const first = await o.finance.call('invoices.save', { contractId: c, amountFen: 1_000_000 })
    await o.finance.call('documents.act', { id: first.header.id, version: first.header.version, action: 'submit' })
    await unchanged(async () => (await o.clerk.refused('invoices.save', { contractId: c, amountFen: 150_001 })).code, 'INVOICE_OVER_SHIPPED')
    await o.clerk.call('invoices.save', { contractId: c, amountFen: 150_000 })
    // Those who do not sell or book money cannot ask.
    expect((await o.warehouse.refused('invoices.save', { contractId: c, amountFen: 1 })).code).toBe('FORBIDDEN')
    expect((await o.financeVp.refused('invoices.save', { contractId: c, amountFen: 1 })).code).toBe('FORBIDDEN')
  })

  it('checked again at approval: money taken back meanwhile refuses the finance VP; nothing moves', async () => {
    const c = await contractWith(2, 0)
    const paymentId = (await pay(c, 1_380_000)).header.id
    const sent = await submitted(c, 500_000)
    await o.finance.call('payments.deallocate', { paymentId, contractId: c, amountFen: 1, reason: '错分' })
    const refusal = await o.financeVp.refused('documents.act', { id: sent.header.id, version: sent.header.version, action: 'approve' })
    expect(refusal.code).toBe('INVOICE_THRESHOLD_NOT_MET')
    expect(refusal.message).toContain('已回款 59.99%，未达开票条件 60%')
    expect((await view(sent.header.id)).header.state).toBe('pending')
    await o.finance.call('payments.allocate', { paymentId, allocations: [{ contractId: c, amountFen: 1 }] })
    const done = await o.financeVp.call('documents.act', { id: sent.header.id, version: sent.header.version, action: 'approve' })
    expect(done.header.state).toBe('approved')
    expect(await todo(o.finance, sent.header.id)).toEqual(['录入发票'])
  })
})

describe('R15 recording the invoice, R24 red letters', () => {
  it('the number: shape, duplicate, amount; recorded once, the request 已开票 and the ledger’s 已开票 real', async () => {
    const c = await contractWith(2, AMOUNT)
    const approved = await approvedRequest(c, 1_000_000)
    const id = approved.header.id
    const record = (number: unknown, amountFen = 1_000_000) => o.finance.refused('invoices.record', { requestId: id, number, issuedOn: '2026-11-21', amountFen })
    await unchanged(async () => (await record(digital('1234567890123456789'))).code, 'INVOICE_NUMBER_MALFORMED')
    await unchanged(async () => (await record({ kind: 'coded', code: '12345678901', number: '00000001' })).code, 'INVOICE_NUMBER_MALFORMED')
    await unchanged(async () => (await record({ kind: 'coded', code: '3100231130', number: '0012345' })).code, 'INVOICE_NUMBER_MALFORMED')
    await unchanged(async () => {
      const refusal = await record(digital('26312000000000000001'), 999_999)
      expect(refusal.message).toContain('发票金额 ¥9,999.99 与开票申请金额 ¥10,000.00 不一致')
      return refusal.code
    }, 'INVOICE_AMOUNT_MISMATCH')
    expect((await o.clerk.refused('invoices.record', { requestId: id, number: digital('26312000000000000001'), issuedOn: '2026-11-21', amountFen: 1_000_000 })).code).toBe('FORBIDDEN')
    const recorded = await o.finance.call('invoices.record', { requestId: id, number: digital('26312000000000000001'), issuedOn: '2026-11-21', amountFen: 1_000_000 })
    expect(recorded.header.state).toBe('invoiced')
    expect((recorded.body as InvoiceBody).invoice).toMatchObject({ invoiceNo: '26312000000000000001', issuedOn: '2026-11-21', amountFen: 1_000_000 })
    expect(await todo(o.finance, id)).toEqual([])
    expect(await ledgerRow(c)).toMatchObject({ shippedFen: AMOUNT, collectedFen: AMOUNT, invoicedFen: 1_000_000 })
    await unchanged(async () => (await record(digital('26312000000000000002'))).code, 'INVOICE_NOT_AWAITING_NUMBER')
    // The same number on another request is refused; the older code + number form is accepted.
    const other = await approvedRequest(c, 500_000)
    await unchanged(
      async () => (await o.finance.refused('invoices.record', { requestId: other.header.id, number: digital('26312000000000000001'), issuedOn: '2026-11-21', amountFen: 500_000 })).code,
      'INVOICE_NUMBER_DUPLICATE',
    )
    const coded = await o.finance.call('invoices.record', { requestId: other.header.id, number: { kind: 'coded', code: '3100231130', number: '00123456' }, issuedOn: '2026-11-21', amountFen: 500_000 })
    expect((coded.body as InvoiceBody).invoice?.invoiceNo).toBe('3100231130-00123456')
    expect((await ledgerRow(c)).invoicedFen).toBe(1_500_000)
  })

  it('R24: never voided once recorded (the refusal names the number); red letters within the original, part then the rest', async () => {
    const c = await contractWith(2, AMOUNT)
    const approved = await approvedRequest(c, 2_000_000)
    const id = approved.header.id
    const recorded = await o.finance.call('invoices.record', { requestId: id, number: digital('26312000000000000101'), issuedOn: '2026-11-21', amountFen: 2_000_000 })
    await unchanged(async () => {
      const refusal = await o.clerk.refused('documents.act', { id, version: recorded.header.version, action: 'void' })
      expect(refusal.message).toContain('26312000000000000101')
      return refusal.code
    }, 'VOID_NOT_ALLOWED')
    const red = (amountFen: number, confirmationNo: string) => ({ requestId: id, confirmationNo, redOn: '2026-11-22', amountFen, reason: '客户退回部分' })
    await unchanged(async () => (await o.finance.refused('invoices.redLetter', red(2_000_001, '4403123456789012'))).code, 'INVOICE_RED_BEYOND_ORIGINAL')
    const half = await o.finance.call('invoices.redLetter', red(1_000_000, '4403123456789012'))
    expect(half.header.state).toBe('invoiced')
    expect(half.body as InvoiceBody).toMatchObject({ standingFen: 1_000_000, redLetters: [{ originalNo: '26312000000000000101', confirmationNo: '4403123456789012', amountFen: 1_000_000 }] })
    expect((await ledgerRow(c)).invoicedFen).toBe(1_000_000)
    await unchanged(async () => {
      const refusal = await o.finance.refused('invoices.redLetter', red(1_000_001, '4403123456789013'))
      expect(refusal.message).toContain('尚可红冲 ¥10,000.00，本次 ¥10,000.01')
      return refusal.code
    }, 'INVOICE_RED_BEYOND_ORIGINAL')
    await unchanged(async () => (await o.finance.refused('invoices.redLetter', red(1, '4403123456789012'))).code, 'INVOICE_RED_CONFIRMATION_DUPLICATE')
    // What the red letter freed may be invoiced again (a corrected invoice).
    expect((await o.clerk.call('invoices.figures', { contractId: c })).availableFen).toBe(1_300_000)
    const rest = await o.finance.call('invoices.redLetter', red(1_000_000, '44031234567890123456'))
    expect(rest.header.state).toBe('redReversed')
    expect((await ledgerRow(c)).invoicedFen).toBe(0)
    await unchanged(async () => (await o.finance.refused('invoices.redLetter', red(1, '4403123456789014'))).code, 'INVOICE_NOT_RECORDED')
    expect((await view(id)).trail.map((t) => t.action).filter((a) => a.startsWith('invoice.'))).toEqual(['invoice.record', 'invoice.redLetter', 'invoice.redLetter'])
  })

  it('an approved request without a number may still be voided by its drafter', async () => {
    const c = await contractWith(1, AMOUNT)
    const approved = await approvedRequest(c, 100_000)
    const voided = await o.clerk.call('documents.act', { id: approved.header.id, version: approved.header.version, action: 'void' })
    expect(voided.header.state).toBe('voided')
    expect(await todo(o.finance, approved.header.id)).toEqual([])
  })
})

describe('R15 the threshold is the general manager’s, versioned: the version in force on the request’s date decides', () => {
  it('issued from a day on, never backdated; a request dated before it keeps the old threshold at approval', async () => {
    expect((await o.clerk.refused('invoiceThresholds.issue', { effectiveFrom: '2026-12-01', percent: 70 })).code).toBe('FORBIDDEN')
    expect(await o.gm.call('invoiceThresholds.list', {})).toEqual([])
    await unchanged(async () => (await o.gm.refused('invoiceThresholds.issue', { effectiveFrom: '2020-01-01', percent: 70 })).code, 'THRESHOLD_BACKDATED')
    const c = await contractWith(1, 1_380_000) // 60.00 %
    const sent = await submitted(c, 100_000)
    const tomorrow = new Date(o.office.clock.now().getTime() + 86_400_000).toISOString().slice(0, 10)
    const v = await o.gm.call('invoiceThresholds.issue', { effectiveFrom: tomorrow, percent: 70, note: '收紧开票条件' })
    expect(v).toMatchObject({ versionNo: 1, percent: 70, inForce: false })
    expect((await o.gm.refused('invoiceThresholds.issue', { effectiveFrom: tomorrow, percent: 65 })).code).toBe('THRESHOLD_DATE_TAKEN')
    await o.later(2)
    await o.financeVp.call('auth.login', { login: 'financevp', password: PASSWORD })
    // Dated before the new version: approved at 60 %.
    expect((await o.financeVp.call('documents.act', { id: sent.header.id, version: sent.header.version, action: 'approve' })).header.state).toBe('approved')
    // A request dated now is decided at 70 %.
    const refusal = await o.clerk.refused('invoices.save', { contractId: c, amountFen: 100_000 })
    expect(refusal.code).toBe('INVOICE_THRESHOLD_NOT_MET')
    expect(refusal.message).toContain('已回款 60.00%，未达开票条件 70%')
    expect((await o.gm.call('invoiceThresholds.list', {}))[0]).toMatchObject({ versionNo: 1, inForce: true })
  })

  it('checkIntegrity passes with requests, invoices and red letters', async () => {
    expect((await checkIntegrity(o.office.ws.database)).problems).toEqual([])
  })
})
