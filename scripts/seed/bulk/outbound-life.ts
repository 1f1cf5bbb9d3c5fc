import type BetterSqlite3 from 'better-sqlite3'
import { EXPOSURE_TERMS } from '../../../electron/core/credit/exposure'
import { afterWorkingHours, dayOf, dayText } from '../calendar'
import { Random } from '../random'
import type { LiveDocument } from './bulk-engine'
import { GoodsRows } from './goods-rows'
import { startGatePass } from './gate-pass-life'
import type { LineInsert } from './office-rows'
import { startWorkOrder } from './work-order-life'
import { startInvoice } from './invoice-life'
import { count, type OfficeContext } from './office-context'
import { startSignBack } from './sign-back-life'
import { OVERDUE_OF_CUSTOMER } from '../../../electron/core/doc-types/outbound-slip/sign-back/receivable-sql'

// Issue 12, the outbound slip (R10): most approved dispatch notes are posted by the warehouse within their
// validity, some in two slips (partial outbound: about half first, the rest a day or two later); the rest
// expire (dispatch-life.ts). Posting is the core's: the slip is made from the note and submitted with R9's
// re-check as its facts (the core's exposure terms run on the office being written; the general manager
// approves first when the note is over the limit now and was not approved by him), and when its chain
// completes each line takes stock out, the note line's posted quantity grows, the note goes 部分出库 /
// 已出库 and the contract 部分发货 / 已发货. The generator fills each contract with one note, so the
// contract is shipped exactly when its note is posted. Draws from a stream of its own.

interface OutboundState { random: Random; rows: GoodsRows; s: Record<string, BetterSqlite3.Statement> }
const states = new WeakMap<OfficeContext, OutboundState>()
function outbound(ctx: OfficeContext): OutboundState {
  let state = states.get(ctx)
  if (!state) {
    const p = (sql: string) => ctx.rows.sqlite.prepare(sql)
    state = {
      random: new Random(0x0cb0d ^ Math.floor(ctx.end / 60_000)),
      rows: new GoodsRows(ctx.rows.sqlite),
      s: {
        slip: p(`INSERT INTO outbound_slips (document_id, dispatch_note_id, contract_id, customer_id, posted_on, remark) VALUES (@documentId, @noteId, @contractId, @customerId, @postedOn, NULL)`),
        line: p(`INSERT INTO outbound_slip_lines (document_id, line_no, note_line_no, product_id, product_code, product_name, spec, unit, quantity, unit_price_fen, amount_fen)
          VALUES (@documentId, @lineNo, @noteLineNo, @productId, @productCode, @productName, @spec, @unit, @quantity, @unitPriceFen, @amountFen)`),
        posted: p(`UPDATE dispatch_note_lines SET posted_quantity = posted_quantity + @quantity WHERE document_id = @noteId AND line_no = @lineNo`),
        customer: p(`SELECT c.id, c.credit_limit_fen FROM dispatch_notes n JOIN customers c ON c.id = n.customer_id WHERE n.document_id = ?`),
        ...Object.fromEntries(EXPOSURE_TERMS.filter((t) => t.sql).map((t) => [`term_${t.key}`, p(t.sql!)])),
        overdue: p(OVERDUE_OF_CUSTOMER),
      },
    }
    states.set(ctx, state)
  }
  return state
}

const hoursLater = (ctx: OfficeContext, at: number, hours: number) => afterWorkingHours(at, hours, outbound(ctx).random)

export interface NoteToShip {
  note: LiveDocument
  contract: LiveDocument
  validUntil: string
  /** The note's lines in order (line n is lines[n − 1]), with what is posted on each so far. */
  lines: Array<{ line: LineInsert; posted: number }>
}

/** An approved dispatch note: the warehouse posts it (most), in one slip or two. */
export function startOutbound(ctx: OfficeContext, ship: NoteToShip, atMs: number): void {
  const { random } = outbound(ctx)
  if (!random.chance(0.85)) return
  ctx.queue.schedule(hoursLater(ctx, atMs, random.logNormal(10, 0.7)), (t) => post(ctx, ship, t, random.chance(0.25)))
}

