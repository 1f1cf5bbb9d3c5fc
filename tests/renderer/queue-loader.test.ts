import { describe, expect, it } from 'vitest'
import type { QueueCursor, QueuePage, QueueRow } from '../../shared/api'
import { CHUNK, QueueLoader, type QueueQuestion } from '../../renderer/src/queue/queue-loader'
import { appendChunk, mergeHead, sameRows, withKeys } from '../../renderer/src/queue/queue-rows-merge'

/** A 已办 row for task `id` (newest first means higher ids first in these lists). */
const row = (id: number, extra: Partial<QueueRow> = {}): QueueRow => ({
  taskId: id, documentId: id, docType: 'application', docNo: `SQ${id}`, title: '', customerName: null, amountFen: null,
  state: 'pending', closed: false, stepName: '总经理签批', drafterName: '张敏', at: '2026-01-01T00:00:00.000Z', ...extra,
})
const rows = (from: number, to: number) => withKeys(Array.from({ length: from - to + 1 }, (_, i) => row(from - i)))
const ids = (list: ReadonlyArray<{ taskId: number | null }>) => list.map((r) => r.taskId)

describe('queue rows arithmetic', () => {
  it('appends a chunk without the rows it repeats', () => {
    const { rows: merged, added } = appendChunk(rows(10, 6), rows(7, 3))
    expect(ids(merged)).toEqual([10, 9, 8, 7, 6, 5, 4, 3])
    expect(added).toBe(3)
  })

  it('keys a task row by task and a 我发起的 row by document', () => {
    expect(withKeys([row(5), { ...row(6), taskId: null }]).map((r) => r.key)).toEqual(['5-5', 'doc-6'])
  })

  it.each([
    { name: 'nothing changed', head: [10, 9, 8], expected: [10, 9, 8, 7, 6, 5] },
    { name: 'two arrived on top', head: [12, 11, 10], expected: [12, 11, 10, 9, 8, 7, 6, 5] },
    { name: 'one closed in the head', head: [10, 8, 7], expected: [10, 8, 7, 6, 5] },
    { name: 'the whole head is new', head: [20, 19, 18], expected: [20, 19, 18] },
    { name: 'everything is gone', head: [], expected: [] },
  ])('lays a fresh head over a long list: $name', ({ head, expected }) => {
    const fresh = withKeys(head.map((id) => row(id)))
    expect(ids(mergeHead(rows(10, 5), fresh))).toEqual(expected)
  })

  it('sees equal rows as the same list and a changed value as a change', () => {
    expect(sameRows(rows(5, 1), rows(5, 1))).toBe(true)
    expect(sameRows(rows(5, 1), withKeys([row(5, { stepName: '财务会签' }), ...rows(4, 1)]))).toBe(false)
    expect(sameRows(rows(5, 1), rows(5, 2))).toBe(false)
  })
})

/** Sorts before the cursor in the list's order (newest first: `at`, then id, both descending). */
const isAfter = (r: QueueRow, cursor: QueueCursor) => r.at < cursor.at || (r.at === cursor.at && (r.taskId ?? r.documentId) < cursor.id)

/**
 * A core with `count` 已办 rows (ids count…1, newest first, all at the same moment so the id decides),
 * answering like queue.list with a cursor, when told.
 */
function fakeCore(count: number) {
  let all = Array.from({ length: count }, (_, i) => row(count - i))
  const pending: Array<{ question: QueueQuestion; after: QueueCursor | null; answer: () => void }> = []
  const fetch = (question: QueueQuestion, after: QueueCursor | null) =>
    new Promise<QueuePage>((resolve) => {
      pending.push({
        question, after,
        // The rows as they are when the answer is given, like the core.
        answer: () => resolve({ rows: all.filter((r) => !after || isAfter(r, after)).slice(0, CHUNK), total: all.length }),
      })
    })
  const tick = () => new Promise((resolve) => setTimeout(resolve, 0))
  /** Answers every request, including those the answers lead to, until none is left. */
  const flush = async () => {
    await tick()
    while (pending.length) {
      pending.shift()!.answer()
      await tick()
    }
  }
  let failNext = false
  const failing = (question: QueueQuestion, after: QueueCursor | null) => {
    if (!failNext) return fetch(question, after)
    failNext = false
    return Promise.reject(new Error('无法连接工作站服务'))
  }
  return {
    fetch: failing, pending, flush,
    arrive: (id: number) => (all = [row(id), ...all]),
    close: (id: number) => (all = all.filter((r) => r.taskId !== id)),
    failOnce: () => (failNext = true),
  }
}

const done: QueueQuestion = { tab: 'done', filter: {} }

