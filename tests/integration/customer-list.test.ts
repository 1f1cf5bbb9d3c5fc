import type { QueryResult } from 'typeorm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { migrations } from '../../electron/core/db/migrations'
import { CustomerNameSortKey1764480000000 } from '../../electron/core/db/migrations/1764480000000-customer-name-sort-key'
import type { InputOf } from '../../shared/api'
import { creditCodeCheckChar } from '../../shared/credit-code'
import { customerNameSortKey } from '../../electron/core/customers/name-sort-key'
import { driverQuery } from '../../electron/core/db/driver-query'
import { checkIntegrityIn } from '../../electron/core/integrity/check-integrity'
import { insertContract } from './support/contract-rows'
import { sql } from './support/sql'
import { onSqlite } from './support/test-backend'
import { openTestOffice, type TestClient, type TestOffice } from './support/test-workstation'

// Issue 10: the customer list in pinyin order, paged by the database (customers.name_sort_key), with
// each customer's salesperson; the customer drawer's contracts.

const code = (i: number) => { const first17 = `9135010${String(i).padStart(2, '0')}MA000000`; return first17 + creditCodeCheckChar(first17)! }
const file = (name: string, i: number): InputOf<'customers.save'> => ({ name, creditCode: code(i), contacts: [] })

// Saved in this (scrambled) order; listed in pinyin order: 阿 a, 北 bei, 长沙 chang (a city read as
// cháng, not zhǎng), 崇明 chong, 厦门 xia (a city read as xià, not shà), 张 zhang, 郑 zheng; Latin after Han.
const NAMES = ['郑州市顺达热电有限公司', 'ABB（中国）有限公司', '张家港市华东阀门厂', '厦门海沧港务有限公司', '阿克苏纺织有限公司', '长沙重工机械有限公司', '北京燕山水泵厂', '崇明岛建设集团', '上海申达机电有限公司']
const PINYIN = ['阿克苏纺织有限公司', '北京燕山水泵厂', '长沙重工机械有限公司', '崇明岛建设集团', '上海申达机电有限公司', '厦门海沧港务有限公司', '张家港市华东阀门厂', '郑州市顺达热电有限公司', 'ABB（中国）有限公司']

let office: TestOffice
let clerk: TestClient
const ids = new Map<string, number>()
beforeAll(async () => {
  office = await openTestOffice()
  clerk = await office.person('clerk', ['sales_clerk'], '陈内勤')
  for (const [i, name] of NAMES.entries()) ids.set(name, (await clerk.call('customers.save', file(name, i))).id)
}, 60_000)
afterAll(() => office.close())

const names = (rows: Array<{ name: string }>) => rows.map((r) => r.name)

describe('the customer list in pinyin order (issue 10)', () => {
  it('lists by pinyin, not by code point, and pages in that order', async () => {
    const all = await clerk.call('customers.list', { pageSize: 50 })
    expect(names(all.rows)).toEqual(PINYIN)
    // Byte order would have put 上 (U+4E0A) first and 阿 (U+963F) near the end: the test can tell them apart.
    expect([...NAMES].sort()).not.toEqual(PINYIN)
    const pages = await Promise.all([1, 2, 3, 4].map((page) => clerk.call('customers.list', { page, pageSize: 3 })))
    expect(pages.flatMap((p) => names(p.rows))).toEqual(PINYIN)
    expect(pages.map((p) => p.total)).toEqual([9, 9, 9, 9])
  })

  it('orders Han names as the runtime ICU pinyin collator does, character by character', async () => {
    const collator = new Intl.Collator('zh-CN-u-co-pinyin')
    const plain = PINYIN.filter((n) => !/长沙|厦门/.test(n)) // the two cities are read by their place-name reading on purpose
    expect(names((await clerk.call('customers.list', { pageSize: 50 })).rows).filter((n) => plain.includes(n))).toEqual([...plain].sort(collator.compare))
  })

  it('keeps the order on rename: the key follows the name', async () => {
    const id = ids.get('郑州市顺达热电有限公司')!
    const before = await clerk.call('customers.get', { id })
    await clerk.call('customers.save', { ...file('安阳顺达热电有限公司', 0), id, version: before.version })
    expect(names((await clerk.call('customers.list', { pageSize: 2 })).rows)).toEqual(['阿克苏纺织有限公司', '安阳顺达热电有限公司'])
    await clerk.call('customers.save', { ...file('郑州市顺达热电有限公司', 0), id, version: before.version + 1 })
    const [key] = await office.ws.database.read((em) => sql<{ key: string }>(em, 'SELECT name_sort_key AS key FROM customers WHERE id = :id', { id }))
    expect(key?.key).toBe(customerNameSortKey('郑州市顺达热电有限公司'))
  })

  it.skipIf(!onSqlite)('SQLite: the page is read in index order, no sort of the whole table', async () => {
    // Reason for SQLite only: its plan text is stable; PostgreSQL's planner may sort 9 rows however it likes.
    const plan = await office.ws.database.read((em) => em.query('EXPLAIN QUERY PLAN SELECT id FROM customers ORDER BY name_sort_key, id LIMIT 50 OFFSET 50'))
    const text = (plan as Array<{ detail: string }>).map((r) => r.detail).join(' | ')
    expect(text).toContain('idx_customers_name_sort')
    expect(text).not.toContain('TEMP B-TREE')
  })
})

class Rollback extends Error {}

