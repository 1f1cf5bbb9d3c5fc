import { afterWorkingHours, afterWorkingMinutes, dayOf, dayText } from '../calendar'
import { Random } from '../random'
import type { LiveDocument } from './bulk-engine'
import { startDispatch } from './dispatch-life'
import { GoodsRows } from './goods-rows'
import type { LineInsert } from './office-rows'
import { count, type OfficeContext } from './office-context'

// Issue 11 (R7): after a contract is signed, production makes its goods; qc certifies each line's
// quantity (合格证), production fills an inbound slip with the certificates and submits it, and the
// warehouse signs it in, which raises stock. Most contracts go the whole way; those signed late are
// still in production, inspection or at the warehouse when the calendar ends (work in every queue).
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
  contract: LiveDocument
  lines: LineInsert[]
  certificates: Array<{ id: number; line: LineInsert }>
}

/** A signed contract goes into production (most do): its goods are inspected some working days later. */
export function startGoods(ctx: OfficeContext, contract: LiveDocument, lines: LineInsert[], atMs: number): void {
  const { random } = goods(ctx)
  if (!random.chance(0.85)) return
  const made: Made = { contract, lines, certificates: [] }
  ctx.queue.schedule(hoursLater(ctx, atMs, random.logNormal(60, 0.6)), (t) => certify(ctx, made, t))
}

function certify(ctx: OfficeContext, made: Made, at: number): void {
  const { random, rows } = goods(ctx)
  const qc = ctx.people.signer(random, 'qc', [])
  const issuedAt = new Date(at).toISOString()
  for (const line of made.lines) {
    const batchNo = `${made.contract.docNo.slice(4, 8)}-${String(random.int(1, 99)).padStart(2, '0')}`
    const cert = rows.certificate({
      productId: line.productId, quantity: line.quantity, batchNo, inspectedOn: dayText(dayOf(at)), inspectorName: qc.name, issuedAt, issuedByUserId: qc.id, issuedByName: qc.name,
    })
    ctx.engine.audit(issuedAt, qc, 'qc', 'certificate.issue', cert.id, cert.certNo, null, null, null,
      JSON.stringify({ productId: line.productId, quantity: line.quantity, batchNo }), 'qcCertificate')
    made.certificates.push({ id: cert.id, line })
    count(ctx, 'qc certificates')
  }
  ctx.queue.schedule(hoursLater(ctx, at, random.logNormal(4, 0.7)), (t) => fillInbound(ctx, made, t))
}

function fillInbound(ctx: OfficeContext, made: Made, at: number): void {
  const { random, rows } = goods(ctx)
  const production = ctx.people.signer(random, 'production', [])
  const names = [...new Set(made.certificates.map((c) => c.line.productName))]
  const doc = ctx.engine.create('inbound', { title: `成品入库 ${names.slice(0, 2).join('、')}${names.length > 2 ? ' 等' : ''}`, customerName: null, amountFen: null }, production, at)
  rows.inbound({ documentId: doc.id, receivedOn: dayText(dayOf(at)) })
  made.certificates.forEach((c, i) =>
    rows.inboundLine({
      documentId: doc.id, lineNo: i + 1, productId: c.line.productId, productCode: c.line.productCode, productName: c.line.productName, spec: c.line.spec,
      unit: c.line.unit, quantity: c.line.quantity, certificateId: c.id,
    }),
  )
  count(ctx, 'inbound slips')
  // Now and then the slip is filled wrong and voided; the certificates go on a new one.
  if (random.chance(0.03)) {
    ctx.queue.schedule(minutesLater(ctx, at, random.between(10, 90)), (t) => {
      ctx.engine.act(doc, 'void', production, t)
      count(ctx, 'inbound slips voided')
      fillInbound(ctx, made, t)
    })
    return
  }
  ctx.queue.schedule(minutesLater(ctx, at, random.between(10, 120)), (t) => {
    ctx.engine.act(doc, 'submit', production, t, { facts: {} })
    ctx.queue.schedule(hoursLater(ctx, t, random.logNormal(3, 0.8)), (t2) => receive(ctx, made, doc, t2))
  })
}

/** The warehouse signs the goods in: the slip is posted and each line raises its product's stock. */
function receive(ctx: OfficeContext, made: Made, doc: LiveDocument, at: number): void {
  const { random, rows } = goods(ctx)
  const warehouse = ctx.people.signer(random, 'warehouse', [doc.drafter.id, doc.lastSignerUserId])
  ctx.engine.act(doc, 'approve', warehouse, at, {
    onApproved: (posted, atIso) => {
      for (const c of made.certificates) rows.moveStock({ productId: c.line.productId, quantity: c.line.quantity, documentId: posted.id, docType: 'inbound', docNo: posted.docNo, at: atIso })
    },
  })
  count(ctx, 'inbound posted')
  startDispatch(ctx, made.contract, made.lines, at)
}
