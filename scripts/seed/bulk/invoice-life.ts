import type BetterSqlite3 from 'better-sqlite3'
import { RECORD_INVOICE } from '../../../electron/core/doc-types/invoice/invoice-task'
import { DEFAULT_INVOICE_THRESHOLD_PERCENT } from '../../../electron/core/doc-types/invoice/invoice-threshold'
import { afterWorkingHours, dayOf, dayText, iso } from '../calendar'
import { Random } from '../random'
import type { LiveDocument, Person } from './bulk-engine'
import { count, type OfficeContext } from './office-context'

// Issue 14, the invoice request (开票申请, R15): once a contract's goods are all out, a sales clerk (or
// finance) asks for an invoice for what is shipped and not yet invoiced — but only once collected ≥ the
// threshold (integers, 60 %: the generated office issues no other version); until then it is tried again
// weekly (some never reach it). The finance VP approves it (the threshold checked again), finance records
// the tax system's 20-digit number within days (already open at the end: some wait in finance's 待办), and
// a few invoices are reversed by a red letter (R24), half or all. Same rows and events as invoices.save,
// documents.act, invoices.record and invoices.redLetter. Draws from a stream of its own.

interface InvoiceState { random: Random; serial: number; s: Record<string, BetterSqlite3.Statement> }
const states = new WeakMap<OfficeContext, InvoiceState>()
function invoices(ctx: OfficeContext): InvoiceState {
  let state = states.get(ctx)
  if (!state) {
    const p = (sql: string) => ctx.rows.sqlite.prepare(sql)
    state = {
      random: new Random(0x4b50 ^ Math.floor(ctx.end / 60_000)),
      serial: 0,
      s: {
        // The figures invoice-figures.ts reads: collected (contract-money.ts), shipped (ledger), invoiced, requested.
        figures: p(`SELECT c.amount_fen AS amount,
          (SELECT coalesce(sum(pa.direction * pa.amount_fen), 0) FROM payment_allocations pa WHERE pa.contract_id = c.document_id) AS collected,
          (SELECT coalesce(sum(sd.amount_fen), 0) FROM outbound_slips os JOIN documents sd ON sd.id = os.document_id WHERE os.contract_id = c.document_id AND sd.state = 'approved') AS shipped,
          (SELECT coalesce(sum(ir.invoiced_fen - ir.red_fen), 0) FROM invoice_requests ir WHERE ir.contract_id = c.document_id) AS invoiced,
          (SELECT coalesce(sum(ir.amount_fen), 0) FROM invoice_requests ir JOIN documents rd ON rd.id = ir.document_id
             WHERE ir.contract_id = c.document_id AND rd.state IN ('pending', 'approved')) AS requested
          FROM contracts c WHERE c.document_id = ?`),
        body: p(`INSERT INTO invoice_requests (document_id, contract_id, requested_on, amount_fen, note, red_fen) VALUES (@documentId, @contractId, @requestedOn, @amountFen, NULL, 0)`),
        record: p(`UPDATE invoice_requests SET invoice_no = @invoiceNo, issued_on = @issuedOn, invoiced_fen = amount_fen, recorded_at = @at,
          recorded_by_user_id = @userId, recorded_by_name = @userName WHERE document_id = @documentId AND invoice_no IS NULL`),
        red: p(`INSERT INTO invoice_red_letters (request_id, original_no, confirmation_no, red_on, amount_fen, reason, created_at, by_user_id, by_name)
          VALUES (@requestId, @originalNo, @confirmationNo, @redOn, @amountFen, @reason, @at, @userId, @userName)`),
        redFen: p(`UPDATE invoice_requests SET red_fen = red_fen + @amountFen WHERE document_id = @documentId`),
      },
    }
    states.set(ctx, state)
  }
  return state
}

const DAY = 86_400_000
const hoursLater = (ctx: OfficeContext, at: number, hours: number) => afterWorkingHours(at, hours, invoices(ctx).random)
interface Figures { amount: number; collected: number; shipped: number; invoiced: number; requested: number }
const figuresOf = (ctx: OfficeContext, contractId: number): Figures => {
  const r = invoices(ctx).s.figures!.get(contractId) as Record<keyof Figures, number | bigint>
  return { amount: Number(r.amount), collected: Number(r.collected), shipped: Number(r.shipped), invoiced: Number(r.invoiced), requested: Number(r.requested) }
}
/** R15 in integers (contract-money.ts collectedAtLeast). */
const thresholdMet = (f: Figures) => f.collected * 100 >= f.amount * DEFAULT_INVOICE_THRESHOLD_PERCENT

/** A contract whose goods are all out: its invoice request follows (outbound-life.ts calls this). */
export function startInvoice(ctx: OfficeContext, contract: LiveDocument, atMs: number): void {
  const { random } = invoices(ctx)
  ctx.queue.schedule(hoursLater(ctx, atMs, random.logNormal(30, 0.6)), (t) => tryRequest(ctx, contract, t, 0))
}

