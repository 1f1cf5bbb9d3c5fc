import type { EntityManager } from 'typeorm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { LedgerFilter } from '../../shared/api'
import { ledgerRowsQuery, ledgerTotalsQuery, salespeopleQuery, customerNameQuery, salespersonNameQuery } from '../../electron/core/ledger/ledger-query'
import { contractsOfYear, insertContractsInBulk, insertCustomer } from './support/contract-rows'
import { accessesOf, pgPlan } from './support/pg-plan'
import { onPostgres, onSqlite } from './support/test-backend'
import { openTestOffice, type TestClient, type TestOffice } from './support/test-workstation'

let big: TestOffice
let reader: TestClient

beforeAll(async () => {
  big = await openTestOffice()
  reader = await big.person('finance', ['finance'], '钱会计')
  const customerIds = await big.ws.database.transaction((em) => Promise.all(Array.from({ length: 40 }, (_, i) => insertCustomer(em, `客户${i}`))))
  // 2 years × 5,000 contracts; every 10th still pending (not in the ledger), every 7th closed.
  await insertContractsInBulk(big.ws.database, [...contractsOfYear(2025, 5000, customerIds), ...contractsOfYear(2026, 5000, customerIds)])
  // PostgreSQL plans from statistics; SQLite has none here, by design (ledger-query.ts).
  if (onPostgres) await big.ws.database.read((em) => em.query('ANALYZE'))
}, 120_000)
afterAll(() => big.close())

type Build = (em: EntityManager) => { getQueryAndParameters(): [string, unknown[]] }

// Correctness at volume only: how fast it is, is `npm run bench`'s business, never a test's.
describe('a ledger of 5,000 contracts a year', () => {
  it('a year, and everything: one page with its totals, and the year as a workbook', async () => {
    const year = await reader.call('ledger.list', { filter: { period: '2026' } })
    const all = await reader.call('ledger.list', { filter: { period: 'all' }, page: 20 })
    const file = await reader.call('ledger.export', { filter: { period: '2026' } })
    expect([year.total, year.rows.length, all.total, all.rows.length, file.rowCount]).toEqual([4500, 50, 9000, 50, 4500])
  })
})

// Every shape the ledger's filter can take: each of the four filters present or absent.
const shapes = Array.from({ length: 16 }, (_, bits): [string, LedgerFilter] => {
  const filter: LedgerFilter = {
    ...(bits & 1 ? { customerId: 1 } : {}), ...(bits & 2 ? { salespersonId: 1 } : {}),
    ...(bits & 4 ? { period: bits & 8 ? '2026' : '2026-11' } : {}), ...(bits & 8 ? { status: 'closed' as const } : {}),
  }
  return [Object.keys(filter).join(' + ') || 'no filter', filter]
})
const cases = shapes.flatMap(([name, filter]) => [[`rows: ${name}`, filter, 'rows'], [`count and totals: ${name}`, filter, 'totals']] as const)
const build = (filter: LedgerFilter, kind: 'rows' | 'totals'): Build => (em) =>
  kind === 'rows' ? ledgerRowsQuery(em, filter).offset(100).limit(50) : ledgerTotalsQuery(em, filter)

