import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { cursorOf, QUEUE_COUNT_CAP, type QueueCursor, type QueueFilter } from '../../shared/api'
import type { DocumentRow } from '../../electron/core/db/entities'
import { insertDocument } from './support/queue-rows'
import { sql } from './support/sql'
import { openTestOffice, type TestClient, type TestOffice } from './support/test-workstation'

/**
 * A 待办 of thousands (finance at ten years: 6,633 open tasks). The page is the merge of two seeks that
 * each stop after a page's worth (queue-sql.ts): tasks named for me, and the unassigned open tasks of my
 * posts. Whatever the page, cursor or search, the rows must be exactly those of the plain definition —
 * open, and named for me or unassigned in one of my roles — newest first, ties in time broken by id.
 */
let office: TestOffice
let me: TestClient & { id: number }
let other: TestClient & { id: number }

const pad = (n: number, width = 2) => String(n).padStart(width, '0')
/** Few distinct moments, so many tasks share one: the id decides between them. */
const momentOf = (i: number) => `2026-${pad(1 + (i % 9))}-${pad(1 + (i % 27))}T0${i % 3}:00:00.000Z`
const CUSTOMERS = ['郑州市顺达热电有限公司', 'ABB（中国）有限公司', '苏州50%精密有限公司', '宁波甬江电机']

beforeAll(async () => {
  office = await openTestOffice()
  // Two posts, as a small office's finance clerk who also signs for the sales manager.
  me = await office.person('finance_busy', ['finance', 'sales_manager'], '周会计')
  other = await office.person('finance_other', ['finance'], '吴出纳')
  await office.ws.database.transaction(async (em) => {
    const docs: DocumentRow[] = []
    for (let i = 0; i < 40; i++)
      docs.push(await insertDocument(em, { docNo: `CK2026${pad(1 + (i % 11))}${pad(i, 4)}`, docType: 'outboundSlip', drafterUserId: other.id, customerName: CUSTOMERS[i % 4]! }))
    // 1,500 + 600 unassigned open tasks of my two posts, 60 named for me, 100 named for someone else of my
    // post, 200 of a post I do not hold, 300 of mine already closed.
    const kinds = [
      ...Array.from({ length: 1500 }, () => ({ role: 'finance', assignee: null as number | null, closed: false })),
      ...Array.from({ length: 600 }, () => ({ role: 'sales_manager', assignee: null, closed: false })),
      ...Array.from({ length: 60 }, () => ({ role: 'finance', assignee: me.id, closed: false })),
      ...Array.from({ length: 100 }, () => ({ role: 'finance', assignee: other.id, closed: false })),
      ...Array.from({ length: 200 }, () => ({ role: 'legal', assignee: null, closed: false })),
      ...Array.from({ length: 300 }, () => ({ role: 'finance', assignee: null, closed: true })),
    ]
    // Shuffled by a fixed stride, so the kinds interleave in time and in id.
    const order = kinds.map((_, i) => (i * 7919) % kinds.length)
    for (let start = 0; start < order.length; start += 250) {
      const rows = order.slice(start, start + 250).map((k) => {
        const kind = kinds[k]!
        const doc = docs[k % docs.length]!
        return {
          documentId: doc.id, docType: doc.docType, docNo: doc.docNo, title: doc.title, customerName: doc.customerName, amountFen: doc.amountFen,
          drafterName: doc.drafterName, stepKey: 'record_signed_copy', stepName: '登记客户签收', role: kind.role, assigneeUserId: kind.assignee,
          openedAt: momentOf(k), closedAt: kind.closed ? '2026-11-30T02:00:00.000Z' : null, closedByUserId: kind.closed ? other.id : null,
          closedAction: kind.closed ? 'approve' : null,
        }
      })
      await em.getRepository('Task').insert(rows)
    }
  })
}, 120_000)
afterAll(() => office.close())

/** The plain definition of my 待办 (an OR: fine on a few thousand rows, never the app's plan), newest first. */
async function expected(where = 'TRUE', params: Record<string, unknown> = {}): Promise<number[]> {
  const rows = await office.ws.database.read((em) =>
    sql<{ id: number }>(
      em,
      `SELECT id FROM tasks WHERE closed_at IS NULL AND (assignee_user_id = :me OR (assignee_user_id IS NULL AND role IN ('finance', 'sales_manager')))
         AND ${where} ORDER BY opened_at DESC, id DESC`,
      { me: me.id, ...params },
    ),
  )
  return rows.map((r) => Number(r.id))
}

