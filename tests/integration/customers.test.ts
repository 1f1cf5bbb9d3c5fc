import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { InputOf } from '../../shared/api'
import { creditCodeCheckChar } from '../../shared/credit-code'
import { customerDto } from '../../electron/core/customers/customer-dto'
import { openKeptOffice } from './support/office-snapshot'
import { snapshotTables } from './support/table-snapshot'
import { openTestOffice, type TestClient, type TestOffice } from './support/test-workstation'
import { sql } from './support/sql'

const FUZHOU = '91350100M000100Y43'
const BEIJING = '91110000600037341L'

/** A valid 统一社会信用代码 from any 17 characters of the alphabet. */
function creditCode(first17: string): string {
  return first17 + creditCodeCheckChar(first17)!
}

function customer(name: string, code: string, more: Partial<InputOf<'customers.save'>> = {}): InputOf<'customers.save'> {
  return { name, creditCode: code, address: '福州市鼓楼区', contacts: [{ name: '林经理', phone: '0591-87654321', title: '采购部经理' }], ...more }
}

let office: TestOffice
let clerk: TestClient
beforeEach(async () => {
  // Built once, copied for each test: every test has an office of its own.
  const kept = await openKeptOffice('customers: an office with a clerk', async () => {
    const built = await openTestOffice()
    return { office: built, facts: { clerk: await built.person('clerk', ['sales_clerk'], '陈内勤') } }
  })
  office = kept.office
  clerk = kept.facts.clerk
})
afterEach(() => office.close())

describe('R2 a new customer', () => {
  it('starts at rating D with zero credit limit and zero credit days, with an audit event', async () => {
    const created = await clerk.call('customers.save', customer('福州闽江水务有限公司', FUZHOU))
    expect(created).toMatchObject({
      name: '福州闽江水务有限公司', creditCode: FUZHOU, rating: 'D', creditLimitFen: 0, creditDays: 0, version: 1,
      contacts: [{ name: '林经理', phone: '0591-87654321', title: '采购部经理' }], createdAt: '2026-11-20T02:00:00.000Z',
    })
    expect(await clerk.call('customers.get', { id: created.id })).toEqual(created)
    // The clerk is not shown the bank details (need-to-know: finance only); the file holds them, blank.
    expect(await office.ws.database.read((em) => customerDto(em, created.id))).toEqual({ ...created, bankName: '', bankAccount: '', taxAddressPhone: '' })
    const events = await office.ws.database.read((em) => em.query(`SELECT action, role, user_name AS "userName" FROM audit_events WHERE entity_type = 'customer'`))
    expect(events).toEqual([{ action: 'customer.create', role: 'sales_clerk', userName: '陈内勤' }])
  })

  it.each([
    ['a rating', { rating: 'A' }],
    ['a credit limit', { creditLimitFen: 100_000_00 }],
    ['credit days', { creditDays: 90 }],
    ['a version without an id', { version: 1 }],
  ])('refuses %s smuggled into the file (INVALID_INPUT), writing nothing', async (_label, smuggled) => {
    const before = await snapshotTables(office.ws.database)
    expect((await clerk.refused('customers.save', { ...customer('福州闽江水务有限公司', FUZHOU), ...smuggled })).code).toBe('INVALID_INPUT')
    expect(await snapshotTables(office.ws.database)).toEqual(before)
  })

  it('refuses a 统一社会信用代码 already on file, whatever its letter case (CREDIT_CODE_TAKEN), writing nothing', async () => {
    await clerk.call('customers.save', customer('北京燕山水泵厂', BEIJING))
    const before = await snapshotTables(office.ws.database)
    expect((await clerk.refused('customers.save', customer('燕山水泵（北京）', BEIJING))).code).toBe('CREDIT_CODE_TAKEN')
    expect((await clerk.refused('customers.save', customer('燕山水泵（北京）', BEIJING.toLowerCase()))).code).toBe('CREDIT_CODE_TAKEN')
    expect(await snapshotTables(office.ws.database)).toEqual(before)
  })

  it('stores a code typed in lower case in upper case', async () => {
    expect((await clerk.call('customers.save', customer('福州闽江水务有限公司', ` ${FUZHOU.toLowerCase()} `))).creditCode).toBe(FUZHOU)
  })

  it.each([
    ['a wrong check character', '91350100M000100Y44', '统一社会信用代码校验位不正确，请核对'],
    ['a letter outside the alphabet', '91350100M00010OY43', '统一社会信用代码校验位不正确，请核对'],
    ['17 characters', '91350100M000100Y4', '统一社会信用代码应为 18 位'],
  ])('refuses %s with the field’s own message (INVALID_INPUT)', async (_label, code, message) => {
    const refusal = await clerk.refused('customers.save', customer('福州闽江水务有限公司', code))
    expect(refusal.code).toBe('INVALID_INPUT')
    expect(refusal.message).toContain(message)
  })

  it('is filed only by the sales office and finance (FORBIDDEN for others); anyone signed in may look', async () => {
    const warehouse = await office.person('wh', ['warehouse'])
    expect((await warehouse.refused('customers.save', customer('福州闽江水务有限公司', FUZHOU))).code).toBe('FORBIDDEN')
    const finance = await office.person('fin', ['finance'])
    const created = await finance.call('customers.save', customer('福州闽江水务有限公司', FUZHOU))
    expect((await warehouse.call('customers.get', { id: created.id })).name).toBe('福州闽江水务有限公司')
  })
})

