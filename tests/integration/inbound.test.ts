import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { checkIntegrity } from '../../electron/core/integrity/check-integrity'
import { openGoodsOffice, type GoodsOffice } from './support/goods-office'
import { snapshotTables } from './support/table-snapshot'

// R7: finished goods enter stock by an inbound slip filled by production, and only with a certificate
// issued by qc — of the line's product, for at least its quantity, used once. R24: a used certificate
// is not voided. Every refusal by its code, with nothing changed.

let g: GoodsOffice
beforeAll(async () => {
  g = await openGoodsOffice()
}, 60_000)
afterAll(() => g.office.close())

const snapshot = () => snapshotTables(g.office.ws.database)
const onHand = async (productId: number) => (await g.warehouse.call('stock.onHand', { productId }))[0]!.onHand

/** The refusal's code, after checking that the refused call changed no row anywhere. */
async function refusedCode(call: () => Promise<{ ok: boolean; error?: { code: string } }>): Promise<string> {
  const before = await snapshot()
  const result = await call()
  expect(result.ok).toBe(false)
  expect(await snapshot()).toEqual(before)
  return result.error!.code
}

describe('R7 the QC certificate', () => {
  it('is issued by qc with an HG number, for a product of the policy, and listed as waiting for inbound', async () => {
    const cert = await g.qc.call('qcCertificates.issue', { productId: g.valveId, quantity: 12, batchNo: 'V-2611-07', inspectedOn: '2026-11-19', inspectorName: '孙质检' })
    expect(cert).toMatchObject({ productCode: 'Z41H-100', quantity: 12, batchNo: 'V-2611-07', inspectorName: '孙质检', status: 'issued', usedByDocNo: null })
    expect(cert.certNo).toMatch(/^HG202611\d{4}$/)
    const waiting = await g.production.call('qcCertificates.list', { status: 'issued' })
    expect(waiting.rows.map((c) => c.certNo)).toContain(cert.certNo)
    expect((await g.production.refused('qcCertificates.issue', { productId: g.valveId, quantity: 1, batchNo: 'X', inspectedOn: '2026-11-19' })).code).toBe('FORBIDDEN')
    expect(await refusedCode(() => g.qc.raw('qcCertificates.issue', { productId: 99_999, quantity: 1, batchNo: 'X', inspectedOn: '2026-11-19' }))).toBe('PRODUCT_NOT_FOUND')
  })

  it('numbers are unique and in sequence', async () => {
    const a = await g.qc.call('qcCertificates.issue', { productId: g.pumpId, quantity: 1, batchNo: 'S1', inspectedOn: '2026-11-19' })
    const b = await g.qc.call('qcCertificates.issue', { productId: g.pumpId, quantity: 1, batchNo: 'S2', inspectedOn: '2026-11-19' })
    expect(Number(b.certNo.slice(8))).toBe(Number(a.certNo.slice(8)) + 1)
  })
})

