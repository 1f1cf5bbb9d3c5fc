import type { EntityManager } from 'typeorm'
import { startSession } from '../electron/core/auth/sessions'
import { driverQuery } from '../electron/core/db/driver-query'
import type { OpenedWorkstation } from '../electron/core/open-workstation'
import type { Result } from './core-operations'
import type { RawFloor } from './floors'
import type { StatementRecorder, Statement } from './statement-recorder'
import { measurePair } from './stats'

// Issue 14's invoice request in the bench (R15): saving and submitting a request with the threshold
// checked (collected × 100 ≥ amount × threshold, the shipped and contract limits) through the router,
// and the request refused below the threshold; each beside the raw replay of the statements it sent on
// the frozen copy (as money-operations.ts does).

export interface InvoiceFixture {
  clerkToken: string
  /** Signed contracts at ≥ 60 % collected with ≥ 1 fen shipped and not yet invoiced or requested: a request of 1 fen each. */
  toInvoice: number[]
  /** Signed contracts below 60 % collected: the request is refused (INVOICE_THRESHOLD_NOT_MET). */
  belowThreshold: number[]
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
const rows = (em: EntityManager, sql: string, params: Record<string, unknown> = {}): Promise<any[]> => em.query(...driverQuery(em, sql, params))
const collected = `(SELECT COALESCE(SUM(pa.direction * pa.amount_fen), 0) FROM payment_allocations pa WHERE pa.contract_id = c.document_id)`
const shipped = `(SELECT COALESCE(SUM(sd.amount_fen), 0) FROM outbound_slips os JOIN documents sd ON sd.id = os.document_id WHERE os.contract_id = c.document_id AND sd.state = 'approved')`
const claimed = `(SELECT COALESCE(SUM(CASE WHEN ir.invoice_no IS NULL THEN ir.amount_fen ELSE ir.invoiced_fen - ir.red_fen END), 0)
  FROM invoice_requests ir JOIN documents rd ON rd.id = ir.document_id WHERE ir.contract_id = c.document_id AND rd.state IN ('pending', 'approved', 'invoiced', 'redReversed'))`

/** Picked before the approve copy is frozen, so the copy has the session and the same rows. */
export async function invoiceFixture(ws: OpenedWorkstation, runs: number): Promise<InvoiceFixture> {
  return ws.database.transaction(async (em) => {
    const signed = `d.state IN ('approved', 'scheduled', 'partlyShipped', 'shipped') AND d.closed_at IS NULL`
    const toInvoice = await rows(
      em,
      `SELECT c.document_id FROM contracts c JOIN documents d ON d.id = c.document_id
       WHERE ${signed} AND ${collected} * 100 >= c.amount_fen * 60 AND ${shipped} - ${claimed} >= 1 ORDER BY c.document_id LIMIT :runs`,
      { runs },
    )
    const below = await rows(
      em,
      `SELECT c.document_id FROM contracts c JOIN documents d ON d.id = c.document_id
       WHERE ${signed} AND ${collected} * 100 < c.amount_fen * 60 ORDER BY c.document_id LIMIT :runs`,
      { runs },
    )
    const [clerk] = await rows(em, `SELECT user_id FROM user_roles WHERE role = 'sales_clerk' ORDER BY user_id LIMIT 1`)
    return {
      clerkToken: await startSession(em, Number(clerk.user_id), new Date()),
      toInvoice: toInvoice.map((r) => Number(r.document_id)),
      belowThreshold: below.map((r) => Number(r.document_id)),
    }
  })
}

async function dispatch(ws: OpenedWorkstation, method: string, input: unknown, token: string, refusal?: string): Promise<{ header: { id: number; version: number } }> {
  const { envelope } = await ws.dispatch(method, input, token)
  if (refusal) {
    if (envelope.ok || envelope.error.code !== refusal) throw new Error(`${method}: expected ${refusal}, got ${envelope.ok ? 'ok' : envelope.error.code}`)
    return { header: { id: 0, version: 0 } }
  }
  if (!envelope.ok) throw new Error(`${method}: ${envelope.error.code} ${envelope.error.message}`)
  return envelope.data as { header: { id: number; version: number } }
}

export async function invoiceOperations(ws: OpenedWorkstation, approveFloor: RawFloor, recorder: StatementRecorder, fixture: InvoiceFixture): Promise<Result[]> {
  const results: Result[] = []
  const replayed = async (operation: string, n: number, work: (i: number) => Promise<unknown>) => {
    const recorded: Statement[][] = []
    const timing = await measurePair(n, async (i) => void (recorded[i] = await recorder.record(() => work(i))), (i) => approveFloor.replay(recorded[i]!), 0)
    results.push({ operation, ...timing })
  }
  const { clerkToken, toInvoice, belowThreshold } = fixture
  if (toInvoice.length) {
    await replayed(`invoice request (threshold check): save and submit (invoices.save), ${toInvoice.length} requests`, toInvoice.length, async (i) => {
      const saved = await dispatch(ws, 'invoices.save', { contractId: toInvoice[i]!, amountFen: 1 }, clerkToken)
      return dispatch(ws, 'documents.act', { id: saved.header.id, version: saved.header.version, action: 'submit' }, clerkToken)
    })
  }
  if (belowThreshold.length) {
    await replayed(`invoice request refused below the threshold (INVOICE_THRESHOLD_NOT_MET), ${belowThreshold.length} contracts`, belowThreshold.length, (i) =>
      dispatch(ws, 'invoices.save', { contractId: belowThreshold[i]!, amountFen: 1 }, clerkToken, 'INVOICE_THRESHOLD_NOT_MET'),
    )
  }
  return results
}
