import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { QUEUE_COUNT_CAP, type QueueFilter } from '../../shared/api'
import { queueCountSql, queuePageSql, SEEK_SEARCH_LIMIT, toDriverQuery, type QueueSql } from '../../electron/core/queue/queue-sql'
import { accessesOf, pgPlan } from './support/pg-plan'
import { onPostgres, onSqlite } from './support/test-backend'
import { openTestOffice, type TestOffice } from './support/test-workstation'

let office: TestOffice

/** Two digits, the same SQL on SQLite and PostgreSQL (neither's printf/to_char is the other's). */
const pad2 = (n: string) => `substr(CAST(100 + ${n} AS TEXT), 2)`

/**
 * Years of history for 20 people: 20,000 documents (1,000 drafted by user 2), two tasks each, 1 in 50 still
 * open. PostgreSQL plans from statistics, so its plans are only worth asserting on a realistic volume;
 * SQLite's plans do not depend on it (no ANALYZE), and its assertions are the same as on a few rows.
 */
async function loadHistory(): Promise<void> {
  await office.ws.database.transaction(async (em) => {
    await em.query(
      `WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 20000)
       INSERT INTO documents (doc_type, doc_no, title, state, version, drafter_user_id, drafter_name, customer_name, amount_fen,
                              created_at, updated_at, closed_at, current_step, route, round, last_signer_user_id)
       SELECT CASE i % 4 WHEN 0 THEN 'application' WHEN 1 THEN 'contract' WHEN 2 THEN 'dispatchNote' ELSE 'creditChange' END,
              CASE i % 4 WHEN 0 THEN 'SQ' WHEN 1 THEN 'HT' WHEN 2 THEN 'FH' ELSE 'XY' END || CAST(2017 + i % 10 AS TEXT) || ${pad2('1 + i % 12')} || CAST(10000 + i AS TEXT),
              '单据', 'approved', 1, 2 + i % 20, '起草人', CASE WHEN i % 7 = 0 THEN '上海客户' ELSE '客户' END || CAST(i % 500 AS TEXT), 100000,
              CAST(2017 + i % 10 AS TEXT) || '-' || ${pad2('1 + i % 12')} || '-' || ${pad2('1 + i % 28')} || 'T02:00:00.000Z',
              '2026-11-01T00:00:00.000Z', NULL, NULL, NULL, 1, NULL
         FROM n`,
    )
    await em.query(
      `INSERT INTO tasks (document_id, doc_type, doc_no, title, customer_name, amount_fen, drafter_name, step_key, step_name, role,
                          assignee_user_id, opened_at, closed_at, closed_by_user_id, closed_action)
       SELECT d.id, d.doc_type, d.doc_no, d.title, d.customer_name, d.amount_fen, d.drafter_name, 'step' || CAST(k.k AS TEXT), '审签',
              CASE d.id % 3 WHEN 0 THEN 'sales_manager' WHEN 1 THEN 'finance' ELSE 'legal' END, NULL, d.created_at,
              CASE WHEN k.k = 1 AND d.id % 50 = 0 THEN NULL ELSE substr(d.created_at, 1, 11) || '0' || CAST(3 + k.k AS TEXT) || substr(d.created_at, 14) END,
              CASE WHEN k.k = 1 AND d.id % 50 = 0 THEN NULL ELSE 2 + (d.id * 7 + k.k) % 20 END,
              CASE WHEN k.k = 1 AND d.id % 50 = 0 THEN NULL ELSE 'approve' END
         FROM documents d, (SELECT 0 AS k UNION ALL SELECT 1) k`,
    )
  })
  if (onPostgres) await office.ws.database.read((em) => em.query('ANALYZE'))
}

beforeAll(async () => {
  office = await openTestOffice()
  await loadHistory()
}, 120_000)
afterAll(() => office.close())

/** SQLite's EXPLAIN QUERY PLAN lines for a queue statement. */
const sqlitePlan = (query: QueueSql) =>
  office.ws.database.read(async (em) => {
    const [sql, params] = toDriverQuery(em, query)
    return ((await em.query(`EXPLAIN QUERY PLAN ${sql}`, params)) as Array<{ detail: string }>).map((r) => r.detail)
  })

const postgresPlan = (query: QueueSql) =>
  office.ws.database.read(async (em) => {
    const [sql, params] = toDriverQuery(em, query)
    return pgPlan(em, sql, params)
  })

