import { CERTIFY_NOTICE } from '../../../electron/core/doc-types/production-notice/notice-task'
import { afterWorkingHours, afterWorkingMinutes, dayOf, dayText } from '../calendar'
import { Random } from '../random'
import type { LiveDocument, Person } from './bulk-engine'
import { startDispatch } from './dispatch-life'
import { GoodsRows } from './goods-rows'
import type { LineInsert } from './office-rows'
import { count, type OfficeContext } from './office-context'

// Issue 11 (R6 → R7): once a production notice is signed, production makes its goods; qc certifies each
// line's quantity against the notice (合格证 naming it, which closes qc's 出具合格证), production fills
// inbound slips against the notice with the certificates and submits them, and the warehouse signs them
// in, which raises stock and moves the notice to 部分入库 / 已入库 (production-notice/notice-goods.ts).
// Notices signed late are still in production, inspection or at the warehouse when the calendar ends
// (work in every queue).
//
// The goods half draws from a stream of its own: the rest of the office is generated exactly as before.

interface GoodsState {
  random: Random
  rows: GoodsRows
}
const states = new WeakMap<OfficeContext, GoodsState>()
function goods(ctx: OfficeContext): GoodsState {
  let state = states.get(ctx)
  if (!state) states.set(ctx, (state = { random: new Random(0x600d5 ^ Math.floor(ctx.end / 60_000)), rows: new GoodsRows(ctx.rows.sqlite) }))
  return state
}

// Office time from the goods' own stream (office-context's hoursLater draws from the office's).
const hoursLater = (ctx: OfficeContext, at: number, hours: number) => afterWorkingHours(at, hours, goods(ctx).random)
const minutesLater = (ctx: OfficeContext, at: number, minutes: number) => afterWorkingMinutes(at, minutes, goods(ctx).random)

interface Made {
  notice: LiveDocument
  /** The notice's contract: once the notice is 已入库, its goods can be dispatched (dispatch-life.ts). */
  contract: LiveDocument
  lines: LineInsert[]
  certificates: Array<{ id: number; line: LineInsert }>
  /** Certificates on slips posted so far: the notice is 已入库 when every one is. */
  posted: number
}

/** A signed notice goes into production: its goods are inspected some working days later. */
export function startGoods(ctx: OfficeContext, notice: LiveDocument, contract: LiveDocument, lines: LineInsert[], atMs: number): void {
  const { random } = goods(ctx)
  const made: Made = { notice, contract, lines, certificates: [], posted: 0 }
  ctx.queue.schedule(hoursLater(ctx, atMs, random.logNormal(60, 0.6)), (t) => certify(ctx, made, t))
}

function certify(ctx: OfficeContext, made: Made, at: number): void {
  const { random, rows } = goods(ctx)
  const qc = ctx.people.signer(random, 'qc', [])
  const issuedAt = new Date(at).toISOString()
  for (const line of made.lines) {
    const batchNo = `${made.notice.docNo.slice(4, 8)}-${String(random.int(1, 99)).padStart(2, '0')}`
    const cert = rows.certificate({
      productId: line.productId, quantity: line.quantity, batchNo, inspectedOn: dayText(dayOf(at)), inspectorName: qc.name, issuedAt, issuedByUserId: qc.id, issuedByName: qc.name,
      productionNoticeId: made.notice.id,
    })
    ctx.engine.audit(issuedAt, qc, 'qc', 'certificate.issue', cert.id, cert.certNo, null, null, null,
      JSON.stringify({ productId: line.productId, quantity: line.quantity, batchNo, productionNoticeId: made.notice.id }), 'qcCertificate')
    made.certificates.push({ id: cert.id, line })
    count(ctx, 'qc certificates')
  }
  // qc-certificates.ts syncCertifyTask: the certificates cover the notice, qc's task on it is done.
  ctx.engine.closeRoleTasks(made.notice, CERTIFY_NOTICE.role, qc, 'certificate.issue', at)
  // Now and then production takes the goods in on two slips (the notice is 部分入库 in between).
  const split = made.certificates.length > 1 && random.chance(0.25) ? Math.ceil(made.certificates.length / 2) : made.certificates.length
  ctx.queue.schedule(hoursLater(ctx, at, random.logNormal(4, 0.7)), (t) => fillInbound(ctx, made, made.certificates.slice(0, split), t))
  if (split < made.certificates.length)
    ctx.queue.schedule(hoursLater(ctx, at, random.logNormal(80, 0.6)), (t) => fillInbound(ctx, made, made.certificates.slice(split), t))
}

