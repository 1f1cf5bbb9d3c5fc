import type { EntityManager } from 'typeorm'
import type { OpenedWorkstation } from '../electron/core/open-workstation'
import type { SignedInUser } from '../electron/core/auth/signed-in-user'
import { hashToken, resolveSession, SESSION_OF_CALLER_SQL } from '../electron/core/auth/sessions'
import { driverQuery } from '../electron/core/db/driver-query'
import { ledgerRowsQuery, ledgerTotalsQuery } from '../electron/core/ledger/ledger-query'
import { documentsNowSql, openTasksSql } from '../electron/core/queue/queue-position'
import { onHandSql } from '../electron/core/stock/stock-queries'
import { shanghaiToday } from '../electron/core/policy/shanghai-day'
import { infixSearch, nameSeek, searchEngineOf } from '../electron/core/search/infix-search'
import { queueCountSql, queuePageSql, toDriverQuery, type QueueSql } from '../electron/core/queue/queue-sql'
import { isWholeList } from '../electron/core/queue/queue-service'
import { OVERDUE_RECTIFICATIONS_SQL } from '../electron/core/doc-types/rectification/rectification-queue'
import { QUEUE_COUNT_CAP, type QueueFilter, type QueueTab } from '../shared/api'
import type { RawFloor } from './floors'
import type { BenchPeople, PendingApproval } from './office-fixture'
import { wanted } from './selection'
import type { StatementRecorder, Statement } from './statement-recorder'
import { measure, measurePair, type Timing } from './stats'

export interface Result {
  operation: string
  timing: Timing
  floor: Timing | null
}

async function ok(ws: OpenedWorkstation, method: string, input: unknown, token: string): Promise<unknown> {
  const { envelope } = await ws.dispatch(method, input, token)
  if (!envelope.ok) throw new Error(`${method}: ${envelope.error.code} ${envelope.error.message}`)
  return envelope.data
}

export interface CoreBench {
  ws: OpenedWorkstation
  /** The raw driver on the same data (SQLite: the app's own connection), for read floors. */
  floor: RawFloor
  /** The raw driver on an identical copy made before any approval, for the approve floor. */
  approveFloor: RawFloor
  recorder: StatementRecorder
  people: BenchPeople
  approvals: PendingApproval[]
  runs: number
}

