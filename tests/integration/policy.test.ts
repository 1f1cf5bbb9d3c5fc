import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { InputOf } from '../../shared/api'
import { priceListInForce } from '../../electron/core/policy/price-list-in-force'
import { openKeptOffice } from './support/office-snapshot'
import { snapshotTables } from './support/table-snapshot'
import { openTestOffice, PASSWORD, type TestClient, type TestOffice } from './support/test-workstation'
import { sql } from './support/sql'

// The frozen clock starts at 2026-11-20T02:00Z: 10:00 on 2026-11-20 in Shanghai, the office's "today".
let office: TestOffice
let gm: TestClient
let products: Record<'pump' | 'valve' | 'motor', number>

/** Moves the frozen clock; sessions idle for 30 minutes end, so the general manager signs in again. */
async function setClock(iso: string) {
  office.clock.current = new Date(iso)
  await gm.call('auth.login', { login: 'gm', password: PASSWORD })
}

/** Pump and valve; R1's usual authority: the sales manager up to 5 % below the floor, the general manager beyond. */
function issueInput(effectiveFrom: string, overrides: Partial<InputOf<'priceLists.issue'>> = {}): InputOf<'priceLists.issue'> {
  const items = [{ productId: products.pump, listPriceFen: 12_000_00, floorPriceFen: 10_000_00 }, { productId: products.valve, listPriceFen: 800_00, floorPriceFen: 700_00 }]
  return { effectiveFrom, items, authorities: [{ role: 'sales_manager', maxBelowFloorBps: 500 }, { role: 'general_manager', maxBelowFloorBps: null }], ...overrides }
}

const policyTables = (t: Record<string, unknown[]>) => ({ lists: t['price_lists'], items: t['price_list_items'], authorities: t['discount_authorities'] })

/** Runs a refused call and proves it changed no row of any table. */
async function refusedWritingNothing(client: TestClient, method: 'priceLists.issue' | 'products.save', input: unknown) {
  const before = await snapshotTables(office.ws.database)
  const refusal = await client.refused(method, input)
  expect(await snapshotTables(office.ws.database)).toEqual(before)
  return refusal
}

/** R21: the audit events written about one thing, oldest first. */
const auditOf = (entityType: string, entityId: number) =>
  office.ws.database.read((em) => sql(em, `SELECT action, role, user_name AS "userName" FROM audit_events WHERE entity_type = :entityType AND entity_id = :entityId ORDER BY id`, { entityType, entityId }))

beforeEach(async () => {
  // Built once, copied for each test: every test has an office of its own.
  const kept = await openKeptOffice('policy: an office with a general manager and three products', async () => {
    const built = await openTestOffice()
    const gm = await built.person('gm', ['general_manager'], '赵总')
    const save = (code: string, name: string, unit: string) => gm.call('products.save', { code, name, spec: '', unit }).then((p) => p.id)
    return { office: built, facts: { gm, products: { pump: await save('PUMP-100', '离心泵', '台'), valve: await save('VALVE-50', '闸阀', '只'), motor: await save('MOTOR-7', '电机', '台') } } }
  })
  office = kept.office
  gm = kept.facts.gm
  products = kept.facts.products
})
afterEach(() => office.close())

