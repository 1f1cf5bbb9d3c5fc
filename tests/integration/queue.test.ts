import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { cursorOf, QUEUE_CHUNK, QUEUE_COUNT_CAP, type QueueCursor, type QueueFilter } from '../../shared/api'
import { DocumentEntity, TaskEntity } from '../../electron/core/db/entities'
import { insertDocument, openTask } from './support/queue-rows'
import { openTestOffice, PASSWORD, type TestClient, type TestOffice } from './support/test-workstation'
import { sql } from './support/sql'

let office: TestOffice
let clerk: TestClient & { id: number }
let manager: TestClient & { id: number }
let otherManager: TestClient & { id: number }

beforeAll(async () => {
  office = await openTestOffice()
  clerk = await office.person('clerk', ['sales_clerk'], '王小丽')
  manager = await office.person('manager', ['sales_manager'], '李建国')
  otherManager = await office.person('manager2', ['sales_manager'], '赵强')
  await office.ws.database.transaction(async (em) => {
    const a = await insertDocument(em, { docNo: 'SQ2026110001', drafterUserId: clerk.id, customerName: '上海申达机电有限公司', createdAt: '2026-11-01T02:00:00.000Z' })
    const b = await insertDocument(em, { docNo: 'SQ2026110002', drafterUserId: clerk.id, customerName: '苏州50%精密有限公司', createdAt: '2026-11-09T16:30:00.000Z' })
    const c = await insertDocument(em, { docNo: 'FH2026110001', docType: 'dispatchNote', drafterUserId: clerk.id, customerName: '上海浦江阀门厂', createdAt: '2026-11-15T02:00:00.000Z' })
    const d = await insertDocument(em, { docNo: 'SQ2026110003', drafterUserId: clerk.id, customerName: '杭州钱塘重工', createdAt: '2026-11-16T02:00:00.000Z' })
    await openTask(em, a, { role: 'sales_manager', openedAt: a.createdAt })
    await openTask(em, b, { role: 'sales_manager', openedAt: b.createdAt })
    await openTask(em, c, { role: 'sales_manager', openedAt: c.createdAt })
    // Named to one manager: the other manager must not see it.
    await openTask(em, d, { role: 'sales_manager', assigneeUserId: otherManager.id, openedAt: d.createdAt })
    // Already closed by the manager: 已办, not 待办.
    await openTask(em, d, { role: 'sales_manager', stepKey: 'earlier', openedAt: '2026-11-16T01:00:00.000Z', closedAt: '2026-11-16T01:30:00.000Z', closedByUserId: manager.id, closedAction: 'approve' })
  })
}, 60_000)
afterAll(() => office.close())

const docNos = (page: { rows: Array<{ docNo: string }> }) => page.rows.map((r) => r.docNo)

