import type { EntityManager } from 'typeorm'
import { startSession } from '../electron/core/auth/sessions'
import { driverQuery } from '../electron/core/db/driver-query'
import { creditCheck } from '../electron/core/credit/credit-check'
import type { OpenedWorkstation } from '../electron/core/open-workstation'
import type { Result } from './core-operations'
import type { RawFloor } from './floors'
import { wanted } from './selection'
import type { StatementRecorder, Statement } from './statement-recorder'
import { measurePair } from './stats'

// Issue 11's writes in the bench: recording a payment with two allocations (R14) and saving and
// submitting a production notice with the prepayment gate checked (R6), each through the router and
// beside the replay of the very statements it sent on the frozen copy (as the approve row does).

export interface MoneyFixture {
  financeToken: string
  plannerToken: string
  /** A customer with two signed contracts that each still lack money. */
  payTo: { customerId: number; contracts: [number, number] } | null
  /** Signed contracts whose prepayment is in and that have no notice yet, with the lines a notice asks for (all that remains). */
  toSchedule: Array<{ contractId: number; lines: Array<{ contractLineNo: number; quantity: number; requiredDate: string }> }>
  clerkToken: string
  /** Signed contracts (not zero-credit) with nothing dispatched whose first line's product is in stock: a note of 1 each. */
  toDispatch: number[]
  /** Issue 12's credit check (R9) is measured for the customer with the most payments and dispatch notes. */
  biggest: { customerId: number; payments: number; notes: number } | null
  warehouseToken: string
  /** Approved dispatch notes whose line 1 lacks ≥ 1 and whose product is in stock: an outbound slip of 1 each (R10). */
  toPost: number[]
}

/** The generated office's last day: its acceptance bills and dispatch notes are current then. */
const OFFICE_TODAY = '2026-11-20'

// eslint-disable-next-line @typescript-eslint/no-explicit-any
const rows = (em: EntityManager, sql: string, params: Record<string, unknown> = {}): Promise<any[]> => em.query(...driverQuery(em, sql, params))
const collected = `(SELECT COALESCE(SUM(pa.direction * pa.amount_fen), 0) FROM payment_allocations pa WHERE pa.contract_id = c.document_id)`

/** Picked before the approve copy is frozen, so the copy has the sessions and the same rows. */
export async function moneyFixture(ws: OpenedWorkstation, runs: number): Promise<MoneyFixture> {
  return ws.database.transaction(async (em) => {
    const holder = async (role: string) => (await rows(em, `SELECT user_id FROM user_roles WHERE role = :role ORDER BY user_id LIMIT 1`, { role }))[0].user_id as number
    const lacking = await rows(
      em,
      `SELECT c.customer_id, c.document_id FROM contracts c JOIN documents d ON d.id = c.document_id
       WHERE d.state IN ('approved', 'scheduled') AND c.amount_fen - ${collected} >= :need ORDER BY c.customer_id, c.document_id`,
      { need: runs * 100 },
    )
    const byCustomer = new Map<number, number[]>()
    for (const r of lacking) byCustomer.set(Number(r.customer_id), [...(byCustomer.get(Number(r.customer_id)) ?? []), Number(r.document_id)])
    const pair = [...byCustomer.entries()].find(([, ids]) => ids.length >= 2)
    const toSchedule = await rows(
      em,
      `SELECT c.document_id FROM contracts c JOIN documents d ON d.id = c.document_id
       WHERE d.state = 'approved' AND ${collected} >= c.prepayment_fen
         AND NOT EXISTS (SELECT 1 FROM production_notices n WHERE n.contract_id = c.document_id)
       ORDER BY c.document_id LIMIT :limit`,
      { limit: runs },
    )
    // What the planner's screen already holds (productionNotices.remaining) when 保存并提交 is pressed: read here, not in the measured call.
    const linesOf = async (contractId: number) =>
      (await rows(em, `SELECT line_no, quantity FROM contract_lines WHERE document_id = :id ORDER BY line_no`, { id: contractId }))
        .map((l) => ({ contractLineNo: Number(l.line_no), quantity: Number(l.quantity), requiredDate: '2026-12-31' }))
    const scheduled: MoneyFixture['toSchedule'] = []
    for (const r of toSchedule) scheduled.push({ contractId: Number(r.document_id), lines: await linesOf(Number(r.document_id)) })
    const [big] = await rows(
      em,
      `SELECT p.customer_id, count(*) AS payments, (SELECT count(*) FROM dispatch_notes n WHERE n.customer_id = p.customer_id) AS notes
       FROM payments p GROUP BY p.customer_id ORDER BY count(*) DESC, p.customer_id LIMIT 1`,
    )
    // Stock available counts reservations; submits reserve nothing, so each note of one unit fits while on hand > reserved.
    const toDispatch = await rows(
      em,
      `SELECT c.document_id FROM contracts c JOIN documents d ON d.id = c.document_id JOIN customers cu ON cu.id = c.customer_id
         JOIN contract_lines l ON l.document_id = c.document_id AND l.line_no = 1 JOIN stock_on_hand s ON s.product_id = l.product_id
       WHERE d.state IN ('approved', 'scheduled') AND cu.credit_limit_fen > 0 AND cu.rating <> 'E' AND s.quantity >= :runs
         AND NOT EXISTS (SELECT 1 FROM dispatch_notes n WHERE n.contract_id = c.document_id)
       ORDER BY c.document_id LIMIT :runs`,
      { runs },
    )
    // R10: approved notes, line 1 still lacking, its product on hand; not a zero-credit customer's (R2: those
    // post only against money received, which the ten-year office's may lack by then). Their validity is moved past the bench's
    // real today (the generated office ends on OFFICE_TODAY), so the posting measured is not an expiry refusal.
    const toPost = (
      await rows(
        em,
        `SELECT n.document_id FROM dispatch_notes n JOIN documents d ON d.id = n.document_id
           JOIN dispatch_note_lines l ON l.document_id = n.document_id AND l.line_no = 1 JOIN stock_on_hand s ON s.product_id = l.product_id
           JOIN customers cu ON cu.id = n.customer_id
         WHERE d.state IN ('approved', 'partlyPosted') AND cu.rating <> 'E' AND cu.credit_limit_fen > 0 AND d.closed_at IS NULL AND l.quantity > l.posted_quantity AND s.quantity >= :runs
         ORDER BY n.document_id LIMIT :runs`,
        { runs },
      )
    ).map((r) => Number(r.document_id))
    for (const id of toPost) await rows(em, `UPDATE dispatch_notes SET valid_until = '2099-12-31' WHERE document_id = :id`, { id })
    const at = new Date()
    return {
      warehouseToken: await startSession(em, await holder('warehouse'), at),
      toPost,
      clerkToken: await startSession(em, await holder('sales_clerk'), at),
      toDispatch: toDispatch.map((r) => Number(r.document_id)),
      biggest: big ? { customerId: Number(big.customer_id), payments: Number(big.payments), notes: Number(big.notes) } : null,
      financeToken: await startSession(em, await holder('finance'), at),
      plannerToken: await startSession(em, await holder('planner'), at),
      payTo: pair ? { customerId: pair[0], contracts: [pair[1][0]!, pair[1][1]!] } : null,
      toSchedule: scheduled,
    }
  })
}

