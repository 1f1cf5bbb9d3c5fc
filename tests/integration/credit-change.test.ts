import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { openContractOffice, type ContractOffice } from './support/contract-office'

let o: ContractOffice
beforeAll(async () => {
  o = await openContractOffice({ gmAuthorityBps: 1000 })
}, 60_000)
afterAll(() => o.office.close())

describe('R2 credit changes', () => {
  it('a new customer starts at D with zero credit; a proposal goes to the general manager and only then takes effect', async () => {
    expect(await o.clerk.call('customers.get', { id: o.customerId })).toMatchObject({ rating: 'D', creditLimitFen: 0, creditDays: 0 })
    const proposal = await o.finance.call('creditChanges.propose', { customerId: o.customerId, rating: 'B', creditLimitFen: 50_000_000, creditDays: 60, reason: '合作三年，回款及时' })
    expect(proposal.header).toMatchObject({ docType: 'creditChange', state: 'pending', currentStep: 'gm_approve' })
    expect(proposal.header.docNo).toMatch(/^XY202611\d{4}$/)
    expect(await o.clerk.call('customers.get', { id: o.customerId })).toMatchObject({ rating: 'D', creditLimitFen: 0 })
    expect((await o.clerk.refused('creditChanges.propose', { customerId: o.customerId, rating: 'A', creditLimitFen: 1, creditDays: 1, reason: '再提一次' })).code).toBe('CREDIT_CHANGE_PENDING')
    expect((await o.manager.refused('documents.act', { id: proposal.header.id, version: proposal.header.version, action: 'approve' })).code).toBe('NOT_YOUR_STEP')

    const approved = await o.gm.call('documents.act', { id: proposal.header.id, version: proposal.header.version, action: 'approve' })
    expect(approved.header.state).toBe('approved')
    expect(approved.body).toMatchObject({ kind: 'creditChange', before: { rating: 'D', creditLimitFen: 0, creditDays: 0 }, after: { rating: 'B', creditLimitFen: 50_000_000, creditDays: 60 } })
    expect(await o.clerk.call('customers.get', { id: o.customerId })).toMatchObject({ rating: 'B', creditLimitFen: 50_000_000, creditDays: 60 })
  })

  it('the general manager cannot propose (incompatible duties), and a rejected proposal changes nothing', async () => {
    expect((await o.gm.refused('creditChanges.propose', { customerId: o.customerId, rating: 'A', creditLimitFen: 1, creditDays: 1, reason: '我自己批' })).code).toBe('FORBIDDEN')
    const before = await o.clerk.call('customers.get', { id: o.customerId })
    const proposal = await o.clerk.call('creditChanges.propose', { customerId: o.customerId, rating: 'A', creditLimitFen: 900_000_000, creditDays: 90, reason: '大客户' })
    const rejected = await o.gm.call('documents.act', { id: proposal.header.id, version: proposal.header.version, action: 'reject', comment: '额度过高' })
    expect(rejected.header.state).toBe('rejected')
    expect(await o.clerk.call('customers.get', { id: o.customerId })).toEqual(before)
  })

  it('a customer edit cannot touch the credit terms', async () => {
    const current = await o.clerk.call('customers.get', { id: o.customerId })
    const refusal = await o.clerk.refused('customers.save', { id: current.id, version: current.version, name: current.name, creditCode: current.creditCode, creditLimitFen: 1 })
    expect(refusal.code).toBe('INVALID_INPUT')
  })
})

describe('R1 discount authority', () => {
  it('refuses to submit a price further below the floor than any approver on the chain may allow', async () => {
    // Here the general manager may go 10 % below the floor: 15 % below is beyond everyone.
    const draft = await o.clerk.call('applications.save', o.applicationInput({ unitPriceFen: 850_000 }))
    const refusal = await o.clerk.refused('documents.act', { id: draft.header.id, version: draft.header.version, action: 'submit' })
    expect(refusal).toMatchObject({ code: 'PRICE_BELOW_AUTHORITY', message: '单价低于底价 15%，超出审批人（销售经理、总经理）的价格浮动权，请调整单价', details: { belowFloorBps: 1500 } })
    expect((await o.clerk.call('documents.get', { id: draft.header.id })).header.state).toBe('draft')
    const within = await o.clerk.call('applications.save', { ...o.applicationInput({ unitPriceFen: 910_000 }), id: draft.header.id, version: draft.header.version })
    expect((await o.clerk.call('documents.act', { id: within.header.id, version: within.header.version, action: 'submit' })).header.state).toBe('pending')
  })
})
