import type { EntityManager } from 'typeorm'
import { startSession } from '../electron/core/auth/sessions'
import { driverQuery } from '../electron/core/db/driver-query'
import type { OpenedWorkstation } from '../electron/core/open-workstation'
import type { Result } from './core-operations'
import type { RawFloor } from './floors'
import { wanted } from './selection'
import type { StatementRecorder, Statement } from './statement-recorder'
import { measurePair } from './stats'

// Issue 14's receivables in the bench (R18): the whole aging at ten years (≤ 100 ms; ERPNext's report takes
// minutes at 30k invoices), its .xlsx, the collections chart, and the customer page of the customer with the
// most receivables (one customer's history). Each through the router beside the raw replay of the statements
// it sent (the same SQL on the driver, without TypeORM or the router), as invoice-operations.ts does.

export interface ReceivablesFixture {
  financeToken: string
  /** The customer with the most receivables. */
  busiestCustomer: { id: number; receivables: number } | null
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
const rows = (em: EntityManager, sql: string, params: Record<string, unknown> = {}): Promise<any[]> => em.query(...driverQuery(em, sql, params))

export async function receivablesFixture(ws: OpenedWorkstation): Promise<ReceivablesFixture> {
  return ws.database.transaction(async (em) => {
    const [finance] = await rows(em, `SELECT user_id FROM user_roles WHERE role = 'finance' ORDER BY user_id LIMIT 1`)
    const [busiest] = await rows(em, `SELECT customer_id, count(*) AS n FROM receivables GROUP BY customer_id ORDER BY count(*) DESC, customer_id LIMIT 1`)
    return {
      financeToken: await startSession(em, Number(finance.user_id), new Date()),
      busiestCustomer: busiest ? { id: Number(busiest.customer_id), receivables: Number(busiest.n) } : null,
    }
  })
}

export async function receivablesOperations(ws: OpenedWorkstation, approveFloor: RawFloor, recorder: StatementRecorder, fixture: ReceivablesFixture, runs: number): Promise<Result[]> {
  const results: Result[] = []
  const call = async (method: string, input: unknown) => {
    const { envelope } = await ws.dispatch(method, input, fixture.financeToken)
    if (!envelope.ok) throw new Error(`${method}: ${envelope.error.code} ${envelope.error.message}`)
    return envelope.data
  }
  const replayed = async (operation: string, method: string, input: unknown) => {
    if (!wanted(operation)) return
    const recorded: Statement[][] = []
    const timing = await measurePair(runs, async (i) => void (recorded[i] = await recorder.record(() => call(method, input))), (i) => approveFloor.replay(recorded[i]!), Math.min(5, runs))
    results.push({ operation, ...timing })
  }
  const open = (await ws.database.read((em) => rows(em, `SELECT count(*) AS n FROM contract_receivables WHERE booked_fen > collected_fen`)))[0].n
  await replayed(`receivables aging, everything (receivables.aging), ${Number(open)} contracts owing`, 'receivables.aging', {})
  await replayed('receivables aging .xlsx (receivables.export)', 'receivables.export', {})
  await replayed('collections against shipments, 12 months (receivables.collections)', 'receivables.collections', {})
  const busiest = fixture.busiestCustomer
  if (busiest) await replayed(`customer page with its history (customers.page), ${busiest.receivables} receivables`, 'customers.page', { id: busiest.id })
  return results
}