async function ok(ws: OpenedWorkstation, method: string, input: unknown, token: string): Promise<{ header: { id: number; version: number } }> {
  const { envelope } = await ws.dispatch(method, input, token)
  if (!envelope.ok) throw new Error(`${method}: ${envelope.error.code} ${envelope.error.message}`)
  return envelope.data as { header: { id: number; version: number } }
}

export async function moneyOperations(ws: OpenedWorkstation, approveFloor: RawFloor, recorder: StatementRecorder, money: MoneyFixture, runs: number): Promise<Result[]> {
  const results: Result[] = []
  const replayed = async (operation: string, n: number, work: (i: number) => Promise<unknown>) => {
    if (!wanted(operation)) return
    const recorded: Statement[][] = []
    const timing = await measurePair(n, async (i) => void (recorded[i] = await recorder.record(() => work(i))), (i) => approveFloor.replay(recorded[i]!), 0)
    results.push({ operation, ...timing })
  }
  if (money.payTo) {
    const { customerId, contracts } = money.payTo
    await replayed(`record a payment with two allocations (payments.record), ${runs} payments`, runs, (i) =>
      ok(ws, 'payments.record', {
        customerId, receivedOn: '2026-11-20', amountFen: 300, method: { kind: 'transfer', bank: '工商银行', reference: `BENCH${i}` },
        allocations: contracts.map((contractId) => ({ contractId, amountFen: 100 })),
      }, money.financeToken),
    )
  }
  if (money.toSchedule.length) {
    await replayed(`save and submit a production notice, prepayment gate checked, ${money.toSchedule.length} notices`, money.toSchedule.length, async (i) => {
      const { contractId, lines } = money.toSchedule[i]!
      const saved = await ok(ws, 'productionNotices.save', { contractId, lines }, money.plannerToken)
      return ok(ws, 'documents.act', { id: saved.header.id, version: saved.header.version, action: 'submit' }, money.plannerToken)
    })
  }
  if (money.toDispatch.length) {
    // R8 within contract and stock, R9's credit check at submit (the GM's step where over the limit).
    await replayed(`save and submit a dispatch note, credit checked, ${money.toDispatch.length} notes`, money.toDispatch.length, async (i) => {
      const saved = await ok(ws, 'dispatchNotes.save', {
        contractId: money.toDispatch[i]!, deliveryAddress: '上海市浦东新区张江路 100 号', contactName: '赵经理', contactPhone: '13800000000', carrier: '德邦物流',
        validUntil: '2099-12-31', lines: [{ contractLineNo: 1, quantity: 1 }],
      }, money.clerkToken)
      return ok(ws, 'documents.act', { id: saved.header.id, version: saved.header.version, action: 'submit' }, money.clerkToken)
    })
  }
  if (money.biggest) {
    const { customerId, payments, notes } = money.biggest
    // R9 as a dispatch note's submit runs it: the customer, every exposure term, overdue; one read.
    await replayed(`credit check (R9), biggest customer (${payments} payments, ${notes} dispatch notes)`, runs, () =>
      ws.database.read((em) => creditCheck(em, { customerId, today: OFFICE_TODAY, excludeNoteId: 0, noteFen: 100 })),
    )
  }
  if (money.toPost.length) {
    // R10: the slip of 1 from line 1, stock lowered in the transaction, the note and contract moved, R9 re-checked.
    await replayed(`post an outbound slip (outboundSlips.post), ${money.toPost.length} slips`, money.toPost.length, (i) =>
      ok(ws, 'outboundSlips.post', { dispatchNoteId: money.toPost[i]!, postedOn: OFFICE_TODAY, lines: [{ noteLineNo: 1, quantity: 1 }] }, money.warehouseToken),
    )
  }
  // The warehouse's 待办 (approved notes to post, inbound slips to sign), first page.
  await replayed(`warehouse queue (queue.list todo as warehouse)`, runs, () => ok(ws, 'queue.list', { tab: 'todo' }, money.warehouseToken))
  return results
}