describe('the derived key is checked', () => {
  it('checkIntegrity passes as built, and reports a key that is not its name’s (a write that skipped it)', async () => {
    let rules: string[][] = []
    await office.ws.database
      .transaction(async (em) => {
        rules.push((await checkIntegrityIn(em)).problems.map((p) => p.rule))
        const result: QueryResult = await em.queryRunner!.query(...driverQuery(em, `UPDATE customers SET name_sort_key = '' WHERE id = :id`, { id: ids.get('北京燕山水泵厂') }), true)
        expect(result.affected).toBe(1)
        const report = await checkIntegrityIn(em)
        rules.push(report.problems.map((p) => p.rule))
        expect(report.problems.find((p) => p.rule.startsWith('customer name sort key'))).toMatchObject({ count: 1, example: expect.stringContaining('北京燕山水泵厂') })
        throw new Rollback()
      })
      .catch((error: unknown) => {
        if (!(error instanceof Rollback)) throw error
      })
    expect(rules).toEqual([[], ['customer name sort key (pinyin order of the customer list)']])
  })

  it('the migration fills the key of every customer already on file', async () => {
    // Back to before CustomerNameSortKey (and the migrations after it): the column is gone.
    const newer = migrations.length - migrations.indexOf(CustomerNameSortKey1764480000000)
    for (let i = 0; i < newer; i++) await office.ws.database.migrate('undoLast')
    await office.ws.database.transaction((em) => sql(em, `UPDATE customers SET name = :name WHERE id = :id`, { name: '长春一汽配件厂', id: ids.get('崇明岛建设集团') }))
    await office.ws.database.migrate('up')
    const rows = await office.ws.database.read((em) => sql<{ name: string; key: string }>(em, 'SELECT name, name_sort_key AS key FROM customers ORDER BY id'))
    expect(rows.length).toBe(NAMES.length)
    for (const row of rows) expect(row.key).toBe(customerNameSortKey(row.name))
    expect(rows.some((r) => r.name === '长春一汽配件厂')).toBe(true)
  })
})

describe('who sells to the customer, and its contracts (the customer drawer)', () => {
  let finance: TestClient
  let guard: TestClient
  const people = { wang: { id: 0, name: '王小丽' }, zhao: { id: 0, name: '赵强' } }
  beforeAll(async () => {
    finance = await office.person('finance', ['finance'], '钱会计')
    guard = await office.person('guard', ['guard'], '门卫老李')
    people.wang.id = (await office.person('wang', ['sales_clerk'], '王小丽')).id
    people.zhao.id = (await office.person('zhao', ['sales_clerk'], '赵强')).id
    const customerId = ids.get('上海申达机电有限公司')!
    const customerName = '上海申达机电有限公司'
    await office.ws.database.transaction(async (em) => {
      await insertContract(em, { contractNo: 'HT2026100001', customerId, customerName, salesperson: people.wang, signedOn: '2026-10-08', amountFen: 1_000_000 })
      await insertContract(em, { contractNo: 'HT2026110001', customerId, customerName, salesperson: people.zhao, signedOn: '2026-11-18', amountFen: 2_345_600, customerContractNo: 'SD-2026-091', closedAt: '2026-11-19T08:00:00.000Z' })
      await insertContract(em, { contractNo: 'HT2026110002', customerId, customerName, salesperson: people.wang, signedOn: '2026-11-19', amountFen: 88_800, state: 'pending' })
      await insertContract(em, { contractNo: 'HT2026110003', customerId: ids.get('北京燕山水泵厂')!, customerName: '北京燕山水泵厂', salesperson: people.zhao, signedOn: '2026-11-20', amountFen: 5 })
    })
  })

  it('lists every contract of the customer, any state, newest signing day first, closed ones marked; paged', async () => {
    const customerId = ids.get('上海申达机电有限公司')!
    const all = await finance.call('customers.contracts', { customerId })
    expect(all.total).toBe(3)
    expect(all.rows.map((r) => [r.contractNo, r.signedOn, r.amountFen, r.state, r.closed, r.salespersonName, r.customerContractNo])).toEqual([
      ['HT2026110002', '2026-11-19', 88_800, 'pending', false, '王小丽', ''],
      ['HT2026110001', '2026-11-18', 2_345_600, 'approved', true, '赵强', 'SD-2026-091'],
      ['HT2026100001', '2026-10-08', 1_000_000, 'approved', false, '王小丽', ''],
    ])
    const second = await clerk.call('customers.contracts', { customerId, page: 2, pageSize: 2 })
    expect({ total: second.total, nos: second.rows.map((r) => r.contractNo) }).toEqual({ total: 3, nos: ['HT2026100001'] })
    expect(await finance.call('customers.contracts', { customerId: ids.get('阿克苏纺织有限公司')! })).toEqual({ rows: [], total: 0 })
  })

  it('refuses the guard (need-to-know: contract amounts are for sales and finance) and an unknown customer', async () => {
    expect((await guard.refused('customers.contracts', { customerId: ids.get('上海申达机电有限公司') })).code).toBe('FORBIDDEN')
    expect((await finance.refused('customers.contracts', { customerId: 999_999 })).code).toBe('CUSTOMER_NOT_FOUND')
  })

  it('shows as 业务员 the salesperson of the latest contract, and none before the first', async () => {
    const { rows } = await clerk.call('customers.list', { pageSize: 50 })
    const salesperson = Object.fromEntries(rows.map((r) => [r.name, r.salespersonName]))
    expect(salesperson['上海申达机电有限公司']).toBe('王小丽')
    expect(salesperson['北京燕山水泵厂']).toBe('赵强')
    expect(salesperson['阿克苏纺织有限公司']).toBeNull()
  })
})
