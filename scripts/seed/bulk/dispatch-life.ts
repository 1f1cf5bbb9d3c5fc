import type BetterSqlite3 from 'better-sqlite3'
import { EXPOSURE_TERMS } from '../../../electron/core/credit/exposure'
import { BLOCK_RATING } from '../../../electron/core/credit/credit-check'
import { RESERVED_BY_PRODUCT_SQL } from '../../../electron/core/doc-types/dispatch-note/dispatch-stock'
import { POST_OUTBOUND } from '../../../electron/core/doc-types/outbound-slip/outbound-task'
import { afterWorkingHours, dayOf, dayText } from '../calendar'
import { Random } from '../random'
import type { LiveDocument, Person } from './bulk-engine'
import type { LineInsert } from './office-rows'
import { count, type OfficeContext } from './office-context'
import { startOutbound } from './outbound-life'
import { OVERDUE_OF_CUSTOMER } from '../../../electron/core/doc-types/outbound-slip/sign-back/receivable-sql'

// Issue 12, first part (R8, R9): once a contract's goods are in stock, the sales clerk fills a dispatch
// note for them (valid 7 days) and submits it; the credit check's facts are the core's own queries
// (credit/exposure.ts, the stock reservation) run on the office being written, so the general manager's
// step appears exactly where the engine would put it. The manager approves within hours, the GM when the
// note is over the customer's limit. A zero-credit customer's note waits for the money (R2): the clerk
// tries again some days later. The warehouse posts most approved notes (outbound-life.ts); past its
// valid-until day the daily run files the rest 已过期. Notes of the last days are still in the queues.
//
// Draws from a stream of its own: the rest of the office is generated exactly as before. Blocked
// customers (rating E) do not occur: the generator's credit changes never rate E (a refused submit writes nothing anyway).

interface DispatchState { random: Random; s: Record<string, BetterSqlite3.Statement> }
const states = new WeakMap<OfficeContext, DispatchState>()
function dispatch(ctx: OfficeContext): DispatchState {
  let state = states.get(ctx)
  if (!state) {
    const p = (sql: string) => ctx.rows.sqlite.prepare(sql)
    state = {
      random: new Random(0xd15a7c ^ Math.floor(ctx.end / 60_000)),
      s: {
        note: p(`INSERT INTO dispatch_notes (document_id, contract_id, customer_id, delivery_address, contact_name, contact_phone, carrier, valid_until, remark)
          VALUES (@documentId, @contractId, @customerId, @deliveryAddress, @contactName, @contactPhone, @carrier, @validUntil, NULL)`),
        line: p(`INSERT INTO dispatch_note_lines (document_id, line_no, contract_line_no, product_id, product_code, product_name, spec, unit, quantity, posted_quantity,
          unit_price_fen, amount_fen) VALUES (@documentId, @lineNo, @contractLineNo, @productId, @productCode, @productName, @spec, @unit, @quantity, 0, @unitPriceFen, @amountFen)`),
        customer: p(`SELECT c.id, c.rating, c.credit_limit_fen, c.address, c.contacts FROM contracts k JOIN customers c ON c.id = k.customer_id WHERE k.document_id = ?`),
        reserved: p(`SELECT coalesce(s.quantity, 0) - coalesce((SELECT r.reserved FROM (${RESERVED_BY_PRODUCT_SQL}) r WHERE r.product_id = :productId), 0) AS available
          FROM (SELECT :productId AS product_id) x LEFT JOIN stock_on_hand s ON s.product_id = x.product_id`),
        money: p(`SELECT coalesce(sum(p.amount_fen), 0) AS fen FROM payments p JOIN documents d ON d.id = p.document_id
          WHERE p.customer_id = :customerId AND coalesce(p.reverses_payment_id, 0) = 0 AND d.state = 'approved' AND (p.method <> 'bill' OR p.bill_due_on <= :today)`),
        shipped: p(`SELECT coalesce(sum(l.quantity * l.unit_price_fen), 0) AS fen FROM dispatch_notes n JOIN documents d ON d.id = n.document_id
          JOIN dispatch_note_lines l ON l.document_id = n.document_id WHERE n.customer_id = :customerId AND d.state IN ('approved', 'partlyPosted') AND n.valid_until >= :today`),
        ...Object.fromEntries(EXPOSURE_TERMS.filter((t) => t.sql).map((t) => [`term_${t.key}`, p(t.sql!)])),
        overdue: p(OVERDUE_OF_CUSTOMER),
      },
    }
    states.set(ctx, state)
  }
  return state
}

const CARRIERS = ['德邦物流', '顺丰快运', '安能物流', '中通快运', '客户自提', '本公司车辆']
const hoursLater = (ctx: OfficeContext, at: number, hours: number) => afterWorkingHours(at, hours, dispatch(ctx).random)

interface Note { contract: LiveDocument; lines: LineInsert[]; tries: number }

/** The goods of a contract are in stock: the clerk will fill its dispatch note (most contracts). */
export function startDispatch(ctx: OfficeContext, contract: LiveDocument, lines: LineInsert[], atMs: number): void {
  const { random } = dispatch(ctx)
  if (!random.chance(0.9)) return
  ctx.queue.schedule(hoursLater(ctx, atMs, random.logNormal(16, 0.7)), (t) => fill(ctx, { contract, lines, tries: 0 }, t))
}

function one(st: BetterSqlite3.Statement, params: Record<string, unknown>): number {
  const row = st.get(params) as { fen?: number | null; available?: number | null }
  return Number(row.fen ?? row.available ?? 0)
}

