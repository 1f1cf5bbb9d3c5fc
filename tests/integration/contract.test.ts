import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { openContractOffice, type ContractOffice } from './support/contract-office'

let o: ContractOffice
beforeAll(async () => {
  o = await openContractOffice()
}, 60_000)
afterAll(() => o.office.close())

const contractInput = (applicationId: number) => ({ applicationId, customerContractNo: 'SD-2026-118', signedOn: '2026-11-20' })

describe('R4 the contract', () => {
  it('is made only from an approved application', async () => {
    const draft = await o.clerk.call('applications.save', o.applicationInput())
    expect((await o.head.refused('contracts.createFromApplication', contractInput(draft.header.id))).code).toBe('APPLICATION_NOT_APPROVED')
    expect((await o.clerk.refused('contracts.createFromApplication', contractInput(draft.header.id))).code).toBe('FORBIDDEN')
  })

  it('carries the application’s customer, lines and amounts, and only once', async () => {
    const applicationId = await o.approvedApplication()
    const application = await o.head.call('documents.get', { id: applicationId })
    const headTodo = async () => (await o.head.call('queue.list', { tab: 'todo' })).rows.filter((r) => r.documentId === applicationId)
    expect((await headTodo()).map((r) => r.stepName)).toEqual(['签订合同'])
    const contract = await o.head.call('contracts.createFromApplication', contractInput(applicationId))
    expect(await headTodo()).toEqual([])
    expect(contract.header).toMatchObject({ docType: 'contract', state: 'draft', customerName: application.header.customerName, amountFen: application.header.amountFen, drafterName: '陈主管' })
    expect(contract.header.docNo).toMatch(/^HT202611\d{4}$/)
    if (contract.body.kind !== 'contract' || application.body.kind !== 'application') throw new Error('wrong bodies')
    expect(contract.body.lines).toEqual(application.body.lines)
    expect(contract.body.terms).toEqual(application.body.terms)
    expect(contract.body).toMatchObject({ customerId: o.customerId, applicationNo: application.header.docNo, salespersonName: '王小丽', customerContractNo: 'SD-2026-118' })
    expect((await o.head.refused('contracts.createFromApplication', contractInput(applicationId))).code).toBe('CONTRACT_EXISTS')
    // The one contract of an application is never voided here, or the application would be stranded.
    expect((await o.head.refused('documents.act', { id: contract.header.id, version: contract.header.version, action: 'void' })).code).toBe('ACTION_NOT_ALLOWED')
    const after = await o.head.call('documents.get', { id: applicationId })
    expect(after.body.kind === 'application' && after.body.contractNo).toBe(contract.header.docNo)
  })

  it('standard wording: finance countersigns, legal review is skipped; then the seal is logged', async () => {
    const contract = await o.head.call('contracts.createFromApplication', contractInput(await o.approvedApplication()))
    expect((await o.head.refused('seal.use', { contractId: contract.header.id, copies: 2 })).code).toBe('CONTRACT_NOT_SIGNED')
    const submitted = await o.head.call('documents.act', { id: contract.header.id, version: contract.header.version, action: 'submit' })
    expect(submitted.chain.map((s) => [s.key, s.status])).toEqual([['legal_review', 'skipped'], ['finance_countersign', 'current']])
    expect((await o.legal.refused('documents.act', { id: contract.header.id, version: submitted.header.version, action: 'approve' })).code).toBe('NOT_YOUR_STEP')
    const signed = await o.finance.call('documents.act', { id: contract.header.id, version: submitted.header.version, action: 'approve', comment: '付款条件已核' })
    expect(signed.header.state).toBe('approved')

    const use = await o.head.call('seal.use', { contractId: contract.header.id, copies: 2, purpose: '合同签订' })
    expect(use).toMatchObject({ contractNo: contract.header.docNo, usedByName: '陈主管', copies: 2, usedAt: '2026-11-20T02:00:00.000Z' })
    const view = await o.head.call('documents.get', { id: contract.header.id })
    expect(view.body.kind === 'contract' && view.body.seals.map((s) => s.copies)).toEqual([2])
    expect(view.trail.at(-1)).toMatchObject({ action: 'seal.use', userName: '陈主管', role: 'sales_head' })
    const register = await o.finance.call('seal.register', {})
    expect(register.rows.map((r) => [r.contractNo, r.copies])).toContainEqual([contract.header.docNo, 2])
  })

  it('non-standard wording goes to legal before finance', async () => {
    const applicationId = await o.approvedApplication({ nonStandardTerms: '质保期延长至 24 个月' })
    const contract = await o.head.call('contracts.createFromApplication', contractInput(applicationId))
    let view = await o.head.call('documents.act', { id: contract.header.id, version: contract.header.version, action: 'submit' })
    expect(view.header.currentStep).toBe('legal_review')
    expect((await o.finance.refused('documents.act', { id: view.header.id, version: view.header.version, action: 'approve' })).code).toBe('NOT_YOUR_STEP')
    view = await o.legal.call('documents.act', { id: view.header.id, version: view.header.version, action: 'approve', comment: '条款可接受' })
    expect(view.header.currentStep).toBe('finance_countersign')
    view = await o.finance.call('documents.act', { id: view.header.id, version: view.header.version, action: 'approve' })
    expect(view.chain.map((s) => [s.key, s.status, s.signedBy])).toEqual([['legal_review', 'done', '周律师'], ['finance_countersign', 'done', '刘会计']])
  })

  it('R5: a signed contract is in the ledger at once, with nothing shipped, collected or invoiced yet', async () => {
    const contract = await o.head.call('contracts.createFromApplication', contractInput(await o.approvedApplication()))
    const ledgerNos = async () => (await o.finance.call('ledger.list', { filter: { period: 'all' } })).rows.map((r) => r.contractNo)
    expect(await ledgerNos()).not.toContain(contract.header.docNo)
    const submitted = await o.head.call('documents.act', { id: contract.header.id, version: contract.header.version, action: 'submit' })
    await o.finance.call('documents.act', { id: contract.header.id, version: submitted.header.version, action: 'approve' })
    const row = (await o.finance.call('ledger.list', { filter: { period: 'all' } })).rows.find((r) => r.contractNo === contract.header.docNo)
    expect(row).toMatchObject({ amountFen: 2_300_000, shippedFen: 0, collectedFen: 0, invoicedFen: 0, outstandingFen: 2_300_000, status: 'signed', salespersonName: '王小丽' })
  })
})