describe('products', () => {
  it('creates, lists by code and updates a product, with an audit event for each', async () => {
    const created = await office.admin.call('products.save', { code: 'GEAR_01', name: '齿轮箱', spec: 'ZQ-250', unit: '台' })
    expect(created).toMatchObject({ code: 'GEAR_01', name: '齿轮箱', spec: 'ZQ-250', unit: '台', active: true })
    const updated = await gm.call('products.save', { id: created.id, code: 'gear_01', name: '齿轮减速箱', spec: 'ZQ-250', unit: '台', active: false })
    expect(updated).toMatchObject({ id: created.id, code: 'gear_01', name: '齿轮减速箱', active: false })
    expect((await gm.call('products.list', {})).map((p) => p.code)).toEqual(['MOTOR-7', 'PUMP-100', 'VALVE-50'])
    expect((await gm.call('products.list', { includeInactive: true })).map((p) => p.code)).toContain('gear_01')
    const events = await auditOf('product', created.id)
    expect(events).toEqual([{ action: 'product.create', role: 'admin', userName: '管理员' }, { action: 'product.update', role: 'general_manager', userName: '赵总' }])
  })

  it('refuses a product code that differs only in letter case (PRODUCT_CODE_TAKEN), on create and on update', async () => {
    expect((await refusedWritingNothing(gm, 'products.save', { code: 'pump-100', name: '另一台泵', unit: '台' })).code).toBe('PRODUCT_CODE_TAKEN')
    expect((await gm.refused('products.save', { id: products.valve, code: 'Pump-100', name: '闸阀', unit: '只' })).code).toBe('PRODUCT_CODE_TAKEN')
  })

  it('answers PRODUCT_NOT_FOUND for an update of a product that does not exist', async () => {
    expect((await gm.refused('products.save', { id: 999, code: 'X-1', name: '无', unit: '台' })).code).toBe('PRODUCT_NOT_FOUND')
  })

  it('searches by code prefix or by part of the name, taking % and _ literally', async () => {
    const search = async (search: string) => (await gm.call('products.list', { search })).map((p) => p.code)
    expect(await search('pu')).toEqual(['PUMP-100'])
    expect(await search('PU')).toEqual(['PUMP-100'])
    // A part of the name in any letter case of A–Z, the same on SQLite and PostgreSQL (latin-fold.ts).
    await gm.call('products.save', { code: 'VFD-9', name: '变频器ABB型', spec: '', unit: '台' })
    expect(await search('abb型')).toEqual(['VFD-9'])
    expect(await search('阀')).toEqual(['VALVE-50'])
    expect(await search('%')).toEqual([])
    expect(await search('_')).toEqual([])
  })

  it('only the administrator and the general manager maintain products', async () => {
    const clerk = await office.person('clerk', ['sales_clerk'])
    expect((await clerk.refused('products.save', { code: 'X-1', name: '无', unit: '台' })).code).toBe('FORBIDDEN')
  })
})