function retry(ctx: OfficeContext, note: Note, at: number, outcome: string): void {
  count(ctx, outcome)
  if (note.tries < 3) ctx.queue.schedule(hoursLater(ctx, at, 8 * 5), (t) => fill(ctx, { ...note, tries: note.tries + 1 }, t))
}

function fill(ctx: OfficeContext, note: Note, at: number): void {
  const { random, s } = dispatch(ctx)
  if (!['approved', 'scheduled'].includes(note.contract.state)) return
  const today = dayText(dayOf(at))
  const customer = s.customer!.get(note.contract.id) as { id: number; rating: string; credit_limit_fen: number; address: string; contacts: string }
  if (customer.rating === BLOCK_RATING) return
  // R8: the whole contract, when stock available covers every line (else the clerk waits for more goods).
  if (note.lines.some((l) => one(s.reserved!, { productId: l.productId, today, exclude: 0 }) < l.quantity)) return retry(ctx, note, at, 'dispatch notes waiting for stock')
  const amountFen = note.lines.reduce((sum, l) => sum + l.quantity * l.unitPriceFen, 0)
  const scope = { customerId: customer.id, today, exclude: 0 }
  const zeroCredit = Number(customer.credit_limit_fen) === 0
  // R2: a zero-credit customer ships against money received.
  if (zeroCredit && one(s.shipped!, scope) + amountFen > one(s.money!, scope)) return retry(ctx, note, at, 'dispatch notes waiting for money (zero credit)')
  const exposure = EXPOSURE_TERMS.filter((t) => t.sql).reduce((sum, t) => sum + one(s[`term_${t.key}`]!, scope), 0)
  const overLimit = !zeroCredit && exposure + amountFen > Number(customer.credit_limit_fen)
  // R9, R16: a receivable unpaid past its due date (exposure.ts exposureAndOverdue).
  const overdue = one(s.overdue!, { customerId: customer.id, today }) > 0

  const clerk = ctx.people.signer(random, 'sales_clerk', [])
  const doc = ctx.engine.create('dispatchNote', { title: `发货 ${note.contract.customerName ?? ''}`.trim(), customerName: note.contract.customerName, amountFen }, clerk, at, [
    { id: note.contract.id, kind: 'madeFrom' },
  ])
  const contact = (JSON.parse(customer.contacts || '[]') as Array<{ name?: string; phone?: string }>)[0] ?? {}
  const validUntil = dayText(dayOf(at) + 7)
  s.note!.run({
    documentId: doc.id, contractId: note.contract.id, customerId: customer.id, deliveryAddress: customer.address, contactName: contact.name ?? '采购',
    contactPhone: contact.phone ?? '—', carrier: random.pick(CARRIERS), validUntil,
  })
  note.lines.forEach((l, i) =>
    s.line!.run({
      documentId: doc.id, lineNo: i + 1, contractLineNo: l.lineNo, productId: l.productId, productCode: l.productCode, productName: l.productName, spec: l.spec,
      unit: l.unit, quantity: l.quantity, unitPriceFen: l.unitPriceFen, amountFen: l.quantity * l.unitPriceFen,
    }),
  )
  ctx.engine.act(doc, 'submit', clerk, at, { facts: { amountFen, creditOverLimit: overLimit, creditOverdue: overdue, creditBlocked: false } })
  count(ctx, 'dispatch notes')
  if (overLimit) count(ctx, 'dispatch notes over the credit limit')
  if (overdue) count(ctx, 'dispatch notes with a receivable overdue')
  ctx.queue.schedule(hoursLater(ctx, at, random.logNormal(3, 0.8)), (t) => approve(ctx, note, doc, validUntil, t))
}

function signer(ctx: OfficeContext, doc: LiveDocument): Person {
  const { role, assigneeUserId } = ctx.engine.currentSigner(doc)
  return assigneeUserId !== null ? ctx.people.byId(assigneeUserId) : ctx.people.signer(dispatch(ctx).random, role, [doc.drafter.id])
}

function approve(ctx: OfficeContext, note: Note, doc: LiveDocument, validUntil: string, at: number): void {
  const { random } = dispatch(ctx)
  ctx.engine.act(doc, 'approve', signer(ctx, doc), at, {
    comment: doc.currentStep === 'gm_credit' ? random.pick(['老客户，同意超额发货', '同意，督促回款', '同意']) : undefined,
    // dispatch-note-kind onApproved (R10): the approved note waits in the warehouse's 待办 (出库).
    onApproved: (approved, when) => ctx.engine.openFollowUp(approved, POST_OUTBOUND, when),
  })
  if (doc.state === 'pending') {
    // R9: over the limit — the general manager decides, usually the same or next day.
    ctx.queue.schedule(hoursLater(ctx, at, random.logNormal(6, 0.8)), (t) => approve(ctx, note, doc, validUntil, t))
    return
  }
  count(ctx, 'dispatch notes approved')
  // R10: the warehouse posts most (outbound-life.ts); what is not posted by its valid-until day the daily run files 已过期 (dispatch-validity.ts).
  startOutbound(ctx, { note: doc, contract: note.contract, validUntil, lines: note.lines.map((line) => ({ line, posted: 0 })) }, at)
  const expireAt = Date.parse(`${dayText(dayOf(Date.parse(`${validUntil}T00:00:00+08:00`)) + 1)}T01:00:00+08:00`)
  // A note approved after its validity (the GM decided late) is filed at once, never before its approval.
  ctx.queue.schedule(Math.max(expireAt, at + 60_000), (t) => {
    if (!['approved', 'partlyPosted'].includes(doc.state)) return
    ctx.engine.advance(doc, 'expire', doc.drafter, t)
    count(ctx, 'dispatch notes expired')
  })
}