describe.skipIf(!onSqlite)('SQLite: the ledger is answered from indexes', () => {
  async function planOf(query: Build) {
    return big.ws.database.read(async (em) => {
      const [sql, params] = query(em).getQueryAndParameters()
      const plan: Array<{ detail: string }> = await em.query(`EXPLAIN QUERY PLAN ${sql}`, params)
      return plan.map((r) => r.detail)
    })
  }

  /** The seek that leads: the narrowest index the filter can use. */
  function leadingSeek(filter: LedgerFilter): RegExp {
    const range = filter.period ? ' AND signed_on>\\? AND signed_on<\\?' : ''
    if (filter.customerId && filter.salespersonId) return /^SEARCH c USING INDEX idx_contracts_(customer \(customer_id|salesperson \(salesperson_user_id)=\?/
    if (filter.customerId) return new RegExp(`^SEARCH c USING INDEX idx_contracts_customer \\(customer_id=\\?${range}\\)$`)
    if (filter.salespersonId) return new RegExp(`^SEARCH c USING INDEX idx_contracts_salesperson \\(salesperson_user_id=\\?${range}\\)$`)
    if (filter.period) return /^SEARCH c USING INDEX idx_contracts_signed_on \(signed_on>\? AND signed_on<\?\)$/
    return /^SEARCH d USING (COVERING )?INDEX idx_documents_type_state \(doc_type=\? AND state=\?\)$/
  }

  it.each(cases)('%s', async (_name, filter, kind) => {
    const details = await planOf(build(filter, kind))
    const accesses = details.filter((d) => /^(SCAN|SEARCH) (c|d)\b/.test(d))
    expect(accesses.filter((d) => d.startsWith('SCAN'))).toEqual([])
    expect(accesses[0]).toMatch(leadingSeek(filter))
    // The other table is reached by its primary key, once per contract: no second seek, no N+1.
    expect(accesses.slice(1)).toEqual([expect.stringMatching(/^SEARCH (c|d) USING INTEGER PRIMARY KEY \(rowid=\?\)$/)])
    // A contract index already yields signing-day order; only ties on that day are sorted by number.
    if (kind === 'rows' && accesses[0]?.startsWith('SEARCH c')) expect(details).not.toContain('USE TEMP B-TREE FOR ORDER BY')
    // R14 已回款: one seek per contract into the allocations' covering index, never a scan of them.
    const allocations = details.filter((d) => /\bpa\b/.test(d))
    expect(allocations).toEqual([expect.stringMatching(/^SEARCH pa USING COVERING INDEX idx_payment_allocations_contract \(contract_id=\?\)$/)])
  })

  it.each([
    ['salespeople', (em: EntityManager) => salespeopleQuery(em)],
    ['customer name', (em: EntityManager) => customerNameQuery(em, 1)],
    ['salesperson name', (em: EntityManager) => salespersonNameQuery(em, 1)],
  ])('%s', async (_name, query) => {
    const details = await planOf(query)
    expect(details.filter((d) => d.startsWith('SCAN'))).toEqual([])
    expect(details.some((d) => d.startsWith('SEARCH'))).toBe(true)
  })
})

/**
 * PostgreSQL's counterpart, for the filters that select a small share of the contracts: a customer, a
 * salesperson or a month. Each reads contracts through the index SQLite's test names, never the whole table.
 * Without one of those (all contracts, a status, a year) the ledger reads most contracts, and reading them
 * whole is PostgreSQL's right plan, as it is for the 40 customers of the name lookups: no counterpart there.
 * How the documents are joined (nested loop or hash) is PostgreSQL's choice from the statistics.
 */
const selective = cases.filter(([, filter]) => filter.customerId !== undefined || filter.salespersonId !== undefined || filter.period?.length === 7)

describe.skipIf(!onPostgres)('PostgreSQL: a selective ledger filter reads contracts from its index', () => {
  it.each(selective)('%s', async (_name, filter, kind) => {
    const nodes = await big.ws.database.read(async (em) => {
      const [sql, params] = build(filter, kind)(em).getQueryAndParameters()
      return pgPlan(em, sql, params)
    })
    const { indexes, seqScans } = accessesOf(nodes)
    expect(seqScans).not.toContain('contracts')
    const candidates = [
      ...(filter.customerId !== undefined ? ['idx_contracts_customer'] : []),
      ...(filter.salespersonId !== undefined ? ['idx_contracts_salesperson'] : []),
      ...(filter.customerId === undefined && filter.salespersonId === undefined ? ['idx_contracts_signed_on'] : []),
    ]
    expect(indexes.filter((name) => name.startsWith('idx_contracts_'))).toEqual([expect.toBeOneOf(candidates)])
  })
})