describe('the queue of each person', () => {
  it('待办 shows tasks for my roles, newest first, and not tasks named to someone else', async () => {
    expect(docNos(await manager.call('queue.list', { tab: 'todo' }))).toEqual(['FH2026110001', 'SQ2026110002', 'SQ2026110001'])
    expect(docNos(await otherManager.call('queue.list', { tab: 'todo' }))).toEqual(['SQ2026110003', 'FH2026110001', 'SQ2026110002', 'SQ2026110001'])
    expect((await clerk.call('queue.list', { tab: 'todo' })).total).toBe(0)
  })

  it('已办 shows what I closed; 我发起的 what I drafted; the counts match the lists', async () => {
    expect(docNos(await manager.call('queue.list', { tab: 'done' }))).toEqual(['SQ2026110003'])
    expect(docNos(await clerk.call('queue.list', { tab: 'started' }))).toEqual(['SQ2026110003', 'FH2026110001', 'SQ2026110002', 'SQ2026110001'])
    expect(await manager.call('queue.counts', {})).toEqual({ todo: 3, done: 1, started: 0 })
    expect(await clerk.call('queue.counts', {})).toEqual({ todo: 0, done: 0, started: 4 })
  })

  it('filters by document type, by Shanghai calendar day, and by number or customer name', async () => {
    const todo = async (filter: QueueFilter) => docNos(await manager.call('queue.list', { tab: 'todo', filter }))
    expect(await todo({ docType: 'dispatchNote' })).toEqual(['FH2026110001'])
    // 2026-11-09T16:30Z is 11-10 00:30 in Shanghai.
    expect(await todo({ from: '2026-11-10', to: '2026-11-10' })).toEqual(['SQ2026110002'])
    expect(await todo({ to: '2026-11-09' })).toEqual(['SQ2026110001'])
    expect(await todo({ search: 'sq20261100' })).toEqual(['SQ2026110002', 'SQ2026110001'])
    expect(await todo({ search: '上海' })).toEqual(['FH2026110001', 'SQ2026110001'])
    expect(await todo({ search: '苏州50%' })).toEqual(['SQ2026110002'])
    expect(await todo({ search: '苏州5_' })).toEqual([]) // _ is a character, not a wildcard
    expect(await todo({ search: '申达' })).toEqual(['SQ2026110001']) // inside the name (queue-infix-search.test.ts)
    expect(await manager.call('queue.counts', { filter: { search: '上海' } })).toEqual({ todo: 2, done: 0, started: 0 })
    // 已办 and 我发起的 seek their few matches by number or by name.
    expect(docNos(await manager.call('queue.list', { tab: 'done', filter: { search: 'sq2026110003' } }))).toEqual(['SQ2026110003'])
    expect(docNos(await manager.call('queue.list', { tab: 'done', filter: { search: '杭州' } }))).toEqual(['SQ2026110003'])
    expect(docNos(await clerk.call('queue.list', { tab: 'started', filter: { search: '上海' } }))).toEqual(['FH2026110001', 'SQ2026110001'])
    expect(docNos(await clerk.call('queue.list', { tab: 'started', filter: { search: 'FH' } }))).toEqual(['FH2026110001'])
  })

  it('pages through 50 at a time with the total', async () => {
    const page = await otherManager.call('queue.list', { tab: 'todo', page: 2, pageSize: 3 })
    expect(page).toMatchObject({ total: 4 })
    expect(docNos(page)).toEqual(['SQ2026110001'])
  })

  it('the first to act closes the task for every holder of the role', async () => {
    await office.ws.database.transaction((em) =>
      sql(em, `UPDATE tasks SET closed_at = :at, closed_by_user_id = :by, closed_action = 'approve' WHERE doc_no = 'SQ2026110001'`, { at: '2026-11-20T01:00:00.000Z', by: otherManager.id }),
    )
    expect(docNos(await manager.call('queue.list', { tab: 'todo' }))).not.toContain('SQ2026110001')
    expect(docNos(await otherManager.call('queue.list', { tab: 'done' }))).toEqual(['SQ2026110001'])
  })
})

describe('a customer-name search ignores the case of Latin letters, as LIKE did', () => {
  it('"abb", "ABB" and "Abb（中" find ABB（中国）有限公司 in 待办, 已办 and 我发起的, with matching counts', async () => {
    const drafter = await office.person('clerk_abb', ['sales_clerk'], '钱晓')
    const lawyer = await office.person('legal_abb', ['legal'], '孙律')
    await office.ws.database.transaction(async (em) => {
      const doc = await insertDocument(em, { docNo: 'SQ2026110009', drafterUserId: drafter.id, customerName: 'ABB（中国）有限公司', createdAt: '2026-11-18T02:00:00.000Z' })
      await openTask(em, doc, { role: 'legal', openedAt: doc.createdAt })
      await openTask(em, doc, { role: 'legal', stepKey: 'earlier', openedAt: '2026-11-18T01:00:00.000Z', closedAt: '2026-11-18T01:30:00.000Z', closedByUserId: lawyer.id, closedAction: 'approve' })
    })
    for (const search of ['abb', 'ABB', 'Abb（中']) {
      expect(docNos(await lawyer.call('queue.list', { tab: 'todo', filter: { search } }))).toEqual(['SQ2026110009'])
      expect(docNos(await lawyer.call('queue.list', { tab: 'done', filter: { search } }))).toEqual(['SQ2026110009'])
      expect(docNos(await drafter.call('queue.list', { tab: 'started', filter: { search } }))).toEqual(['SQ2026110009'])
      expect(await lawyer.call('queue.counts', { filter: { search } })).toEqual({ todo: 1, done: 1, started: 0 })
    }
    expect((await lawyer.call('queue.list', { tab: 'done', filter: { search: 'abc' } })).total).toBe(0)
    expect((await drafter.call('queue.list', { tab: 'started', filter: { search: 'abb（中华' } })).total).toBe(0)
  })
})

