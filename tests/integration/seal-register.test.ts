import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { SealUsageDto } from '../../shared/api'
import { sealRegisterCountQuery, sealRegisterQuery, type SealRegisterRange } from '../../electron/core/doc-types/contract/seal-register'
import { insertContract, insertCustomer, insertSealUsage } from './support/contract-rows'
import { onSqlite } from './support/test-backend'
import { openTestOffice, type TestClient, type TestOffice } from './support/test-workstation'

let office: TestOffice
let head: TestClient & { id: number }
const ids: Record<string, number> = {}

// used_at is UTC; the register's days are Shanghai days (UTC+8). Inserted out of order on purpose.
const USES: Array<[key: string, contract: 'shenda' | 'pujiang', usedAt: string]> = [
  ['nov12a', 'shenda', '2026-11-12T02:00:00.000Z'],
  ['nov10start', 'pujiang', '2026-11-09T16:00:00.000Z'], // 11-10 00:00 in Shanghai
  ['oct31last', 'shenda', '2026-10-31T15:59:59.999Z'], // 10-31 23:59:59.999
  ['nov10last', 'shenda', '2026-11-10T15:59:59.999Z'], // 11-10 23:59:59.999
  ['nov09last', 'shenda', '2026-11-09T15:59:59.999Z'], // 11-09 23:59:59.999
  ['nov11start', 'pujiang', '2026-11-10T16:00:00.000Z'], // 11-11 00:00
  ['nov01start', 'shenda', '2026-10-31T16:00:00.000Z'], // 11-01 00:00
  ['nov12b', 'pujiang', '2026-11-12T02:00:00.000Z'], // the same instant as nov12a, recorded after it
]
const NEWEST_FIRST = ['nov12b', 'nov12a', 'nov11start', 'nov10last', 'nov10start', 'nov09last', 'nov01start', 'oct31last']

beforeAll(async () => {
  office = await openTestOffice()
  head = await office.person('head', ['sales_head'], '陈主管')
  await office.ws.database.transaction(async (em) => {
    const salesperson = { id: head.id, name: '王小丽' }
    const contracts = {
      shenda: await insertContract(em, { contractNo: 'HT2026100001', customerId: await insertCustomer(em, '上海申达机电有限公司'), customerName: '上海申达机电有限公司', salesperson, signedOn: '2026-10-30', amountFen: 1_000_000 }),
      pujiang: await insertContract(em, { contractNo: 'HT2026110001', customerId: await insertCustomer(em, '上海浦江阀门厂'), customerName: '上海浦江阀门厂', salesperson, signedOn: '2026-11-09', amountFen: 2_000_000 }),
    }
    for (const [key, contract, usedAt] of USES) {
      ids[key] = await insertSealUsage(em, { contractId: contracts[contract], usedByUserId: head.id, usedByName: '陈主管', usedAt, copies: key === 'nov12b' ? 4 : 2, purpose: '合同签订' })
    }
  })
}, 60_000)
afterAll(() => office.close())

const keysOf = (rows: SealUsageDto[]) => rows.map((r) => Object.keys(ids).find((k) => ids[k] === r.id))
const register = (input: { from?: string; to?: string; page?: number; pageSize?: number }) => head.call('seal.register', input)

describe('R4 the contract seal register', () => {
  it('lists every use newest first (the later record first at the same instant), with the contract number and customer', async () => {
    const page = await register({})
    expect(keysOf(page.rows)).toEqual(NEWEST_FIRST)
    expect(page.total).toBe(8)
    expect(page.rows[0]).toEqual<SealUsageDto>({
      id: ids.nov12b ?? 0, contractId: expect.any(Number) as number, contractNo: 'HT2026110001', customerName: '上海浦江阀门厂',
      usedByName: '陈主管', usedAt: '2026-11-12T02:00:00.000Z', copies: 4, purpose: '合同签订',
    })
    expect(page.rows[1]).toMatchObject({ contractNo: 'HT2026100001', customerName: '上海申达机电有限公司', copies: 2 })
  })

  it.each([
    [{ from: '2026-11-10', to: '2026-11-10' }, ['nov10last', 'nov10start']],
    [{ from: '2026-11-11' }, ['nov12b', 'nov12a', 'nov11start']],
    [{ to: '2026-11-09' }, ['nov09last', 'nov01start', 'oct31last']],
    [{ from: '2026-11-01', to: '2026-11-01' }, ['nov01start']],
    [{ to: '2026-10-31' }, ['oct31last']],
    [{ from: '2026-11-12', to: '2026-11-12' }, ['nov12b', 'nov12a']],
    [{ from: '2026-11-13' }, []],
  ])('keeps Shanghai calendar days, both ends inclusive: %o', async (range, expected) => {
    const page = await register(range)
    expect(keysOf(page.rows)).toEqual(expected)
    expect(page.total).toBe(expected.length)
  })

  it('pages through the register with the total on every page', async () => {
    const pages = await Promise.all([1, 2, 3, 4].map((page) => register({ page, pageSize: 3 })))
    expect(pages.map((p) => keysOf(p.rows))).toEqual([NEWEST_FIRST.slice(0, 3), NEWEST_FIRST.slice(3, 6), NEWEST_FIRST.slice(6), []])
    expect(pages.map((p) => p.total)).toEqual([8, 8, 8, 8])
    const filtered = await register({ from: '2026-11-01', page: 2, pageSize: 4 })
    expect({ rows: keysOf(filtered.rows), total: filtered.total }).toEqual({ rows: NEWEST_FIRST.slice(4, 7), total: 7 })
  })
})

describe.skipIf(!onSqlite)('the register reads idx_seal_usages_used_at, never the whole table, and sorts nothing', () => {
  const ranges: Array<[string, SealRegisterRange]> = [['no dates', {}], ['from', { from: '2026-11-01' }], ['to', { to: '2026-11-30' }], ['from and to', { from: '2026-11-01', to: '2026-11-30' }]]
  const cases = ranges.flatMap(([name, range]) => [[`page, ${name}`, range, 'page'], [`count, ${name}`, range, 'count']] as const)

  it.each(cases)('%s', async (_name, range, kind) => {
    const details: string[] = await office.ws.database.read(async (em) => {
      const qb = kind === 'page' ? sealRegisterQuery(em, range).offset(50).limit(50) : sealRegisterCountQuery(em, range)
      const [sql, params] = qb.getQueryAndParameters()
      const plan: Array<{ detail: string }> = await em.query(`EXPLAIN QUERY PLAN ${sql}`, params)
      return plan.map((r) => r.detail)
    })
    // SQLite names the table, not the alias, when it counts a whole table from an index.
    const seals = details.filter((d) => /^(SCAN|SEARCH) (s|seal_usages)\b/.test(d))
    expect(seals).toHaveLength(1)
    // With no dates the page walks the index newest first and stops at the page; the count reads an index only.
    const index = kind === 'count' && !range.from && !range.to ? /USING COVERING INDEX idx_seal_usages_\w+/ : /USING (COVERING )?INDEX idx_seal_usages_used_at/
    expect(seals[0]).toMatch(index)
    if (range.from || range.to) expect(seals[0]).toMatch(/^SEARCH s /)
    expect(details.filter((d) => d.startsWith('SCAN') && !d.includes('INDEX'))).toEqual([])
    expect(details.filter((d) => d.includes('TEMP B-TREE'))).toEqual([])
    if (kind === 'page') expect(details).toContain('SEARCH d USING INTEGER PRIMARY KEY (rowid=?)')
  })
})

// PostgreSQL's counterpart is in seal-register-plans.test.ts: it plans from statistics, so it needs years of uses.
