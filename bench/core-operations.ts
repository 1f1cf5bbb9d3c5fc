import type { EntityManager } from 'typeorm'
import type { OpenedWorkstation } from '../electron/core/open-workstation'
import type { SignedInUser } from '../electron/core/auth/signed-in-user'
import { resolveSession } from '../electron/core/auth/sessions'
import { ledgerRowsQuery, ledgerTotalsQuery } from '../electron/core/ledger/ledger-query'
import { countQuery, pageQuery } from '../electron/core/queue/queue-service'
import type { QueueFilter } from '../shared/api'
import type { RawFloor } from './floors'
import { benchPeople, pendingApprovals } from './office-fixture'
import { measure, type Timing } from './stats'

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

/** Every operation of `npm run bench` that runs in Node: through the router, and its raw-SQL floor. */
export async function coreOperations(ws: OpenedWorkstation, floor: RawFloor, runs: number): Promise<Result[]> {
  const people = await benchPeople(ws)
  const em = ws.database.dataSource.manager
  const userOf = (token: string): Promise<SignedInUser> => ws.database.read((m) => resolveSession(m, token, new Date(), false))
  const results: Result[] = []
  const add = async (operation: string, work: (i: number) => unknown, raw: ((i: number) => unknown) | null, n = runs) =>
    results.push({ operation, timing: await measure(n, work), floor: raw ? await measure(n, raw) : null })

  // The queue: one page of 50 with the three tab counts, as the home page asks after every change.
  const queueFloor = (user: SignedInUser, filter?: QueueFilter) => () => {
    floor.query(pageQuery(em, user, 'todo', filter).limit(50))
    floor.count(countQuery(em, user, 'todo', filter))
    for (const tab of ['todo', 'done', 'started'] as const) floor.count(countQuery(em, user, tab, filter))
  }
  const queueCall = (token: string, filter?: QueueFilter) => async () => {
    await ok(ws, 'queue.list', { tab: 'todo', ...(filter ? { filter } : {}) }, token)
    await ok(ws, 'queue.counts', filter ? { filter } : {}, token)
  }
  for (const who of [people.busy, people.quiet]) {
    const user = await userOf(who.token)
    await add(`queue page + counts, ${who.role} (${who.openTasks} open)`, queueCall(who.token), queueFloor(user))
  }

  // Search: a document-number prefix and a customer-name prefix, in the busy role's queue and in 客户档案.
  const busyUser = await userOf(people.busy.token)
  const sample = (await em.query(`SELECT doc_no, customer_name FROM tasks WHERE closed_at IS NULL AND role = ? LIMIT 1`, [people.busy.role]))[0] as { doc_no: string; customer_name: string }
  const byNumber: QueueFilter = { search: sample.doc_no.slice(0, 10) }
  const byName: QueueFilter = { search: sample.customer_name.slice(0, 2) }
  await add(`search queue by number "${byNumber.search}"`, queueCall(people.busy.token, byNumber), queueFloor(busyUser, byNumber))
  await add(`search queue by customer "${byName.search}"`, queueCall(people.busy.token, byName), queueFloor(busyUser, byName))
  await add(`search customers by name "${byName.search}"`, () => ok(ws, 'customers.list', { search: byName.search }, people.reader), null)

  // The ledger: one month and one whole year, and a year filtered by its biggest customer.
  const year = (await em.query(`SELECT max(substr(signed_on, 1, 4)) AS y FROM contracts`))[0].y as string
  const month = `${year}-06`
  const bigCustomer = (await em.query(`SELECT customer_id FROM contracts GROUP BY customer_id ORDER BY count(*) DESC LIMIT 1`))[0].customer_id as number
  const ledgerFloor = (filter: object) => () => {
    floor.query(ledgerRowsQuery(em as EntityManager, filter).limit(50))
    floor.query(ledgerTotalsQuery(em as EntityManager, filter))
  }
  for (const [label, filter] of [[`ledger month ${month}`, { period: month }], [`ledger year ${year}`, { period: year }], [`ledger year ${year}, biggest customer`, { period: year, customerId: bigCustomer }]] as const)
    await add(label, () => ok(ws, 'ledger.list', { filter }, people.reader), ledgerFloor(filter))
  await add(`ledger export .xlsx, year ${year}`, () => ok(ws, 'ledger.export', { filter: { period: year } }, people.reader), () => floor.query(ledgerRowsQuery(em as EntityManager, { period: year })), Math.max(3, Math.floor(runs / 20)))

  // One approval end to end (validation, engine, R20, tasks, audit, the returned view), each on another document.
  const approvals = await pendingApprovals(ws, Math.min(runs + 5, 400))
  await add(
    `approve (documents.act), ${approvals.length} documents`,
    (i) => {
      const a = approvals[i % approvals.length]!
      return ok(ws, 'documents.act', { id: a.documentId, version: a.version, action: 'approve' }, a.token)
    },
    null,
    Math.max(1, approvals.length - 5),
  )
  return results
}
