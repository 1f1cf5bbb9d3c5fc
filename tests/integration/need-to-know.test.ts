import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { CustomerDto, DocumentView } from '../../shared/api'
import { creditCodeCheckChar } from '../../shared/credit-code'
import { AMOUNT_READERS, BANK_READERS, CREDIT_READERS, PRICE_READERS } from '../../shared/need-to-know'
import { ROLE_KEYS, type RoleKey } from '../../shared/roles'
import { openContractOffice, PUMP_FLOOR, PUMP_LIST, type ContractOffice } from './support/contract-office'
import type { TestClient } from './support/test-workstation'

// docs/need-to-know.md: the core answers less to a post without the need — the field is absent from
// the answer, or the whole method is refused. Each field is checked both ways: a post that must not see
// it gets an answer without it, a post that must see it gets the stored value.

let o: ContractOffice
const byRole = new Map<RoleKey, TestClient>()
let applicationId: number
let contractId: number
let creditChangeId: number
const BANK_ACCOUNT = '1001 2345 6789 0123'

beforeAll(async () => {
  o = await openContractOffice()
  const known: Partial<Record<RoleKey, TestClient>> = {
    admin: o.office.admin, sales_clerk: o.clerk, sales_manager: o.manager, general_manager: o.gm, sales_head: o.head, finance: o.finance, legal: o.legal,
  }
  for (const role of ROLE_KEYS) byRole.set(role, known[role] ?? (await o.office.person(`ntk_${role}`, [role])))
  applicationId = await o.approvedApplication({ nonStandardTerms: '质保期延长至 24 个月' })
  const contract = await o.head.call('contracts.createFromApplication', { applicationId, customerContractNo: 'SD-2026-118', signedOn: '2026-11-20' })
  contractId = contract.header.id
  await o.head.call('documents.act', { id: contractId, version: contract.header.version, action: 'submit' })
  const proposal = await o.finance.call('creditChanges.propose', { customerId: o.customerId, rating: 'B', creditLimitFen: 50_000_000, creditDays: 60, reason: '合作三年，回款及时' })
  creditChangeId = proposal.header.id
}, 180_000)
afterAll(() => o.office.close())

const others = (readers: readonly RoleKey[]) => ROLE_KEYS.filter((r) => !readers.includes(r))
const client = (role: RoleKey) => byRole.get(role)!

describe('price lists: list and floor prices, 价格浮动权 (R1) only for sales, finance and the general manager', () => {
  it.each(PRICE_READERS)('%s reads the price list in force with floor prices and authorities', async (role) => {
    const list = await client(role).call('priceLists.inForce', {})
    expect(list!.items.find((i) => i.productId === o.pumpId)).toMatchObject({ listPriceFen: PUMP_LIST, floorPriceFen: PUMP_FLOOR })
    expect(list!.authorities).toContainEqual({ role: 'sales_manager', maxBelowFloorBps: 500 })
    expect((await client(role).call('priceLists.get', { id: list!.id })).items).toHaveLength(2)
    expect(await client(role).call('priceLists.list', {})).toHaveLength(1)
  })

  it.each(others(PRICE_READERS))('%s is refused every price-list read (FORBIDDEN), but reads the products', async (role) => {
    for (const method of ['priceLists.inForce', 'priceLists.list'] as const) expect((await client(role).refused(method, {})).code).toBe('FORBIDDEN')
    expect((await client(role).refused('priceLists.get', { id: 1 })).code).toBe('FORBIDDEN')
    const products = await client(role).call('products.list', {})
    expect(products.map((p) => p.code).sort()).toEqual(['IS100-80', 'Z41H-100'])
    expect(Object.keys(products[0]!)).not.toContain('floorPriceFen')
  })
})

