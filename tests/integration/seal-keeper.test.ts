import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { openContractOffice, type ContractOffice } from './support/contract-office'
import { snapshotTables } from './support/table-snapshot'
import { testBackend } from './support/test-backend'

// R4: the contract seal's keeper (company data, 合同章保管人) is the one who records its use. With a keeper
// named, a use recorded by anyone else is refused SEAL_KEEPER_ONLY naming the keeper, and nothing is
// written; with none named, any sales head records it, as before.

let o: ContractOffice
let keeper: Awaited<ReturnType<ContractOffice['office']['person']>>
let contractId: number
beforeAll(async () => {
  o = await openContractOffice()
  keeper = await o.office.person('keeper', ['sales_head'], '周印')
  const contract = await o.head.call('contracts.createFromApplication', { applicationId: await o.approvedApplication(), customerContractNo: '', signedOn: '2026-11-20' })
  const submitted = await o.head.call('documents.act', { id: contract.header.id, version: contract.header.version, action: 'submit' })
  const signed = await o.finance.call('documents.act', { id: contract.header.id, version: submitted.header.version, action: 'approve' })
  expect(signed.header.state).toBe('approved')
  contractId = contract.header.id
}, 60_000)
afterAll(() => o.office.close())

const company = (sealKeeperUserId: number | null) => ({
  name: '华东机械制造有限公司', address: '上海市闵行区剑川路 100 号', taxNumber: '91310000MA1FL8T23F',
  bankName: '中国工商银行上海闵行支行', bankAccount: '1001 2345 6789 0123 456', sealKeeperUserId,
})
const use = { contractId: 0, copies: 2, purpose: '合同签订' }

describe(`R4 the seal keeper records the seal's use, on ${testBackend()}`, () => {
  it('with no keeper named, the sales head records a use, as before', async () => {
    expect(await o.head.call('seal.use', { ...use, contractId })).toMatchObject({ usedByName: '陈主管', copies: 2 })
  })

  it('with a keeper named, anyone else is refused SEAL_KEEPER_ONLY naming the keeper, and nothing is written', async () => {
    await o.office.admin.call('admin.saveCompany', company(keeper.id))
    const before = await snapshotTables(o.office.ws.database)
    const refusal = await o.head.refused('seal.use', { ...use, contractId, copies: 3 })
    expect(refusal.code).toBe('SEAL_KEEPER_ONLY')
    expect(refusal.message).toBe('合同章由 周印 保管，用印须由 周印 登记；请把合同交给 周印 办理')
    expect(await snapshotTables(o.office.ws.database)).toEqual(before)
  })

  it('the keeper records it, and the register and the trail name the keeper', async () => {
    expect(await keeper.call('seal.use', { ...use, contractId, copies: 1 })).toMatchObject({ usedByName: '周印', copies: 1 })
    const register = await o.finance.call('seal.register', {})
    expect(register.rows.map((r) => [r.usedByName, r.copies])).toEqual([['周印', 1], ['陈主管', 2]])
    const view = await o.head.call('documents.get', { id: contractId })
    expect(view.trail.at(-1)).toMatchObject({ action: 'seal.use', userName: '周印' })
  })

  it('once the keeper is cleared, the sales head records a use again', async () => {
    await o.office.admin.call('admin.saveCompany', company(null))
    expect(await o.head.call('seal.use', { ...use, contractId, copies: 4 })).toMatchObject({ usedByName: '陈主管', copies: 4 })
  })
})