describe('editing a customer’s file', () => {
  it('raises the version, keeps the credit terms an approval set (R2), and writes an audit event', async () => {
    const created = await clerk.call('customers.save', customer('福州闽江水务有限公司', FUZHOU))
    // As if a credit change had been approved (R2): the edit below must not touch these.
    await office.ws.database.transaction((em) =>
      sql(em, `UPDATE customers SET rating = 'B', credit_limit_fen = 50000000, credit_days = 60 WHERE id = :id`, { id: created.id }),
    )
    const edited = await clerk.call('customers.save', { ...customer('福州闽江水务集团有限公司', FUZHOU, { contacts: [] }), id: created.id, version: 1 })
    expect(edited).toMatchObject({ name: '福州闽江水务集团有限公司', contacts: [], version: 2, rating: 'B', creditLimitFen: 500_000_00, creditDays: 60 })
    const events = await office.ws.database.read((em) => em.query(`SELECT action, details FROM audit_events WHERE entity_type = 'customer' ORDER BY id`))
    expect(events.map((e: { action: string }) => e.action)).toEqual(['customer.create', 'customer.update'])
    expect(JSON.parse(events[1].details)).toEqual({ version: 2, changed: ['name', 'contacts'] })
  })

  it('of two edits from the same version exactly one wins; the other is told STALE_VERSION', async () => {
    const created = await clerk.call('customers.save', customer('福州闽江水务有限公司', FUZHOU))
    const manager = await office.person('mgr', ['sales_manager'])
    const results = await Promise.all([
      clerk.raw('customers.save', { ...customer('福州闽江水务（甲）', FUZHOU), id: created.id, version: 1 }),
      manager.raw('customers.save', { ...customer('福州闽江水务（乙）', FUZHOU), id: created.id, version: 1 }),
    ])
    expect(results.filter((r) => r.ok)).toHaveLength(1)
    const lost = results.find((r) => !r.ok)
    expect(lost).toEqual({ ok: false, error: { code: 'STALE_VERSION', message: '已被他人处理，请刷新' } })
    const after = await clerk.call('customers.get', { id: created.id })
    expect(after.version).toBe(2)
    expect(results.find((r) => r.ok)).toEqual({ ok: true, data: after })
    const updates = await office.ws.database.read((em) => em.query(`SELECT CAST(COUNT(*) AS INTEGER) AS n FROM audit_events WHERE action = 'customer.update'`))
    expect(updates).toEqual([{ n: 1 }])
  })

  it('refuses an edit from an old version after someone else saved (STALE_VERSION), writing nothing', async () => {
    const created = await clerk.call('customers.save', customer('福州闽江水务有限公司', FUZHOU))
    await clerk.call('customers.save', { ...customer('福州闽江水务集团', FUZHOU), id: created.id, version: 1 })
    const before = await snapshotTables(office.ws.database)
    expect((await clerk.refused('customers.save', { ...customer('福州闽江', FUZHOU), id: created.id, version: 1 })).code).toBe('STALE_VERSION')
    expect(await snapshotTables(office.ws.database)).toEqual(before)
  })

  it('refuses taking another customer’s credit code (CREDIT_CODE_TAKEN) and an unknown customer (CUSTOMER_NOT_FOUND)', async () => {
    await clerk.call('customers.save', customer('北京燕山水泵厂', BEIJING))
    const fuzhou = await clerk.call('customers.save', customer('福州闽江水务有限公司', FUZHOU))
    expect((await clerk.refused('customers.save', { ...customer('福州闽江水务有限公司', BEIJING), id: fuzhou.id, version: 1 })).code).toBe('CREDIT_CODE_TAKEN')
    expect((await clerk.refused('customers.save', { ...customer('无此客户', creditCode('91350100M00099999')), id: 999, version: 1 })).code).toBe('CUSTOMER_NOT_FOUND')
    expect((await clerk.refused('customers.get', { id: 999 })).code).toBe('CUSTOMER_NOT_FOUND')
    await expect(office.ws.database.read((em) => customerDto(em, 999))).rejects.toMatchObject({ code: 'CUSTOMER_NOT_FOUND' })
  })

  it('refuses an id without a version (INVALID_INPUT)', async () => {
    const created = await clerk.call('customers.save', customer('福州闽江水务有限公司', FUZHOU))
    const refusal = await clerk.refused('customers.save', { ...customer('福州闽江', FUZHOU), id: created.id })
    expect(refusal.code).toBe('INVALID_INPUT')
    expect(refusal.message).toContain('修改客户须带版本号')
  })
})