describe('R1 issuing a price list', () => {
  it('issues version 1 in force today, with its lines by product code, authorities and an audit event', async () => {
    const issued = await gm.call('priceLists.issue', issueInput('2026-11-20', { note: '2026 年冬季价目表' }))
    expect(issued).toMatchObject({ versionNo: 1, effectiveFrom: '2026-11-20', issuedByName: '赵总', issuedAt: '2026-11-20T02:00:00.000Z', note: '2026 年冬季价目表', itemCount: 2, inForce: true })
    expect(issued.items).toEqual([
      { productId: products.pump, code: 'PUMP-100', name: '离心泵', spec: '', unit: '台', listPriceFen: 12_000_00, floorPriceFen: 10_000_00 },
      { productId: products.valve, code: 'VALVE-50', name: '闸阀', spec: '', unit: '只', listPriceFen: 800_00, floorPriceFen: 700_00 },
    ])
    expect(issued.authorities).toEqual([
      { role: 'sales_manager', maxBelowFloorBps: 500 },
      { role: 'general_manager', maxBelowFloorBps: null },
    ])
    expect(await gm.call('priceLists.get', { id: issued.id })).toEqual(issued)
    expect(await auditOf('price_list', issued.id)).toEqual([{ action: 'priceList.issue', role: 'general_manager', userName: '赵总' }])
  })

  it.each([['sales_manager'], ['sales_head'], ['admin'], ['finance']] as const)('refuses %s: only the general manager issues (FORBIDDEN)', async (role) => {
    const someone = role === 'admin' ? office.admin : await office.person('someone', [role])
    expect((await refusedWritingNothing(someone, 'priceLists.issue', issueInput('2026-11-21'))).code).toBe('FORBIDDEN')
  })

  it('refuses an effective date before today in Shanghai (POLICY_BACKDATED), even where the UTC date is still yesterday', async () => {
    expect((await gm.refused('priceLists.issue', issueInput('2026-11-19'))).code).toBe('POLICY_BACKDATED')
    // 00:30 on 11-25 in Shanghai is still 11-24 in UTC: 11-24 is already history.
    await setClock('2026-11-24T16:30:00.000Z')
    expect((await gm.refused('priceLists.issue', issueInput('2026-11-24'))).code).toBe('POLICY_BACKDATED')
    expect((await gm.call('priceLists.issue', issueInput('2026-11-25'))).inForce).toBe(true)
  })

  it('refuses a second version on the same effective date (POLICY_DATE_TAKEN), writing nothing', async () => {
    await gm.call('priceLists.issue', issueInput('2026-12-01'))
    expect((await refusedWritingNothing(gm, 'priceLists.issue', issueInput('2026-12-01'))).code).toBe('POLICY_DATE_TAKEN')
  })

  it('refuses an inactive product (PRODUCT_INACTIVE, naming it) and an unknown one (PRODUCT_NOT_FOUND), writing nothing', async () => {
    await gm.call('products.save', { id: products.motor, code: 'MOTOR-7', name: '电机', unit: '台', active: false })
    const withMotor = issueInput('2026-11-21', { items: [{ productId: products.motor, listPriceFen: 100, floorPriceFen: 90 }] })
    expect(await refusedWritingNothing(gm, 'priceLists.issue', withMotor)).toMatchObject({ code: 'PRODUCT_INACTIVE', message: expect.stringContaining('MOTOR-7') })
    const unknown = issueInput('2026-11-21', { items: [{ productId: 999, listPriceFen: 100, floorPriceFen: 90 }] })
    expect(await refusedWritingNothing(gm, 'priceLists.issue', unknown)).toMatchObject({ code: 'PRODUCT_NOT_FOUND', details: { productIds: [999] } })
  })

  it.each([
    ['a floor above the list price', { items: [{ productId: 1, listPriceFen: 100, floorPriceFen: 101 }] }, '底价不能高于牌价'],
    ['the same product twice', { items: [{ productId: 1, listPriceFen: 100, floorPriceFen: 90 }, { productId: 1, listPriceFen: 200, floorPriceFen: 90 }] }, '同一产品在价目表中只能出现一次'],
    ['no lines', { items: [] }, '价目表至少要有一个产品'],
    ['a role twice', { authorities: [{ role: 'sales_manager', maxBelowFloorBps: 100 }, { role: 'sales_manager', maxBelowFloorBps: 200 }] }, '每个岗位只能设置一次价格浮动权'],
    ['a day that does not exist', { effectiveFrom: '2026-11-31' }, '该日期不存在，请重新选择'],
  ] as const)('refuses %s (INVALID_INPUT), writing nothing', async (_label, overrides, message) => {
    const refusal = await refusedWritingNothing(gm, 'priceLists.issue', { ...issueInput('2026-11-21'), ...overrides })
    expect(refusal).toMatchObject({ code: 'INVALID_INPUT', message: expect.stringContaining(message) })
  })

  it('answers PRICE_LIST_NOT_FOUND for a version that does not exist', async () => {
    expect((await gm.refused('priceLists.get', { id: 42 })).code).toBe('PRICE_LIST_NOT_FOUND')
  })
})

