import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { InputOf } from '../../shared/api'
import type { Envelope } from '../../shared/errors'
import { readRows } from '../../electron/core/db/driver-query'
import type { ContractOffice } from './support/contract-office'
import { openTwoDesks, type TwoDesks } from './support/two-desks'
import { atOnceWhileHeld } from './support/pg-workstations'
import { onPostgres } from './support/test-backend'
import type { TestClient } from './support/test-workstation'

// Issue 9, item 7: each "read, check, then write" of the core, made by two people at the same moment.
// On PostgreSQL from two workstations, meeting on the row the decision is about (held until both wait
// on it) — db/locks.ts is what makes the second see the first. On SQLite one file is one workstation
// (see numbering.test.ts), so both go through its serial queue.

let desks: TwoDesks
let o: ContractOffice
beforeAll(async () => {
  desks = await openTwoDesks()
  o = desks.o
}, 60_000)
afterAll(() => desks.close())

const atDesk2 = (person: TestClient) => desks.atDesk2(person)
const outcome = (r: Envelope<unknown>) => (r.ok ? 'ok' : r.error.code)

/** Two calls at once, the second from the other desk; on PostgreSQL they meet while `hold` is held. */
function both(hold: string, first: () => Promise<Envelope<unknown>>, second: () => Promise<Envelope<unknown>>) {
  const fire = () => Promise.all([first(), second()])
  return onPostgres ? atOnceWhileHeld(o.office.path, { sql: hold }, 2, fire) : fire()
}
/** Reads pass, writes wait: each call has made its checks when it stops. */
const writesTo = (table: string) => `LOCK TABLE ${table} IN EXCLUSIVE MODE`

const file = (name: string, creditCode: string): InputOf<'customers.save'> => ({
  name, creditCode, address: '杭州市西湖区文三路 1 号', bankName: '建设银行文三支行', bankAccount: '3300 1234 5678',
  taxAddressPhone: '杭州市西湖区文三路 1 号 0571-88880000', contacts: [],
})

/** An edit by a post outside finance leaves the bank details out (need-to-know: BANK_DETAILS_FINANCE_ONLY). */
const edit = (name: string, creditCode: string): InputOf<'customers.save'> => {
  const { bankName: _bank, bankAccount: _account, taxAddressPhone: _tax, ...rest } = file(name, creditCode)
  return rest
}

const eventsOf = (entityType: string, entityId: number, action: string) =>
  o.office.ws.database.read((em) =>
    readRows<{ id: number }>(em, `SELECT id FROM audit_events WHERE entity_type = :entityType AND entity_id = :entityId AND action = :action`, { entityType, entityId, action }),
  )