describe('finding customers', () => {
  const names = ['福州闽江水务有限公司', '北京燕山水泵厂', '福建三明钢铁', '福州100%环保科技', '厦门海沧港务']
  beforeEach(async () => {
    for (const [i, name] of names.entries()) await clerk.call('customers.save', customer(name, creditCode(`9135010${i}MA0000000`)))
  })

  it('lists by the pinyin of the name (issue 10), paged, with the total', async () => {
    const first = await clerk.call('customers.list', { pageSize: 2 })
    // bei, fu jian, fu zhou 1…, fu zhou min, xia men (customer-list.test.ts tries the order harder).
    const sorted = ['北京燕山水泵厂', '福建三明钢铁', '福州100%环保科技', '福州闽江水务有限公司', '厦门海沧港务']
    expect(first.total).toBe(5)
    expect(first.rows.map((r) => r.name)).toEqual(sorted.slice(0, 2))
    const third = await clerk.call('customers.list', { page: 3, pageSize: 2 })
    expect(third.rows.map((r) => r.name)).toEqual(sorted.slice(4))
  })

  it('searches by any part of the name, taking % literally', async () => {
    const found = await clerk.call('customers.list', { search: '福州' })
    expect(found.rows.map((r) => r.name)).toEqual(['福州100%环保科技', '福州闽江水务有限公司'])
    expect(found.total).toBe(2)
    expect((await clerk.call('customers.list', { search: '福州100%' })).rows.map((r) => r.name)).toEqual(['福州100%环保科技'])
    expect((await clerk.call('customers.list', { search: '%' })).rows.map((r) => r.name)).toEqual(['福州100%环保科技']) // the character, not every name
    expect((await clerk.call('customers.list', { search: '_' })).total).toBe(0)
    expect((await clerk.call('customers.list', { search: '水务' })).rows.map((r) => r.name)).toEqual(['福州闽江水务有限公司'])
  })

  it('finds a customer by two characters inside its name (no trigram answers them), three or more, and after a rename', async () => {
    const shunda = await clerk.call('customers.save', customer('郑州市顺达热电有限公司', creditCode('91350107MA0000000')))
    await clerk.call('customers.save', customer('Siemens西门子（中国）', creditCode('91350108MA0000000')))
    expect((await clerk.call('customers.list', { search: '顺达' })).rows.map((r) => r.name)).toEqual(['郑州市顺达热电有限公司'])
    expect((await clerk.call('customers.list', { search: '顺达热电' })).rows.map((r) => r.name)).toEqual(['郑州市顺达热电有限公司'])
    expect((await clerk.call('customers.list', { search: '有限公司' })).total).toBe(2) // 福州闽江水务有限公司 and 郑州市顺达热电有限公司
    // Case-blind for A–Z inside a name too.
    for (const search of ['MENS西门', 'mens西门', 'eM']) expect((await clerk.call('customers.list', { search })).rows.map((r) => r.name)).toEqual(['Siemens西门子（中国）'])
    // A rename is found by its new name at once (the names' index is kept by a trigger in the same write), and no longer by the old.
    await clerk.call('customers.save', { ...customer('郑州市宏远热电有限公司', creditCode('91350107MA0000000')), id: shunda.id, version: shunda.version })
    expect((await clerk.call('customers.list', { search: '宏远' })).rows.map((r) => r.name)).toEqual(['郑州市宏远热电有限公司'])
    expect((await clerk.call('customers.list', { search: '宏远热' })).rows.map((r) => r.name)).toEqual(['郑州市宏远热电有限公司'])
    expect((await clerk.call('customers.list', { search: '顺达' })).total).toBe(0)
  })

  it('searches the name in any letter case of A–Z and folds nothing else, on SQLite and PostgreSQL alike', async () => {
    await clerk.call('customers.save', customer('ABB（中国）有限公司', creditCode('91350105MA0000000')))
    await clerk.call('customers.save', customer('Ärzte医疗器械', creditCode('91350106MA0000000')))
    for (const search of ['abb', 'ABB', 'aBb（中']) expect((await clerk.call('customers.list', { search })).rows.map((r) => r.name)).toEqual(['ABB（中国）有限公司'])
    // SQLite's LIKE and lower() fold A–Z only; PostgreSQL's lower() would fold Ä too, but not in the "C" collation.
    expect((await clerk.call('customers.list', { search: 'Ärzte' })).total).toBe(1)
    expect((await clerk.call('customers.list', { search: 'ärzte' })).total).toBe(0)
  })

  it('searches by the start of the credit code in any letter case', async () => {
    const found = await clerk.call('customers.list', { search: '91350102ma' })
    expect(found.rows.map((r) => r.name)).toEqual(['福建三明钢铁'])
    expect((await clerk.call('customers.list', { search: '9135010' })).total).toBe(5)
  })
})