describe('a list loads on after its last row (a cursor), not at an offset', () => {
  it('pages after a row through ties in time (the id decides), giving every row once, in order', async () => {
    const signer = await office.person('finance_cursor', ['finance'], '吴出纳')
    await office.ws.database.transaction(async (em) => {
      // Seven closings, three at the very same moment: a cursor on time alone would skip or repeat them.
      const times = ['2026-11-05T02:00:00.000Z', '2026-11-04T02:00:00.000Z', '2026-11-04T02:00:00.000Z', '2026-11-04T02:00:00.000Z', '2026-11-03T02:00:00.000Z', '2026-11-02T02:00:00.000Z', '2026-11-01T02:00:00.000Z']
      for (const [i, closedAt] of times.entries()) {
        const doc = await insertDocument(em, { docNo: `FH20261100${20 + i}`, docType: 'dispatchNote', drafterUserId: clerk.id, customerName: '宁波甬江电机', createdAt: '2026-10-30T02:00:00.000Z' })
        await openTask(em, doc, { role: 'finance', openedAt: '2026-10-30T02:00:00.000Z', closedAt, closedByUserId: signer.id, closedAction: 'approve' })
      }
    })
    const whole = await signer.call('queue.list', { tab: 'done' })
    expect(whole.total).toBe(7)
    const seen: string[] = []
    let after: QueueCursor | undefined
    for (;;) {
      const chunk = await signer.call('queue.list', { tab: 'done', pageSize: 2, ...(after ? { after } : {}) })
      expect(chunk.total).toBe(7)
      if (!chunk.rows.length) break
      seen.push(...docNos(chunk))
      after = cursorOf(chunk.rows.at(-1)!)
    }
    expect(seen).toEqual(docNos(whole))
    // A task closed above the cursor does not move the rows after it.
    const [first, second] = whole.rows
    await office.ws.database.transaction((em) => sql(em, 'DELETE FROM tasks WHERE id = :id', { id: first!.taskId }))
    expect(docNos(await signer.call('queue.list', { tab: 'done', pageSize: 2, after: cursorOf(second!) }))).toEqual(docNos(whole).slice(2, 4))
  })
})