describe('check-then-act at the same moment', () => {
  it('two edits of a customer’s file from the same version: one wins, the other is told STALE_VERSION; one update event', async () => {
    const created = await o.clerk.call('customers.save', file('杭州西湖水泵厂', '91330100123456789K'))
    const [a, b] = await both(
      `SELECT 1 FROM customers WHERE id = ${created.id} FOR UPDATE`,
      () => o.clerk.raw('customers.save', { ...edit('杭州西湖水泵厂（甲）', created.creditCode), id: created.id, version: created.version }),
      () => atDesk2(o.manager).raw('customers.save', { ...edit('杭州西湖水泵厂（乙）', created.creditCode), id: created.id, version: created.version }),
    )
    expect([outcome(a!), outcome(b!)].sort()).toEqual(['STALE_VERSION', 'ok'])
    const winner = a!.ok ? '杭州西湖水泵厂（甲）' : '杭州西湖水泵厂（乙）'
    expect(await o.clerk.call('customers.get', { id: created.id })).toMatchObject({ name: winner, version: created.version + 1 })
    expect(await eventsOf('customer', created.id, 'customer.update')).toHaveLength(1)
  })

  it('two clerks file the same company at once: one file, the other is told CREDIT_CODE_TAKEN', async () => {
    const [a, b] = await both(
      writesTo('customers'),
      () => o.clerk.raw('customers.save', file('宁波港机（甲）', '91330200MA2AAAAA1K')),
      () => atDesk2(o.manager).raw('customers.save', file('宁波港机（乙）', '91330200MA2AAAAA1K')),
    )
    expect([outcome(a!), outcome(b!)].sort()).toEqual(['CREDIT_CODE_TAKEN', 'ok'])
    const rows = await o.office.ws.database.read((em) =>
      readRows<{ id: number }>(em, `SELECT id FROM customers WHERE credit_code = :code`, { code: '91330200MA2AAAAA1K' }),
    )
    expect(rows).toHaveLength(1)
  })

  it('R2: two credit changes proposed for one customer at once: one is pending, the other is told CREDIT_CHANGE_PENDING', async () => {
    const created = await o.clerk.call('customers.save', file('温州瓯江阀门', '91330300123456789X'))
    const propose = (who: TestClient, reason: string) => () =>
      who.raw('creditChanges.propose', { customerId: created.id, rating: 'C', creditLimitFen: 10_000_000, creditDays: 30, reason })
    const [a, b] = await both(writesTo('documents'), propose(o.finance, '财务提议'), propose(atDesk2(o.clerk), '销售提议'))
    expect([outcome(a!), outcome(b!)].sort()).toEqual(['CREDIT_CHANGE_PENDING', 'ok'])
    const pending = await o.office.ws.database.read((em) =>
      readRows<{ id: number }>(
        em, `SELECT c.document_id AS id FROM credit_changes c JOIN documents d ON d.id = c.document_id WHERE c.customer_id = :id AND d.state = 'pending'`, { id: created.id },
      ),
    )
    expect(pending).toHaveLength(1)
  })

  it('two prints of one document at once are copies 1 and 2 (the second is 补打)', async () => {
    const draft = await o.clerk.call('applications.save', o.applicationInput())
    const [a, b] = await both(
      writesTo('audit_events'),
      () => o.clerk.raw('documents.recordPrint', { id: draft.header.id }),
      () => atDesk2(o.manager).raw('documents.recordPrint', { id: draft.header.id }),
    )
    const copies = [a!, b!].map((r) => (r.ok ? (r.data as { copy: number }).copy : r.error.code))
    expect(copies.sort()).toEqual([1, 2])
  })

  it('the same login created twice at once: one user, the other is told LOGIN_TAKEN', async () => {
    const input = { name: '新同事', login: 'newcomer', password: 'Initial123', roles: ['sales_clerk'] }
    const [a, b] = await both(
      writesTo('users'),
      () => o.office.admin.raw('users.create', input),
      () => atDesk2(o.office.admin).raw('users.create', { ...input, login: 'NewComer' }),
    )
    expect([outcome(a!), outcome(b!)].sort()).toEqual(['LOGIN_TAKEN', 'ok'])
    const users = await o.office.ws.database.read((em) => readRows<{ id: number }>(em, `SELECT id FROM users WHERE login_key = :key`, { key: 'newcomer' }))
    expect(users).toHaveLength(1)
  })

  it('R4: two contracts made from one application at once: one contract, the other is told CONTRACT_EXISTS', async () => {
    const applicationId = await o.approvedApplication()
    const make = (who: TestClient) => () => who.raw('contracts.createFromApplication', { applicationId, customerContractNo: '', signedOn: '2026-11-20' })
    const [a, b] = await both(writesTo('contracts'), make(o.head), make(atDesk2(o.head)))
    expect([outcome(a!), outcome(b!)].sort()).toEqual(['CONTRACT_EXISTS', 'ok'])
    const contracts = await o.office.ws.database.read((em) =>
      readRows<{ id: number }>(em, `SELECT document_id AS id FROM contracts WHERE application_id = :applicationId`, { applicationId }),
    )
    expect(contracts).toHaveLength(1)
    expect((await o.clerk.call('documents.get', { id: applicationId })).header.state).toBe('contracted')
  })

  it('R14: two payments allocated to one contract at once, each within what it lacks but not together: one allocation, the other ALLOCATION_OVER_BALANCE', async () => {
    const applicationId = await o.approvedApplication()
    const made = await o.head.call('contracts.createFromApplication', { applicationId, customerContractNo: '', signedOn: '2026-11-20' })
    const submitted = await o.head.call('documents.act', { id: made.header.id, version: made.header.version, action: 'submit' })
    await o.finance.call('documents.act', { id: made.header.id, version: submitted.header.version, action: 'approve' })
    const pay = (who: TestClient, reference: string) => () =>
      who.raw('payments.record', {
        customerId: o.customerId, receivedOn: '2026-11-20', amountFen: 1_800_000, method: { kind: 'transfer', bank: '工商银行', reference },
        allocations: [{ contractId: made.header.id, amountFen: 1_800_000 }],
      })
    const [a, b] = await both(writesTo('payment_allocations'), pay(o.finance, 'TX-A'), pay(atDesk2(o.finance), 'TX-B'))
    expect([outcome(a!), outcome(b!)].sort()).toEqual(['ALLOCATION_OVER_BALANCE', 'ok'])
    const contract = await o.finance.call('documents.get', { id: made.header.id })
    expect(contract.body.kind === 'contract' && contract.body.money?.collectedFen).toBe(1_800_000)
  })

  it('R1: two price lists issued for one day at once: one version, the other is told POLICY_DATE_TAKEN', async () => {
    const issue = (who: TestClient) => () =>
      who.raw('priceLists.issue', { effectiveFrom: '2026-12-01', items: [{ productId: o.pumpId, listPriceFen: 1_250_000, floorPriceFen: 1_050_000 }], authorities: [] })
    const [a, b] = await both(writesTo('price_lists'), issue(o.gm), issue(atDesk2(o.gm)))
    expect([outcome(a!), outcome(b!)].sort()).toEqual(['POLICY_DATE_TAKEN', 'ok'])
    const lists = await o.office.ws.database.read((em) => readRows<{ id: number }>(em, `SELECT id FROM price_lists WHERE effective_from = :day`, { day: '2026-12-01' }))
    expect(lists).toHaveLength(1)
  })

  it('one product code saved twice at once, in two letter cases: one product, the other is told PRODUCT_CODE_TAKEN', async () => {
    const save = (who: TestClient, code: string) => () => who.raw('products.save', { code, name: '止回阀', spec: 'DN80', unit: '只' })
    const [a, b] = await both(writesTo('products'), save(o.office.admin, 'H44H-80'), save(atDesk2(o.office.admin), 'h44h-80'))
    expect([outcome(a!), outcome(b!)].sort()).toEqual(['PRODUCT_CODE_TAKEN', 'ok'])
    const products = await o.office.ws.database.read((em) => readRows<{ id: number }>(em, `SELECT id FROM products WHERE lower(code) = :code`, { code: 'h44h-80' }))
    expect(products).toHaveLength(1)
  })

  // Last: either administrator may be the one disabled.
  it('two administrators disable each other at once: one succeeds, the other is told LAST_ADMIN; an administrator remains', async () => {
    const second = await o.office.person('admin2', ['admin'], '副管理员')
    const firstId = (await o.office.admin.call('auth.me', {}))!.id
    const [a, b] = await both(
      writesTo('users'),
      () => o.office.admin.raw('users.setDisabled', { userId: second.id, disabled: true }),
      () => atDesk2(second).raw('users.setDisabled', { userId: firstId, disabled: true }),
    )
    expect([outcome(a!), outcome(b!)].sort()).toEqual(['LAST_ADMIN', 'ok'])
    const enabledAdmins = await o.office.ws.database.read((em) =>
      readRows<{ id: number }>(em, `SELECT u.id FROM users u JOIN user_roles r ON r.user_id = u.id WHERE r.role = 'admin' AND u.disabled = :no`, { no: false }),
    )
    expect(enabledAdmins).toHaveLength(1)
  })
})
