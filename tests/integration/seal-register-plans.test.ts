import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { sealRegisterCountQuery, sealRegisterQuery, type SealRegisterRange } from '../../electron/core/doc-types/contract/seal-register'
import { accessesOf, pgPlan } from './support/pg-plan'
import { onPostgres } from './support/test-backend'
import { openTestOffice, type TestOffice } from './support/test-workstation'

// PostgreSQL's counterpart of seal-register.test.ts's plan test (SQLite's is there, on a few rows: its plans do
// not depend on volume). PostgreSQL plans from statistics, so this office has ten years of seal uses.

let office: TestOffice

/** Two digits, the same SQL on both backends. */
const pad2 = (n: string) => `substr(CAST(100 + ${n} AS TEXT), 2)`

describe.skipIf(!onPostgres)('PostgreSQL: the register reads idx_seal_usages_used_at, never the whole table, and sorts nothing but ties', () => {
  beforeAll(async () => {
    office = await openTestOffice()
    await office.ws.database.transaction(async (em) => {
      // 5,000 contracts over 2017–2026, and 8 uses of the seal each, on the contract's month's days.
      await em.query(
        `WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 5000)
         INSERT INTO documents (doc_type, doc_no, title, state, version, drafter_user_id, drafter_name, customer_name, amount_fen,
                                created_at, updated_at, closed_at, current_step, route, round, last_signer_user_id)
         SELECT 'contract', 'HT' || CAST(2017 + i % 10 AS TEXT) || ${pad2('1 + i % 12')} || CAST(10000 + i AS TEXT), '销售合同', 'approved', 1,
                1, '王小丽', '客户' || CAST(i % 300 AS TEXT), 100000,
                CAST(2017 + i % 10 AS TEXT) || '-' || ${pad2('1 + i % 12')} || '-01T02:00:00.000Z', '2026-11-01T00:00:00.000Z', NULL, NULL, NULL, 1, NULL
           FROM n`,
      )
      await em.query(
        `WITH RECURSIVE k(j) AS (SELECT 1 UNION ALL SELECT j + 1 FROM k WHERE j < 8)
         INSERT INTO seal_usages (contract_id, used_by_user_id, used_by_name, used_at, copies, purpose)
         SELECT d.id, 1, '陈主管', substr(d.created_at, 1, 8) || ${pad2('1 + (d.id + k.j) % 28')} || 'T0' || CAST(k.j AS TEXT) || ':00:00.000Z', 2, '合同签订'
           FROM documents d, k`,
      )
    })
    await office.ws.database.read((em) => em.query('ANALYZE'))
  }, 120_000)
  afterAll(() => office.close())

  // Each range holds about one month of the ten years. "count, no dates" has no counterpart: counting every use
  // reads every use on both backends (SQLite from its smallest index, PostgreSQL from the table), neither a seek.
  const ranges: Array<[string, SealRegisterRange]> = [
    ['from', { from: '2026-11-01' }], ['to', { to: '2017-01-31' }], ['from and to', { from: '2026-11-01', to: '2026-11-30' }],
  ]
  const cases = [
    ['page, no dates', {}, 'page'] as const,
    ...ranges.flatMap(([name, range]) => [[`page, ${name}`, range, 'page'], [`count, ${name}`, range, 'count']] as const),
  ]

  it.each(cases)('%s', async (_name, range, kind) => {
    const nodes = await office.ws.database.read(async (em) => {
      const qb = kind === 'page' ? sealRegisterQuery(em, range).offset(50).limit(50) : sealRegisterCountQuery(em, range)
      const [sql, params] = qb.getQueryAndParameters()
      return pgPlan(em, sql, params)
    })
    const { indexes, seqScans } = accessesOf(nodes)
    expect(seqScans).toEqual([])
    expect(indexes).toContain('idx_seal_usages_used_at')
    // The index yields used_at order; only uses at the very same instant are put in id order (an Incremental
    // Sort presorted on used_at), where SQLite's index carries the rowid. Never a sort of the whole range.
    expect(nodes.filter((n) => n.type === 'Sort')).toEqual([])
    for (const sort of nodes.filter((n) => n.type === 'Incremental Sort')) expect(sort.presorted).toEqual(['s.used_at'])
    // The page reaches each contract by its primary key, once; the count does not touch documents.
    const documents = nodes.filter((n) => n.relation === 'documents').map((n) => `${n.type} ${n.index}`)
    expect(documents).toEqual(kind === 'page' ? [expect.stringMatching(/^Index Scan PK_/)] : [])
  })
})