describe('badge counts stop at QUEUE_COUNT_CAP; the list total stays exact', () => {
  it('2,100 closed tasks: the 已办 badge says 1,000 (shown as 999+), the list says 共 2100 条 and pages to the end', async () => {
    const finance = await office.person('finance1', ['finance'], '周会计')
    const pad = (n: number) => String(n).padStart(2, '0')
    await office.ws.database.transaction(async (em) => {
      const doc = await em.getRepository(DocumentEntity).findOneByOrFail({ docNo: 'SQ2026110002' })
      const closings = Array.from({ length: 2100 }, (_, n) => n + 1).map((i) => `2026-11-${pad(1 + (i % 28))}T${pad(i % 24)}:${pad(i % 60)}:00.000Z`)
      for (let i = 0; i < closings.length; i += 300)
        await em.getRepository(TaskEntity).insert(closings.slice(i, i + 300).map((closedAt) => ({
          documentId: doc.id, docType: doc.docType, docNo: doc.docNo, title: doc.title, customerName: doc.customerName, amountFen: null,
          drafterName: doc.drafterName, stepKey: 'finance_countersign', stepName: '财务会签', role: null, assigneeUserId: null,
          openedAt: '2026-11-01T00:00:00.000Z', closedAt, closedByUserId: finance.id, closedAction: 'approve',
        })))
    })
    expect(QUEUE_COUNT_CAP).toBe(1000)
    expect(await finance.call('queue.counts', {})).toEqual({ todo: 0, done: 1000, started: 0 })
    expect(await finance.call('queue.counts', { filter: { search: 'SQ2026' } })).toEqual({ todo: 0, done: 1000, started: 0 })
    expect(await finance.call('queue.counts', { filter: { search: '苏州' } })).toEqual({ todo: 0, done: 1000, started: 0 })
    expect(await finance.call('queue.counts', { filter: { search: '上海' } })).toEqual({ todo: 0, done: 0, started: 0 })
    const first = await finance.call('queue.list', { tab: 'done', pageSize: 200 })
    expect(first.total).toBe(2100)
    expect((await finance.call('queue.list', { tab: 'done', page: 11, pageSize: 200 })).rows).toHaveLength(100)
    expect((await finance.call('queue.list', { tab: 'done', page: 12, pageSize: 200 })).rows).toEqual([])
    // Searched, with more matches than a seek sorts (SEEK_SEARCH_LIMIT): found walking the time index, the
    // same rows in the same order; the total is exact and the number and name halves never count a row twice.
    for (const search of ['SQ2026', '苏州']) {
      const searched = await finance.call('queue.list', { tab: 'done', filter: { search }, pageSize: 200 })
      expect(searched.total).toBe(2100)
      expect(searched.rows.map((r) => r.taskId)).toEqual(first.rows.map((r) => r.taskId))
    }
  })
})

describe('the login answer can carry the home queue (issue 10: read while the password is checked)', () => {
  const signIn = (login: string, password = PASSWORD) => office.client().call('auth.login', { login, password, withHome: true })

  it('withHome: the first chunk of 待办 and the badges, equal to what queue.list and queue.counts answer the same person', async () => {
    const { home, ...me } = await signIn('manager2')
    expect(me).toEqual(await otherManager.call('auth.me', {}))
    expect(home?.list).toEqual(await otherManager.call('queue.list', { tab: 'todo', pageSize: QUEUE_CHUNK }))
    expect(home?.counts).toEqual(await otherManager.call('queue.counts', {}))
    expect(docNos(home!.list)).toContain('SQ2026110003')
  })

  it('need to know: the rows of a warehouse keeper come without amounts, as queue.list gives them', async () => {
    const keeper = await office.person('keeper', ['warehouse'], '仓管')
    await office.ws.database.transaction(async (em) => {
      const doc = await insertDocument(em, { docNo: 'FH2026110009', docType: 'dispatchNote', drafterUserId: clerk.id, customerName: '上海浦江阀门厂' })
      await openTask(em, doc, { role: 'warehouse', openedAt: doc.createdAt })
    })
    const { home } = await signIn('keeper')
    expect(home?.list.rows.map((row) => [row.docNo, 'amountFen' in row])).toEqual([['FH2026110009', false]])
    expect(home?.list).toEqual(await keeper.call('queue.list', { tab: 'todo', pageSize: QUEUE_CHUNK }))
  })

  it('without withHome, or before a forced password change, the answer is who signed in and nothing more', async () => {
    expect(await office.client().call('auth.login', { login: 'manager', password: PASSWORD })).not.toHaveProperty('home')
    await office.admin.call('users.create', { name: '新人', login: 'newcomer', password: 'Initial123', roles: ['sales_manager'] })
    const answer = await signIn('newcomer', 'Initial123')
    expect(answer).toMatchObject({ login: 'newcomer', mustChangePassword: true })
    expect(answer).not.toHaveProperty('home')
  })

  it('a wrong password gets LOGIN_FAILED and nothing read for the person', async () => {
    const refusal = await office.client().refused('auth.login', { login: 'manager', password: 'Wrong1234', withHome: true })
    expect(refusal).toMatchObject({ code: 'LOGIN_FAILED' })
    expect(refusal.details).toBeUndefined()
  })
})