describe('every queue query is answered from an index (no full scan of a large table)', () => {
  const user = { id: 2, name: '李建国', login: 'manager', roles: ['sales_manager' as const, 'finance' as const], mustChangePassword: false }
  const filter: QueueFilter = { docType: 'application', from: '2026-11-01', to: '2026-11-30', search: '上海' }
  const search: QueueFilter = { search: 'SQ2026' }
  // A searched page has two shapes: few matches are sought and sorted, many are found walking the time index.
  const narrow = { offset: 0, limit: 50, matches: 10 }
  const broad = { offset: 9_950, limit: 50, matches: SEEK_SEARCH_LIMIT + 1 }
  // 代理审批: a deputy's 待办 is theirs and the principal's, still two seeks on the open-task indexes.
  const deputy = { ...user, covering: [{ id: 3, roles: ['general_manager' as const, 'legal' as const] }] }
  const cases = (['todo', 'done', 'started'] as const).flatMap((tab) => [
    [`${tab} page`, () => queuePageSql(user, tab, undefined, narrow)],
    [`${tab} page, deep`, () => queuePageSql(user, tab, undefined, broad)],
    [`${tab} page after a row`, () => queuePageSql(user, tab, undefined, { ...narrow, after: { at: '2026-11-10T02:00:00.000Z', id: 3 } })],
    [`${tab} page after a row, searched`, () => queuePageSql(user, tab, search, { ...broad, offset: 0, after: { at: '2026-11-10T02:00:00.000Z', id: 3 } })],
    [`${tab} page, filtered, few matches`, () => queuePageSql(user, tab, filter, narrow)],
    [`${tab} page, searched, many matches`, () => queuePageSql(user, tab, search, broad)],
    [`${tab} count`, () => queueCountSql(user, tab, undefined)],
    [`${tab} count, filtered`, () => queueCountSql(user, tab, filter)],
    [`${tab} count, searched`, () => queueCountSql(user, tab, search)],
    [`${tab} badge count`, () => queueCountSql(user, tab, undefined, QUEUE_COUNT_CAP)],
    [`${tab} badge count, searched and filtered`, () => queueCountSql(user, tab, { ...filter, search: 'SQ2026' }, QUEUE_COUNT_CAP)],
    [`${tab} page, as a deputy`, () => queuePageSql(deputy, tab, undefined, narrow)],
    [`${tab} count, as a deputy, searched`, () => queueCountSql(deputy, tab, search, QUEUE_COUNT_CAP)],
  ] as const)

  it.skipIf(!onSqlite).each(cases)('SQLite: %s', async (_name, query) => {
    const details = await sqlitePlan(query())
    // Every access to tasks or documents is a SEARCH on an index or the primary key, never a SCAN.
    const accesses = details.filter((d) => /^(SCAN|SEARCH) (t|d|tasks|documents)\b/.test(d))
    expect(accesses.length).toBeGreaterThan(0)
    expect(accesses.filter((d) => d.startsWith('SCAN'))).toEqual([])
  })

  it.skipIf(!onPostgres).each(cases)('PostgreSQL: %s', async (_name, query) => {
    const { indexes, seqScans } = accessesOf(await postgresPlan(query()))
    // Tasks and documents are reached through their indexes (idx_… or the primary key), never read whole.
    expect(indexes.filter((name) => /^(idx_(tasks|documents)_|PK_)/.test(name)).length).toBeGreaterThan(0)
    expect(seqScans).toEqual([])
  })

  it.skipIf(!onSqlite)('SQLite: a searched 已办 count seeks by number and by name within my rows, never walking all I signed', async () => {
    const details = await sqlitePlan(queueCountSql(user, 'done', search))
    expect(details.filter((d) => d.startsWith('SEARCH'))).toEqual([
      expect.stringMatching(/USING COVERING INDEX idx_tasks_done_no \(closed_by_user_id=\? AND doc_no>\? AND doc_no<\?\)/),
      expect.stringMatching(/USING COVERING INDEX idx_tasks_done_customer_fold \(closed_by_user_id=\? AND <expr>>\? AND <expr><\?\)/),
    ])
  })

  it.skipIf(!onPostgres)('PostgreSQL: a searched 已办 count seeks by number and by name within my rows, never walking all I signed', async () => {
    // The prefix ranges are seeks only because doc_no and customer_name compare in byte order (ByteOrderText).
    const { indexes, seqScans } = accessesOf(await postgresPlan(queueCountSql(user, 'done', search)))
    expect([...indexes].sort()).toEqual(['idx_tasks_done_customer_fold', 'idx_tasks_done_no'])
    expect(seqScans).toEqual([])
  })
})