const ids = (page: { rows: Array<{ taskId: number | null }> }) => page.rows.map((r) => r.taskId)

describe('a 待办 of thousands of open tasks over two posts and tasks named for me', () => {
  it('counts exactly for the list, caps the badge at QUEUE_COUNT_CAP, and pages by number to the end', async () => {
    const all = await expected()
    expect(all).toHaveLength(2160)
    expect((await me.call('queue.counts', {})).todo).toBe(QUEUE_COUNT_CAP)
    const first = await me.call('queue.list', { tab: 'todo' })
    expect(first.total).toBe(2160)
    expect(ids(first)).toEqual(all.slice(0, 50))
    // Deep pages: each half must reach offset + limit rows before the merge takes its page.
    for (const page of [2, 20, 44]) expect(ids(await me.call('queue.list', { tab: 'todo', page, pageSize: 50 }))).toEqual(all.slice((page - 1) * 50, page * 50))
    expect(await me.call('queue.list', { tab: 'todo', page: 45, pageSize: 50 })).toEqual({ rows: [], total: 2160 })
  })

  it('loads on after its last row through ties in time, giving every row once, in order', async () => {
    const all = await expected()
    const seen: Array<number | null> = []
    let after: QueueCursor | undefined
    for (;;) {
      const chunk = await me.call('queue.list', { tab: 'todo', pageSize: 200, ...(after ? { after } : {}) })
      // The whole list's total on every chunk, the last one (160 rows after a cursor) too: never the chunk's length.
      expect(chunk.total).toBe(all.length)
      if (!chunk.rows.length) break
      seen.push(...ids(chunk))
      after = cursorOf(chunk.rows.at(-1)!)
    }
    expect(seen).toEqual(all)
  })

  it('searched and filtered: the same rows as the plain definition, counted exactly (badge too, under the cap)', async () => {
    const cases: Array<[QueueFilter, string, Record<string, unknown>]> = [
      // Two characters inside a name; Latin letters in any case; % taken as a character; inside a number.
      [{ search: '顺达' }, `customer_name LIKE '%顺达%'`, {}],
      [{ search: 'abb（' }, `customer_name LIKE 'ABB（%'`, {}],
      [{ search: '50%' }, `customer_name LIKE '苏州50%'`, {}],
      [{ search: '0030' }, `doc_no LIKE '%0030%'`, {}],
      [{ search: 'CK202603' }, `doc_no LIKE 'CK202603%'`, {}],
      [{ docType: 'outboundSlip', from: '2026-03-01', to: '2026-03-31', search: '宁波' }, `customer_name = '宁波甬江电机' AND opened_at >= :from AND opened_at < :to`,
        { from: '2026-02-28T16:00:00.000Z', to: '2026-03-31T16:00:00.000Z' }],
    ]
    for (const [filter, where, params] of cases) {
      const want = await expected(where, params)
      expect(want.length, JSON.stringify(filter)).toBeGreaterThan(0)
      const page = await me.call('queue.list', { tab: 'todo', filter, pageSize: 200 })
      expect(page.total, JSON.stringify(filter)).toBe(want.length)
      expect(ids(page), JSON.stringify(filter)).toEqual(want.slice(0, 200))
      expect((await me.call('queue.counts', { filter })).todo, JSON.stringify(filter)).toBe(Math.min(want.length, QUEUE_COUNT_CAP))
    }
  })

  it('never shows a task named for someone else, one of a post I do not hold, or a closed one', async () => {
    const all = new Set(await expected())
    const shown = new Set<number | null>()
    for (let page = 1; page <= 11; page++) for (const id of ids(await me.call('queue.list', { tab: 'todo', page, pageSize: 200 }))) shown.add(id)
    expect(shown).toEqual(all)
    // The other holder of finance sees the 1,500 unassigned finance tasks and the 100 named for them, not mine.
    expect((await other.call('queue.list', { tab: 'todo' })).total).toBe(1600)
  })
})