describe('customers: bank and invoicing details for finance, credit terms for sales, finance and the general manager', () => {
  const check = (role: RoleKey, c: CustomerDto) => {
    if (BANK_READERS.includes(role)) expect(c).toMatchObject({ bankName: '工商银行张江支行', bankAccount: BANK_ACCOUNT, taxAddressPhone: expect.stringContaining('021-58880000') })
    else for (const field of ['bankName', 'bankAccount', 'taxAddressPhone']) expect(c).not.toHaveProperty(field)
    if (CREDIT_READERS.includes(role)) expect(c).toMatchObject({ rating: expect.stringMatching(/^[ABCD]$/), creditLimitFen: expect.any(Number), creditDays: expect.any(Number) })
    else for (const field of ['rating', 'creditLimitFen', 'creditDays']) expect(c).not.toHaveProperty(field)
    // What everyone who deals with the customer needs: who they are and whom to call.
    expect(c).toMatchObject({ name: '上海申达机电有限公司', creditCode: '91310000132149237G', contacts: [{ name: '赵经理' }] })
  }

  it.each(ROLE_KEYS)('%s: customers.get and customers.list carry only the fields the post needs', async (role) => {
    check(role, await client(role).call('customers.get', { id: o.customerId }))
    const page = await client(role).call('customers.list', {})
    check(role, page.rows.find((c) => c.id === o.customerId)!)
  })

  it('posts add up: a guard who is also finance sees the bank details', async () => {
    const both = await o.office.person('guard_finance', ['guard', 'finance'])
    check('finance', await both.call('customers.get', { id: o.customerId }))
  })

  it('a sales clerk edits the file without the bank details, which stay as they were; sending them is refused', async () => {
    const seen = await o.clerk.call('customers.get', { id: o.customerId })
    const edit = { id: seen.id, version: seen.version, name: seen.name, creditCode: seen.creditCode, address: '上海市浦东新区张江路 200 号', contacts: seen.contacts }
    const refused = await o.clerk.refused('customers.save', { ...edit, bankAccount: '6222 0000 0000 0000' })
    expect(refused.code).toBe('BANK_DETAILS_FINANCE_ONLY')
    expect(refused.details).toEqual({ fields: ['bankAccount'] })
    const saved = await o.clerk.call('customers.save', edit)
    expect(saved).not.toHaveProperty('bankAccount')
    expect(await o.finance.call('customers.get', { id: o.customerId })).toMatchObject({ address: '上海市浦东新区张江路 200 号', bankAccount: BANK_ACCOUNT })
  })

  it('finance changes the bank details; a new file by a clerk keeps what the clerk typed', async () => {
    const seen = await o.finance.call('customers.get', { id: o.customerId })
    const saved = await o.finance.call('customers.save', {
      id: seen.id, version: seen.version, name: seen.name, creditCode: seen.creditCode, address: seen.address, contacts: seen.contacts,
      bankName: seen.bankName, bankAccount: '6222 1111 2222 3333', taxAddressPhone: seen.taxAddressPhone,
    })
    expect(saved.bankAccount).toBe('6222 1111 2222 3333')
    const made = await o.clerk.call('customers.save', { name: '郑州市顺达热电有限公司', creditCode: `91410100MA44Q3XK5${creditCodeCheckChar('91410100MA44Q3XK5')}`, bankName: '建设银行郑州分行', bankAccount: '4100 1234', contacts: [] })
    expect(made).not.toHaveProperty('bankAccount')
    expect(await o.finance.call('customers.get', { id: made.id })).toMatchObject({ bankName: '建设银行郑州分行', bankAccount: '4100 1234', taxAddressPhone: '' })
  })
})

describe('documents: opened by the posts that read the type or act on it; prices and amounts by need', () => {
  const linePrices = (view: DocumentView) => (view.body.kind === 'creditChange' ? [] : view.body.lines)

  const checkPriced = (role: RoleKey, view: DocumentView) => {
    const line = linePrices(view)[0]!
    expect(line).toMatchObject({ productCode: 'IS100-80', quantity: 2 })
    if (PRICE_READERS.includes(role)) expect(line).toMatchObject({ listPriceFen: PUMP_LIST, floorPriceFen: PUMP_FLOOR })
    else for (const field of ['listPriceFen', 'floorPriceFen']) expect(line).not.toHaveProperty(field)
    if (AMOUNT_READERS.includes(role)) {
      expect(line).toMatchObject({ unitPriceFen: 1_150_000, amountFen: 2_300_000 })
      expect(view.header.amountFen).toBe(2_300_000)
      expect((view.body.kind === 'application' || view.body.kind === 'contract') && view.body.terms.prepaymentFen).toBe(690_000)
    } else {
      for (const field of ['unitPriceFen', 'amountFen']) expect(line).not.toHaveProperty(field)
      expect(view.header).not.toHaveProperty('amountFen')
    }
  }

  it.each(AMOUNT_READERS)('%s opens the application and the contract, with the prices the post needs', async (role) => {
    checkPriced(role, await client(role).call('documents.get', { id: applicationId }))
    checkPriced(role, await client(role).call('documents.get', { id: contractId }))
  })

  it.each(others(AMOUNT_READERS))('%s cannot open an application or contract it does not act on, nor print it (FORBIDDEN)', async (role) => {
    for (const id of [applicationId, contractId]) {
      expect((await client(role).refused('documents.get', { id })).code).toBe('FORBIDDEN')
      expect((await client(role).refused('documents.recordPrint', { id })).code).toBe('FORBIDDEN')
    }
  })

  it('legal, acting on the non-standard contract, gets an answer with amounts but no list or floor prices', async () => {
    const before = await o.legal.call('documents.get', { id: contractId })
    expect(before.header.currentStep).toBe('legal_review')
    const after = await o.legal.call('documents.act', { id: contractId, version: before.header.version, action: 'approve', comment: '条款可接受' })
    checkPriced('legal', after)
    // The same answer to finance, the next signer, keeps every price.
    checkPriced('finance', await o.finance.call('documents.get', { id: contractId }))
  })

  it.each(CREDIT_READERS)('%s opens the credit change with its terms', async (role) => {
    const view = await client(role).call('documents.get', { id: creditChangeId })
    expect(view.body).toMatchObject({ kind: 'creditChange', after: { rating: 'B', creditLimitFen: 50_000_000, creditDays: 60 } })
  })

  it.each(others(CREDIT_READERS))('%s cannot open a credit change (FORBIDDEN)', async (role) => {
    expect((await client(role).refused('documents.get', { id: creditChangeId })).code).toBe('FORBIDDEN')
  })
})