describe('R1 exactly one version in force on a day', () => {
  /** Three versions from today on, and one more for next year. */
  async function issueFour(ids: number[] = []) {
    for (const day of ['2026-11-20', '2026-11-25', '2026-12-01', '2027-01-01']) ids.push((await gm.call('priceLists.issue', issueInput(day))).id)
    return ids
  }

  it('selects the version with the greatest effective date on or before the day', async () => {
    const [v1, v2, v3, v4] = await issueFour()
    const cases = [['2026-11-19', null], ['2026-11-20', v1], ['2026-11-24', v1], ['2026-11-25', v2], ['2026-11-30', v2],
      ['2026-12-01', v3], ['2026-12-31', v3], ['2027-01-01', v4], ['2030-06-01', v4]] as const
    for (const [on, id] of cases) {
      expect((await gm.call('priceLists.inForce', { on }))?.id ?? null, on).toBe(id)
      expect((await office.ws.database.read((em) => priceListInForce(em, on)))?.id ?? null, on).toBe(id)
    }
    expect(await gm.call('priceLists.inForce', {})).toMatchObject({ id: v1, versionNo: 1, inForce: true })
    // The future ones are issued and listed, but only one is in force today.
    const list = (await gm.call('priceLists.list', {})).map((l) => [l.versionNo, l.effectiveFrom, l.inForce, l.itemCount])
    expect(list).toEqual([[4, '2027-01-01', false, 2], [3, '2026-12-01', false, 2], [2, '2026-11-25', false, 2], [1, '2026-11-20', true, 2]])
  })

  it('changes at midnight in Shanghai, not at midnight UTC', async () => {
    const [v1, v2] = await issueFour()
    await setClock('2026-11-24T15:59:59.999Z') // 23:59:59.999 on 11-24 in Shanghai
    expect((await gm.call('priceLists.inForce', {}))?.id).toBe(v1)
    office.clock.advance(1) // 00:00 on 11-25 in Shanghai; still 11-24 in UTC
    expect((await gm.call('priceLists.inForce', {}))?.id).toBe(v2)
    expect((await gm.call('priceLists.list', {})).filter((l) => l.inForce).map((l) => l.id)).toEqual([v2])
  })

  it('a later version with an earlier date slots in before a future one; the version number still counts up', async () => {
    const later = await gm.call('priceLists.issue', issueInput('2026-12-01'))
    const sooner = await gm.call('priceLists.issue', issueInput('2026-11-25'))
    expect([later.versionNo, sooner.versionNo]).toEqual([1, 2])
    expect(await gm.call('priceLists.inForce', {})).toBeNull()
    expect((await gm.call('priceLists.inForce', { on: '2026-11-30' }))?.id).toBe(sooner.id)
    expect((await gm.call('priceLists.inForce', { on: '2026-12-01' }))?.id).toBe(later.id)
  })

  it('gives the engine the lines, product data and discount authorities as maps; null before the first issue', async () => {
    expect(await gm.call('priceLists.inForce', {})).toBeNull()
    expect(await office.ws.database.read((em) => priceListInForce(em, '2026-11-20'))).toBeNull()
    await gm.call('priceLists.issue', issueInput('2026-11-20'))
    const policy = await office.ws.database.read((em) => priceListInForce(em, '2026-11-20'))
    expect(policy).toMatchObject({ versionNo: 1, effectiveFrom: '2026-11-20' })
    expect(policy!.items.get(products.pump)).toEqual({ listPriceFen: 12_000_00, floorPriceFen: 10_000_00, code: 'PUMP-100', name: '离心泵', spec: '', unit: '台', active: true })
    expect(policy!.items.has(products.motor)).toBe(false)
    expect([...policy!.authorities]).toEqual([['sales_manager', 500], ['general_manager', null]])
  })

  it('never edits history: issuing a new version leaves every earlier row as it was', async () => {
    const v1 = await gm.call('priceLists.issue', issueInput('2026-11-20'))
    const before = policyTables(await snapshotTables(office.ws.database))
    const items = [{ productId: products.pump, listPriceFen: 11_000_00, floorPriceFen: 9_000_00 }]
    await gm.call('priceLists.issue', issueInput('2026-11-21', { items, authorities: [{ role: 'sales_manager', maxBelowFloorBps: 300 }] }))
    const after = policyTables(await snapshotTables(office.ws.database))
    for (const table of ['lists', 'items', 'authorities'] as const) expect(after[table]!.slice(0, before[table]!.length)).toEqual(before[table])
    expect(after.lists).toHaveLength(2)
    expect(await gm.call('priceLists.get', { id: v1.id })).toEqual(v1)
  })
})