function post(ctx: OfficeContext, ship: NoteToShip, at: number, partial: boolean): void {
  const { random, rows, s } = outbound(ctx)
  const today = dayText(dayOf(at))
  if (!['approved', 'partlyPosted'].includes(ship.note.state) || ship.validUntil < today) return
  const wanted = ship.lines.map((l, i) => {
    const remaining = l.line.quantity - l.posted
    return { noteLineNo: i + 1, l, quantity: partial && remaining >= 2 ? Math.ceil(remaining / 2) : remaining }
  }).filter((w) => w.quantity > 0)
  if (wanted.length === 0) return
  // R9 again at posting (outbound-credit.ts): exposure without the note + what is still to ship on it.
  const customer = s.customer!.get(ship.note.id) as { id: number; credit_limit_fen: number }
  const scope = { customerId: customer.id, today, exclude: ship.note.id }
  const exposure = EXPOSURE_TERMS.filter((t) => t.sql).reduce((sum, t) => sum + Number((s[`term_${t.key}`]!.get(scope) as { fen: number | null }).fen ?? 0), 0)
  const unshipped = ship.lines.reduce((sum, l) => sum + (l.line.quantity - l.posted) * l.line.unitPriceFen, 0)
  const gmApproved = (ship.note.route ?? []).some((e) => (e.signatures ?? []).some((g) => g.role === 'general_manager'))
  const limit = Number(customer.credit_limit_fen)
  // R9, R16: anything overdue sends it to the GM too (exposure.ts exposureAndOverdue).
  const overdue = Number((s.overdue!.get({ customerId: customer.id, today }) as { fen: number | null }).fen ?? 0) > 0
  const recheckFailed = ((limit > 0 && exposure + unshipped > limit) || overdue) && !gmApproved

  const warehouse = ctx.people.signer(random, 'warehouse', [])
  const amountFen = wanted.reduce((sum, w) => sum + w.quantity * w.l.line.unitPriceFen, 0)
  const names = [...new Set(wanted.map((w) => w.l.line.productName))]
  const slip = ctx.engine.create('outboundSlip', { title: `出库 ${names.slice(0, 2).join('、')}${names.length > 2 ? ' 等' : ''}`, customerName: ship.note.customerName, amountFen }, warehouse, at, [
    { id: ship.note.id, kind: 'madeFrom' },
  ])
  s.slip!.run({ documentId: slip.id, noteId: ship.note.id, contractId: ship.contract.id, customerId: customer.id, postedOn: today })
  wanted.forEach((w, i) =>
    s.line!.run({
      documentId: slip.id, lineNo: i + 1, noteLineNo: w.noteLineNo, productId: w.l.line.productId, productCode: w.l.line.productCode, productName: w.l.line.productName,
      spec: w.l.line.spec, unit: w.l.line.unit, quantity: w.quantity, unitPriceFen: w.l.line.unitPriceFen, amountFen: w.quantity * w.l.line.unitPriceFen,
    }),
  )
  // outbound-slip-kind onApproved: post-outbound.ts.
  const onApproved = (posted: LiveDocument, atIso: string) => {
    if (!['approved', 'partlyPosted'].includes(ship.note.state)) throw new Error(`${posted.docNo}: its note ${ship.note.docNo} is ${ship.note.state}`)
    for (const w of wanted) {
      rows.moveStock({ productId: w.l.line.productId, quantity: -w.quantity, documentId: posted.id, docType: 'outboundSlip', docNo: posted.docNo, at: atIso })
      s.posted!.run({ quantity: w.quantity, noteId: ship.note.id, lineNo: w.noteLineNo })
      w.l.posted += w.quantity
    }
    const complete = ship.lines.every((l) => l.posted >= l.line.quantity)
    const event = complete ? 'outboundCompleted' : 'outboundPosted'
    const t = Date.parse(atIso)
    ctx.engine.advance(ship.note, event, posted.drafter, t, 'outbound')
    ctx.engine.advance(ship.contract, event, posted.drafter, t, 'outbound')
    count(ctx, 'outbound slips posted')
    // R11: finance waits for the customer's signed copy.
    startSignBack(ctx, { slip: posted, contractId: ship.contract.id, customerId: customer.id, postedOn: today }, atIso)
    startGatePass(ctx, posted, atIso)
    if (!complete) ctx.queue.schedule(hoursLater(ctx, t, random.logNormal(12, 0.6)), (t2) => post(ctx, ship, t2, false))
    else {
      startWorkOrder(ctx, ship.contract, t)
      startInvoice(ctx, ship.contract, t)
    }
  }
  ctx.engine.act(slip, 'submit', warehouse, at, { facts: { amountFen, creditRecheckFailed: recheckFailed, creditBlocked: false }, onApproved })
  count(ctx, partial ? 'outbound slips partial' : 'outbound slips')
  if (slip.state === 'pending') {
    count(ctx, 'outbound slips to the GM at posting (credit re-check)')
    ctx.queue.schedule(hoursLater(ctx, at, random.logNormal(4, 0.8)), (t) => {
      const { role, assigneeUserId } = ctx.engine.currentSigner(slip)
      const gm = assigneeUserId !== null ? ctx.people.byId(assigneeUserId) : ctx.people.signer(random, role, [slip.drafter.id])
      // Past the note's validity by then, the goods stay in: the GM's approval would be refused (DISPATCH_EXPIRED); he rejects it.
      if (ship.validUntil < dayText(dayOf(t))) return ctx.engine.act(slip, 'reject', gm, t, { comment: '发货单已过期，请重新开具' })
      ctx.engine.act(slip, 'approve', gm, t, { comment: '同意出库，督促回款', onApproved })
    })
  }
}