function tryRequest(ctx: OfficeContext, contract: LiveDocument, at: number, attempt: number): void {
  const { random, s } = invoices(ctx)
  const f = figuresOf(ctx, contract.id)
  if (!thresholdMet(f)) {
    // R15: INVOICE_THRESHOLD_NOT_MET — asked again weekly; after half a year it is left.
    if (attempt === 0) count(ctx, 'invoice requests held by the threshold')
    if (attempt < 26) ctx.queue.schedule(at + 7 * DAY, (t) => tryRequest(ctx, contract, t, attempt + 1))
    return
  }
  const claimed = f.invoiced + f.requested
  const amountFen = Math.min(f.shipped, f.amount) - claimed
  if (amountFen <= 0) return
  const drafter = ctx.people.signer(random, random.chance(0.75) ? 'sales_clerk' : 'finance', [])
  const doc = ctx.engine.create('invoice', { title: `开票 ${contract.customerName ?? ''}`.trim(), customerName: contract.customerName, amountFen }, drafter, at, [
    { id: contract.id, kind: 'madeFrom' },
  ])
  s.body!.run({ documentId: doc.id, contractId: contract.id, requestedOn: dayText(dayOf(at)), amountFen })
  ctx.engine.act(doc, 'submit', drafter, at, { facts: { amountFen } })
  count(ctx, 'invoice requests')
  ctx.queue.schedule(hoursLater(ctx, at, random.logNormal(5, 0.7)), (t) => approve(ctx, doc, contract, t))
}

function approve(ctx: OfficeContext, doc: LiveDocument, contract: LiveDocument, at: number): void {
  const { random } = invoices(ctx)
  const { role, assigneeUserId } = ctx.engine.currentSigner(doc)
  const vp: Person = assigneeUserId !== null ? ctx.people.byId(assigneeUserId) : ctx.people.signer(random, role, [doc.drafter.id])
  // R15 at the approval: money taken back meanwhile refuses it; the finance VP sends it back.
  if (!thresholdMet(figuresOf(ctx, contract.id))) return ctx.engine.act(doc, 'reject', vp, at, { comment: '回款已低于开票条件，待回款后再申请' })
  ctx.engine.act(doc, 'approve', vp, at, { onApproved: (approved, atIso) => ctx.engine.openFollowUp(approved, RECORD_INVOICE, atIso) })
  ctx.queue.schedule(hoursLater(ctx, at, random.logNormal(16, 0.7)), (t) => record(ctx, doc, t))
}

function record(ctx: OfficeContext, doc: LiveDocument, at: number): void {
  const state = invoices(ctx)
  const { random, s } = state
  if (doc.state !== 'approved') return
  const finance = ctx.people.signer(random, 'finance', [])
  // A 数电发票 number: 20 digits, unique in the office (the tax system's; here a serial with the year).
  state.serial += 1
  const invoiceNo = `${dayText(dayOf(at)).slice(2, 4)}312000${String(state.serial).padStart(12, '0')}`
  const atIso = iso(at)
  s.record!.run({ documentId: doc.id, invoiceNo, issuedOn: dayText(dayOf(at)), at: atIso, userId: finance.id, userName: finance.name })
  ctx.engine.audit(atIso, finance, 'finance', 'invoice.record', doc.id, doc.docNo, null, null, `发票 ${invoiceNo}`,
    JSON.stringify({ invoiceNo, issuedOn: dayText(dayOf(at)), amountFen: doc.amountFen }))
  ctx.engine.advance(doc, 'invoiceRecorded', finance, at, 'record')
  count(ctx, 'invoices recorded')
  // R24: a few are reversed by a red letter within weeks, half (a partial return) or all (a wrong title).
  if (random.chance(0.04)) ctx.queue.schedule(hoursLater(ctx, at, random.between(16, 200)), (t) => redLetter(ctx, doc, invoiceNo, t))
}

function redLetter(ctx: OfficeContext, doc: LiveDocument, invoiceNo: string, at: number): void {
  const state = invoices(ctx)
  const { random, s } = state
  if (doc.state !== 'invoiced') return
  const finance = ctx.people.signer(random, 'finance', [])
  const whole = random.chance(0.5)
  const amountFen = whole ? doc.amountFen! : Math.floor(doc.amountFen! / 2)
  if (amountFen <= 0) return
  state.serial += 1
  const confirmationNo = `44${String(state.serial).padStart(14, '0')}`
  const atIso = iso(at)
  const reason = whole ? '发票抬头有误' : '客户退回部分货物'
  s.red!.run({ requestId: doc.id, originalNo: invoiceNo, confirmationNo, redOn: dayText(dayOf(at)), amountFen, reason, at: atIso, userId: finance.id, userName: finance.name })
  s.redFen!.run({ documentId: doc.id, amountFen })
  ctx.engine.audit(atIso, finance, 'finance', 'invoice.redLetter', doc.id, doc.docNo, null, null, `红字 冲 ${invoiceNo}（确认单 ${confirmationNo}，${reason}）`,
    JSON.stringify({ originalNo: invoiceNo, confirmationNo, amountFen }))
  if (whole) ctx.engine.advance(doc, 'redReversed', finance, at, 'redLetter')
  count(ctx, whole ? 'invoices red-lettered in full' : 'invoices red-lettered in part')
}