/** Every operation of `npm run bench` that runs in Node: through the router, and its raw-SQL floor. */
export async function coreOperations({ ws, floor, approveFloor, recorder, people, approvals, runs }: CoreBench): Promise<Result[]> {
  const em = ws.database.dataSource.manager
  const engine = searchEngineOf(em as EntityManager)
  const userOf = (token: string): Promise<SignedInUser> => ws.database.read((m) => resolveSession(m, token, new Date(), false))
  const results: Result[] = []
  // Every call through the router first finds its caller (one statement: session, user, roles); the
  // floors run it too, once per call, as the write floors do by replaying what the call sent. The
  // token's hash is worked out once, outside the floor: only the SQL is the floor's.
  const hashes = new Map<string, string>()
  const sessionCheck = (token: string) => {
    if (!hashes.has(token)) hashes.set(token, hashToken(token))
    return floor.named(em as EntityManager, SESSION_OF_CALLER_SQL, { tokenHash: hashes.get(token)! })
  }
  const add = async (operation: string, work: (i: number) => unknown, raw: ((i: number) => unknown) | null, n = runs) =>
    wanted(operation) &&
    results.push(raw ? { operation, ...(await measurePair(n, work, raw)) } : { operation, timing: await measure(n, work), floor: null })

  // The queue: one page of 50 with the three tab counts, as the home page asks after every change.
  const rawQueue = (query: QueueSql) => floor.all(...toDriverQuery(em as EntityManager, query))
  const queueFloor = (token: string, user: SignedInUser, filter?: QueueFilter, tab: QueueTab = 'todo') => async () => {
    await sessionCheck(token)
    // PostgreSQL's count(*) is a bigint and arrives as text. 待办: the page first, counted only when full (queue-service.ts).
    const count = async () => Number(((await rawQueue(queueCountSql(engine, user, tab, filter))) as Array<{ n: number | string }>)[0]!.n)
    const page = (matches: number) => rawQueue(queuePageSql(engine, user, tab, filter, { offset: 0, limit: 50, matches })) as Promise<Array<{ id: number; document_id?: number }>>
    let rows: Array<{ id: number; document_id?: number }>
    if (tab === 'todo') {
      rows = await page(0)
      if (!isWholeList(0, 50, rows.length)) await count()
    } else rows = await page(await count())
    // 已办 and 我发起的 also say where each document is now: two lookups by id after the page (queue-position.ts).
    const ids = rows.map((r) => Number(r.document_id ?? r.id))
    if (tab !== 'todo' && ids.length) for (const query of [documentsNowSql(ids), openTasksSql(ids)]) await rawQueue(query)
    await sessionCheck(token)
    for (const each of ['todo', 'done', 'started'] as const) await rawQueue(queueCountSql(engine, user, each, filter, QUEUE_COUNT_CAP))
  }
  const queueCall = (token: string, filter?: QueueFilter, tab: QueueTab = 'todo') => async () => {
    await ok(ws, 'queue.list', { tab, ...(filter ? { filter } : {}) }, token)
    await ok(ws, 'queue.counts', filter ? { filter } : {}, token)
  }
  for (const who of [people.busy, people.quiet]) {
    const user = await userOf(who.token)
    await add(`queue page + counts, ${who.role} (${who.openTasks} open)`, queueCall(who.token), queueFloor(who.token, user))
  }
  const busyUser = await userOf(people.busy.token)
  await add(`已办 page + counts, ${people.busy.role} (${people.busy.doneTasks} done)`, queueCall(people.busy.token, undefined, 'done'), queueFloor(people.busy.token, busyUser, undefined, 'done'))

  // Search: a document-number prefix and a customer-name prefix, in the busy role's 待办 and 已办 and in 客户档案.
  const sample = (await em.query(...driverQuery(em, `SELECT doc_no, customer_name FROM tasks WHERE closed_at IS NULL AND assignee_user_id IS NULL AND role = :role LIMIT 1`, { role: people.busy.role })))[0] as { doc_no: string; customer_name: string }
  const byNumber: QueueFilter = { search: sample.doc_no.slice(0, 10) }
  const byName: QueueFilter = { search: sample.customer_name.slice(0, 2) }
  for (const tab of ['todo', 'done'] as const) {
    const where = tab === 'todo' ? '待办' : '已办'
    await add(`search ${where} + counts by number "${byNumber.search}"`, queueCall(people.busy.token, byNumber, tab), queueFloor(people.busy.token, busyUser, byNumber, tab))
    await add(`search ${where} + counts by customer "${byName.search}"`, queueCall(people.busy.token, byName, tab), queueFloor(people.busy.token, busyUser, byName, tab))
  }
  await add(`search customers by name "${byName.search}"`, () => ok(ws, 'customers.list', { search: byName.search }, people.reader), null)

  // Search inside (infix-search.ts): two characters from the middle of a name (顺达-style: no trigram
  // answers them), four from the middle of a name (the trigram index), five from the middle of a number.
  const midName2: QueueFilter = { search: [...sample.customer_name].slice(2, 4).join('') }
  const midName4: QueueFilter = { search: [...sample.customer_name].slice(2, 6).join('') }
  const midNumber: QueueFilter = { search: sample.doc_no.slice(6, 11) }
  for (const tab of ['todo', 'done'] as const) {
    const where = tab === 'todo' ? '待办' : '已办'
    for (const [what, filter] of [['inside a name', midName2], ['inside a name', midName4], ['inside a number', midNumber]] as const)
      await add(`search ${where} + counts ${what} "${filter.search}"`, queueCall(people.busy.token, filter, tab), queueFloor(people.busy.token, busyUser, filter, tab))
  }
  for (const filter of [midName2, midName4]) {
    // The floor: the same search of the names' index and the customers, in raw SQL.
    const infix = infixSearch(filter.search!)
    const matching = `FROM customers c WHERE ${nameSeek(engine, infix, 'c', 'name')}`
    const customersFloor = async () => {
      await sessionCheck(people.reader)
      await floor.all(...driverQuery(em, `SELECT c.* ${matching} ORDER BY c.name, c.id LIMIT 20`, infix.params))
      await floor.all(...driverQuery(em, `SELECT count(*) AS n ${matching}`, infix.params))
    }
    await add(`search customers inside a name "${filter.search}"`, () => ok(ws, 'customers.list', { search: filter.search }, people.reader), customersFloor)
  }

  // The ledger: one month and one whole year, and a year filtered by its biggest customer.
  const year = (await em.query(`SELECT max(substr(signed_on, 1, 4)) AS y FROM contracts`))[0].y as string
  const month = `${year}-06`
  const bigCustomer = (await em.query(`SELECT customer_id FROM contracts GROUP BY customer_id ORDER BY count(*) DESC LIMIT 1`))[0].customer_id as number
  const ledgerFloor = (filter: object) => async () => {
    await sessionCheck(people.reader)
    await floor.query(ledgerRowsQuery(em as EntityManager, filter).limit(50))
    await floor.query(ledgerTotalsQuery(em as EntityManager, filter))
  }
  for (const [label, filter] of [[`ledger month ${month}`, { period: month }], [`ledger year ${year}`, { period: year }], [`ledger year ${year}, biggest customer`, { period: year, customerId: bigCustomer }]] as const)
    await add(label, () => ok(ws, 'ledger.list', { filter }, people.reader), ledgerFloor(filter))
  await add(`ledger export .xlsx, year ${year}`, () => ok(ws, 'ledger.export', { filter: { period: year } }, people.reader), async () => {
    await sessionCheck(people.reader)
    await floor.query(ledgerRowsQuery(em as EntityManager, { period: year }))
  }, Math.max(3, Math.floor(runs / 20)))

  // Stock (issue 11): on hand for the product with the most movements, and for every product — the
  // running figure (one indexed row per product), never a sum over the movements. Floor: the same SQL, raw,
  // with the same Shanghai day the call binds (stock-handlers.ts): without it the floor counted every note
  // ever approved as reserving, a different (and ten times slower) question than the call's.
  const busiest = (await em.query(`SELECT product_id FROM stock_movements GROUP BY product_id ORDER BY count(*) DESC, product_id LIMIT 1`))[0] as { product_id: number } | undefined
  if (busiest) {
    const productId = Number(busiest.product_id)
    const movements = Number((await em.query(...driverQuery(em, `SELECT count(*) AS n FROM stock_movements WHERE product_id = :productId`, { productId })))[0].n)
    const one = onHandSql(productId, true, shanghaiToday(new Date()))
    await add(`stock on hand, one product (${movements} movements)`, () => ok(ws, 'stock.onHand', { productId }, people.reader), async () => {
      await sessionCheck(people.reader)
      await floor.all(...driverQuery(em, one.sql, one.params))
    })
    const all = onHandSql(undefined, true, shanghaiToday(new Date()))
    const products = Number((await em.query(`SELECT count(*) AS n FROM products`))[0].n)
    await add(`stock on hand, all ${products} products`, () => ok(ws, 'stock.onHand', {}, people.reader), async () => {
      await sessionCheck(people.reader)
      await floor.all(...driverQuery(em, all.sql, all.params))
    })
  }

  // R13 (issue 13): the sales manager's overdue rectifications — a seek on idx_rectifications_unanswered
  // (unanswered, by deadline) up to now, never a walk of the years of answered ones. Floor: the same SQL, raw.
  const unanswered = Number((await em.query(`SELECT count(*) AS n FROM rectifications WHERE answered_at IS NULL`))[0].n)
  const total = Number((await em.query(`SELECT count(*) AS n FROM rectifications`))[0].n)
  await add(`overdue rectifications (${unanswered} unanswered of ${total})`, () => ok(ws, 'rectifications.overdue', {}, people.salesManager), async () => {
    await sessionCheck(people.salesManager)
    await floor.all(...driverQuery(em, OVERDUE_RECTIFICATIONS_SQL, { now: new Date().toISOString() }))
  })

  // One approval end to end (session, validation, engine, R20, tasks, audit, the returned view), each on
  // another document. Its floor replays the very statements each approval sent, raw, on a copy of the
  // data as it was before the first one: the same rows change and the same commits reach the disk.
  // In turns like the rest: approval i, then its replay.
  const approveLabel = `approve (documents.act), ${approvals.length} documents`
  if (!wanted(approveLabel)) return results
  const recorded: Statement[][] = []
  const approve = await measurePair(
    approvals.length,
    async (i) => {
      const a = approvals[i]!
      recorded[i] = await recorder.record(() => ok(ws, 'documents.act', { id: a.documentId, version: a.version, action: 'approve' }, a.token))
    },
    (i) => approveFloor.replay(recorded[i]!),
    0,
  )
  results.push({ operation: approveLabel, ...approve })
  return results
}
