import { CERTIFY_NOTICE, MAKE_NOTICE, STOCK_NOTICE } from '../../../electron/core/doc-types/production-notice/notice-task'
import { dayOf, dayText } from '../calendar'
import type { LiveDocument } from './bulk-engine'
import { startGoods } from './goods-life'
import type { LineInsert, TermsInsert } from './office-rows'
import { count, hoursLater, signerAt, type OfficeContext } from './office-context'

// R6: the planner compiles one production notice for the whole contract once its prepayment is in
// (the gate is the payment's scheduling: payment-life.ts), the sales VP signs it within hours, and the
// contract is 已排产; qc and production get their tasks on it and its goods are made (goods-life.ts).
// Same rows and transitions as productionNotices.save and documents.act.

export interface SignedContract {
  doc: LiveDocument
  customerId: number
  terms: TermsInsert
  lines: LineInsert[]
}

export { MAKE_NOTICE }

export function startNotice(ctx: OfficeContext, c: SignedContract, atMs: number): void {
  const random = ctx.random
  const planner = ctx.people.signer(random, 'planner', [])
  const doc = ctx.engine.create('productionNotice', { title: `生产通知 ${c.doc.customerName ?? ''}`.trim(), customerName: c.doc.customerName, amountFen: null }, planner, atMs, [
    { id: c.doc.id, kind: 'madeFrom' },
  ])
  ctx.rows.notice({ documentId: doc.id, contractId: c.doc.id, note: null })
  const required = c.terms.deliveryDate < dayText(dayOf(atMs) + 7) ? dayText(dayOf(atMs) + 7) : c.terms.deliveryDate
  c.lines.forEach((l, i) =>
    ctx.rows.noticeLine({
      documentId: doc.id, lineNo: i + 1, contractLineNo: l.lineNo, productId: l.productId, productCode: l.productCode, productName: l.productName,
      spec: l.spec, unit: l.unit, quantity: l.quantity, requiredDate: required,
    }),
  )
  ctx.engine.act(doc, 'submit', planner, atMs, { facts: {} })
  count(ctx, 'production notices')
  ctx.queue.schedule(hoursLater(ctx, atMs, random.logNormal(3, 0.8)), (t) => sign(ctx, c, doc, t))
}

function sign(ctx: OfficeContext, c: SignedContract, doc: LiveDocument, atMs: number): void {
  const signer = signerAt(ctx, 'sales_vp', [doc.drafter.id], atMs, doc)
  if (!signer) return
  ctx.engine.act(doc, 'approve', signer, atMs, {
    // production-notice-kind onApproved: the first signed notice makes the contract 已排产.
    onApproved: (signed, at) => {
      if (c.doc.state === 'approved') ctx.engine.advance(c.doc, 'noticeSigned', signer, atMs, 'notice')
      // notice-goods openNoticeTasks: qc certifies its goods, production stocks them.
      ctx.engine.openFollowUp(signed, CERTIFY_NOTICE, at)
      ctx.engine.openFollowUp(signed, STOCK_NOTICE, at)
    },
  })
  count(ctx, 'production notices signed')
  // Issue 11: its goods are made, certified and taken into stock (goods-life.ts, a random stream of its own).
  if (doc.state === 'approved') startGoods(ctx, doc, c.doc, c.lines, atMs)
}