describe('QueueLoader', () => {
  it('loads a chunk at a time after the last row held, never twice the same row, and stops at the end', async () => {
    const core = fakeCore(450)
    const loader = new QueueLoader(core.fetch, String)
    loader.ask(done)
    await core.flush()
    expect(loader.getSnapshot().rows).toHaveLength(CHUNK)
    core.arrive(1000) // on top: an offset would now repeat a row; the cursor does not see it
    loader.loadMore()
    expect(core.pending.map((p) => p.after)).toEqual([{ at: '2026-01-01T00:00:00.000Z', id: 251 }])
    await core.flush()
    expect(ids(loader.getSnapshot().rows).slice(CHUNK - 1, CHUNK + 1)).toEqual([251, 250])
    expect(loader.getSnapshot().rows).toHaveLength(2 * CHUNK)
    loader.loadMore()
    await core.flush()
    expect(loader.getSnapshot()).toMatchObject({ total: 451, complete: true })
    expect(ids(loader.getSnapshot().rows).at(-1)).toBe(1)
    expect(loader.getSnapshot().rows).toHaveLength(450)
    loader.loadMore()
    expect(core.pending).toHaveLength(0)
  })

  it('a task closed above the end of a long 待办 hides no row from the next chunk', async () => {
    const core = fakeCore(1000)
    const loader = new QueueLoader(core.fetch, String)
    loader.ask({ tab: 'todo', filter: {} })
    await core.flush()
    for (let i = 0; i < 2; i++) {
      loader.loadMore()
      await core.flush()
    }
    core.close(900) // someone else approved it: with OFFSET paging, row 400 would slip past the next chunk
    loader.loadMore()
    await core.flush()
    expect(ids(loader.getSnapshot().rows).slice(3 * CHUNK - 1, 3 * CHUNK + 1)).toEqual([401, 400])
  })

  it('never lets an older question answer over a newer one', async () => {
    const core = fakeCore(300)
    const loader = new QueueLoader(core.fetch, String)
    loader.ask(done)
    const old = core.pending.shift()!
    loader.ask({ tab: 'done', filter: { search: 'SQ2' } })
    await core.flush()
    old.answer()
    await new Promise((resolve) => setTimeout(resolve, 0))
    expect(loader.getSnapshot().answered).toBe('done|{"search":"SQ2"}')
  })

  it('refreshes a long list at its head, keeping the rows below and the new arrival on top', async () => {
    const core = fakeCore(1000)
    const loader = new QueueLoader(core.fetch, String)
    loader.ask(done)
    await core.flush()
    for (let i = 0; i < 3; i++) {
      loader.loadMore()
      await core.flush()
    }
    expect(loader.getSnapshot().rows).toHaveLength(4 * CHUNK)
    core.arrive(5000)
    loader.refresh()
    await core.flush()
    const s = loader.getSnapshot()
    expect(s.rows).toHaveLength(4 * CHUNK + 1)
    expect(s.rows[0]?.taskId).toBe(5000)
    expect(s.total).toBe(1001)
  })

  it('publishes nothing when a refresh found nothing new', async () => {
    const core = fakeCore(50)
    const loader = new QueueLoader(core.fetch, String)
    loader.ask(done)
    await core.flush()
    const before = loader.getSnapshot()
    loader.refresh()
    await core.flush()
    expect(loader.getSnapshot()).toBe(before)
  })

  it('runs a load-more asked for during a refresh once the refresh is in', async () => {
    const core = fakeCore(1000)
    const loader = new QueueLoader(core.fetch, String)
    loader.ask(done)
    await core.flush()
    loader.refresh()
    loader.loadMore()
    await core.flush()
    expect(loader.getSnapshot().rows).toHaveLength(2 * CHUNK)
  })

  it('re-reads a short list whole, so a task closed anywhere in it vanishes', async () => {
    const core = fakeCore(238)
    const loader = new QueueLoader(core.fetch, String)
    loader.ask({ tab: 'todo', filter: {} })
    await core.flush()
    loader.loadMore()
    await core.flush()
    expect(loader.getSnapshot()).toMatchObject({ complete: true, total: 238 })
    core.close(3)
    loader.refresh()
    await core.flush()
    expect(loader.getSnapshot().rows).toHaveLength(237)
    expect(ids(loader.getSnapshot().rows)).not.toContain(3)
  })

  it('starts from a first chunk fetched at sign-in, asks nothing for it, and loads on after its last row', async () => {
    const core = fakeCore(450)
    const loader = new QueueLoader(core.fetch, String)
    const first = { rows: Array.from({ length: CHUNK }, (_, i) => row(450 - i)), total: 450 }
    loader.seed(done, first)
    loader.ask(done)
    expect(core.pending).toHaveLength(0)
    expect(loader.getSnapshot()).toMatchObject({ answered: 'done|{}', total: 450, loading: null, complete: false })
    loader.loadMore()
    expect(core.pending.map((p) => p.after?.id)).toEqual([251])
    await core.flush()
    expect(ids(loader.getSnapshot().rows).slice(CHUNK - 1, CHUNK + 1)).toEqual([251, 250])
  })

  it('after a failed chunk shows the error, and goes on loading once a refresh succeeds', async () => {
    const core = fakeCore(1000)
    const loader = new QueueLoader(core.fetch, String)
    loader.ask(done)
    await core.flush()
    core.failOnce()
    loader.loadMore()
    await core.flush()
    expect(loader.getSnapshot()).toMatchObject({ error: 'Error: 无法连接工作站服务', loading: null })
    expect(loader.getSnapshot().rows).toHaveLength(CHUNK)
    loader.refresh() // 重试
    await core.flush()
    expect(loader.getSnapshot()).toMatchObject({ error: null })
    expect(loader.getSnapshot().rows).toHaveLength(2 * CHUNK)
  })
})