describe('R7 the inbound slip', () => {
  it('is refused without a certificate (CERTIFICATE_MISSING), naming the line; nothing changes', async () => {
    const code = await refusedCode(() => g.inbound([{ quantity: 2 }]))
    expect(code).toBe('CERTIFICATE_MISSING')
    const error = await g.production.refused('inbound.create', { receivedOn: '2026-11-20', lines: [{ productId: g.pumpId, quantity: 2 }] })
    expect(error.message).toContain('第 1 行')
  })

  it('is refused with another product’s certificate (CERTIFICATE_WRONG_PRODUCT)', async () => {
    const cert = await g.certificate({ productId: g.valveId, quantity: 3 })
    expect(await refusedCode(() => g.inbound([{ certificateId: cert, productId: g.pumpId, quantity: 2 }]))).toBe('CERTIFICATE_WRONG_PRODUCT')
  })

  it('is refused above the certificate’s quantity (CERTIFICATE_QUANTITY_EXCEEDED), with both figures; exactly the quantity is allowed', async () => {
    const cert = await g.certificate({ quantity: 4 })
    expect(await refusedCode(() => g.inbound([{ certificateId: cert, quantity: 5 }]))).toBe('CERTIFICATE_QUANTITY_EXCEEDED')
    const error = await g.production.refused('inbound.create', { receivedOn: '2026-11-20', lines: [{ productId: g.pumpId, quantity: 5, certificateId: cert }] })
    expect(error.message).toMatch(/入库 5台.*只有 4台/)
    const ok = await g.inbound([{ certificateId: cert, quantity: 4 }])
    expect(ok.ok).toBe(true)
  })

  it('a certificate is used once: a second slip is refused (CERTIFICATE_USED), also the same one twice on one slip (CERTIFICATE_REPEATED)', async () => {
    const cert = await g.certificate({ quantity: 6 })
    const first = await g.inbound([{ certificateId: cert, quantity: 3 }])
    expect(first.ok).toBe(true)
    expect(await refusedCode(() => g.inbound([{ certificateId: cert, quantity: 3 }]))).toBe('CERTIFICATE_USED')
    const other = await g.certificate({ quantity: 6 })
    expect(await refusedCode(() => g.inbound([{ certificateId: other, quantity: 3 }, { certificateId: other, quantity: 3 }]))).toBe('CERTIFICATE_REPEATED')
    expect(await refusedCode(() => g.inbound([{ certificateId: 99_999, quantity: 1 }]))).toBe('CERTIFICATE_NOT_FOUND')
  })

  it('only production fills it; a source notice that is not one is refused', async () => {
    const cert = await g.certificate()
    expect((await g.qc.refused('inbound.create', { receivedOn: '2026-11-20', lines: [{ productId: g.pumpId, quantity: 1, certificateId: cert }] })).code).toBe('FORBIDDEN')
    const contract = await g.head.call('contracts.createFromApplication', { applicationId: await g.approvedApplication(), signedOn: '2026-11-20' })
    const error = await g.production.refused('inbound.create', { sourceNoticeId: contract.header.id, receivedOn: '2026-11-20', lines: [{ productId: g.pumpId, quantity: 1, certificateId: cert }] })
    expect(error.code).toBe('DOCUMENT_NOT_FOUND')
  })

  it('posted by the warehouse’s signature: stock rises by its lines, one movement each, with the slip’s number', async () => {
    const before = await onHand(g.pumpId)
    const cert = await g.certificate({ quantity: 7 })
    const draft = await g.production.call('inbound.create', { receivedOn: '2026-11-20', remark: '一号车间', lines: [{ productId: g.pumpId, quantity: 7, certificateId: cert }] })
    expect(draft.header).toMatchObject({ docType: 'inbound', state: 'draft' })
    expect(draft.header.docNo).toMatch(/^RK202611\d{4}$/)
    const sent = await g.production.call('documents.act', { id: draft.header.id, version: draft.header.version, action: 'submit' })
    expect(sent.header.state).toBe('pending')
    expect(await onHand(g.pumpId)).toBe(before) // not in stock until the warehouse receives it
    expect((await g.production.refused('documents.act', { id: sent.header.id, version: sent.header.version, action: 'approve' })).code).toBe('NOT_YOUR_STEP')
    const posted = await g.warehouse.call('documents.act', { id: sent.header.id, version: sent.header.version, action: 'approve' })
    expect(posted.header.state).toBe('approved')
    expect(await onHand(g.pumpId)).toBe(before + 7)
    const moves = await g.warehouse.call('stock.movements', { productId: g.pumpId })
    expect(moves.rows[0]).toMatchObject({ direction: 'in', quantity: 7, balanceAfter: before + 7, docNo: draft.header.docNo, docType: 'inbound' })
    if (posted.body.kind !== 'inbound') throw new Error('wrong body')
    expect(posted.body.lines[0]).toMatchObject({ productCode: 'IS100-80', quantity: 7, inspectorName: '孙质检', batchNo: 'B2611-01' })
    // A posted slip is not voided (R24: its goods may have gone out).
    expect((await g.production.refused('documents.act', { id: posted.header.id, version: posted.header.version, action: 'void' })).code).toBe('ACTION_NOT_ALLOWED')
  })

  it('need-to-know: the warehouse and the guard read products and quantities, never a price', async () => {
    const cert = await g.certificate({ quantity: 2 })
    const id = await g.postedInbound(cert, g.pumpId, 2)
    for (const reader of [g.warehouse, g.guard]) {
      const view = await reader.call('documents.get', { id })
      expect(view.header).not.toHaveProperty('amountFen')
      expect(JSON.stringify(view.body)).not.toMatch(/Fen/)
      const stock = await reader.call('stock.onHand', {})
      expect(JSON.stringify(stock)).not.toMatch(/Fen|price/i)
    }
    // …and the application behind a contract stays closed to them.
    expect((await g.guard.refused('documents.get', { id: await g.approvedApplication() })).code).toBe('FORBIDDEN')
  })
})

describe('R24 voiding a certificate', () => {
  it('is refused while an inbound slip carries it (CERTIFICATE_IN_USE), draft or posted; allowed once the draft is voided', async () => {
    const cert = await g.certificate({ quantity: 2 })
    const draft = await g.production.call('inbound.create', { receivedOn: '2026-11-20', lines: [{ productId: g.pumpId, quantity: 2, certificateId: cert }] })
    expect(await refusedCode(() => g.qc.raw('qcCertificates.void', { id: cert, reason: '复检不合格' }))).toBe('CERTIFICATE_IN_USE')
    await g.production.call('documents.act', { id: draft.header.id, version: draft.header.version, action: 'void' })
    const voided = await g.qc.call('qcCertificates.void', { id: cert, reason: '复检不合格' })
    expect(voided).toMatchObject({ status: 'voided', voidReason: '复检不合格' })
    expect(await refusedCode(() => g.inbound([{ certificateId: cert, quantity: 1 }]))).toBe('CERTIFICATE_VOIDED')
    expect(await refusedCode(() => g.qc.raw('qcCertificates.void', { id: cert, reason: '再次' }))).toBe('CERTIFICATE_VOIDED')

    const posted = await g.certificate({ quantity: 1 })
    await g.postedInbound(posted, g.pumpId, 1)
    expect(await refusedCode(() => g.qc.raw('qcCertificates.void', { id: posted, reason: '错开' }))).toBe('CERTIFICATE_IN_USE')
  })

  it('a voided slip frees its certificate for another slip', async () => {
    const cert = await g.certificate({ quantity: 2 })
    const draft = await g.production.call('inbound.create', { receivedOn: '2026-11-20', lines: [{ productId: g.pumpId, quantity: 2, certificateId: cert }] })
    await g.production.call('documents.act', { id: draft.header.id, version: draft.header.version, action: 'void' })
    expect((await g.inbound([{ certificateId: cert, quantity: 2 }])).ok).toBe(true)
  })
})

describe('checkIntegrity', () => {
  it('passes with certificates, slips and stock as built', async () => {
    const report = await checkIntegrity(g.office.ws.database)
    expect(report.problems).toEqual([])
  })
})