function fillInbound(ctx: OfficeContext, made: Made, certificates: Made['certificates'], at: number): void {
  const { random, rows } = goods(ctx)
  const production = ctx.people.signer(random, 'production', [])
  const names = [...new Set(certificates.map((c) => c.line.productName))]
  const doc = ctx.engine.create(
    'inbound', { title: `成品入库 ${names.slice(0, 2).join('、')}${names.length > 2 ? ' 等' : ''}`, customerName: made.notice.customerName, amountFen: null }, production, at,
    [{ id: made.notice.id, kind: 'fulfils' }],
  )
  rows.inbound({ documentId: doc.id, sourceNoticeId: made.notice.id, receivedOn: dayText(dayOf(at)) })
  certificates.forEach((c, i) =>
    rows.inboundLine({
      documentId: doc.id, lineNo: i + 1, productId: c.line.productId, productCode: c.line.productCode, productName: c.line.productName, spec: c.line.spec,
      unit: c.line.unit, quantity: c.line.quantity, certificateId: c.id,
    }),
  )
  count(ctx, 'inbound slips')
  // Now and then the slip is filled wrong and voided (before posting: the notice does not move); the certificates go on a new one.
  if (random.chance(0.03)) {
    ctx.queue.schedule(minutesLater(ctx, at, random.between(10, 90)), (t) => {
      ctx.engine.act(doc, 'void', production, t)
      count(ctx, 'inbound slips voided')
      fillInbound(ctx, made, certificates, t)
    })
    return
  }
  ctx.queue.schedule(minutesLater(ctx, at, random.between(10, 120)), (t) => {
    ctx.engine.act(doc, 'submit', production, t, { facts: {} })
    ctx.queue.schedule(hoursLater(ctx, t, random.logNormal(3, 0.8)), (t2) => receive(ctx, made, certificates, doc, t2))
  })
}

/** The warehouse signs the goods in: the slip is posted, each line raises its product's stock, and the notice moves. */
function receive(ctx: OfficeContext, made: Made, certificates: Made['certificates'], doc: LiveDocument, at: number): void {
  const { random, rows } = goods(ctx)
  const warehouse = ctx.people.signer(random, 'warehouse', [doc.drafter.id, doc.lastSignerUserId])
  ctx.engine.act(doc, 'approve', warehouse, at, {
    onApproved: (posted, atIso) => {
      for (const c of certificates) rows.moveStock({ productId: c.line.productId, quantity: c.line.quantity, documentId: posted.id, docType: 'inbound', docNo: posted.docNo, at: atIso })
      // inbound-kind onApproved → notice-goods noticeStockPosted: 已入库 once every certificate's goods are in, else 部分入库.
      made.posted += certificates.length
      stockNotice(ctx, made, warehouse, at)
    },
  })
  count(ctx, 'inbound posted')
}

function stockNotice(ctx: OfficeContext, made: Made, by: Person, at: number): void {
  if (made.posted >= made.certificates.length) {
    ctx.engine.advance(made.notice, 'stocked', by, at, 'inbound')
    count(ctx, 'production notices stocked')
    // Issue 12: the notice's goods are all in stock; the clerk can dispatch them.
    startDispatch(ctx, made.contract, made.lines, at)
  } else if (made.notice.state === 'approved') ctx.engine.advance(made.notice, 'partlyStocked', by, at, 'inbound')
}
