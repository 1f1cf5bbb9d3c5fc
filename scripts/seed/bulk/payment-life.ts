import { ALLOCATE_PAYMENT } from '../../../electron/core/doc-types/payment/payment-task'
import { atMinute, DAY, dayFromText, dayOf, dayText, iso, MINUTE } from '../calendar'
import type { LiveDocument, Person } from './bulk-engine'
import { startNotice, type SignedContract } from './notice-life'
import { count, hoursLater, minutesLater, type OfficeContext } from './office-context'

// R14: finance records what each signed contract's terms ask for — the prepayment within days of
// signing (now and then weeks late), each instalment around its due date (some late), by bank transfer
// mostly, sometimes by a bank acceptance bill, rarely cash — and allocates it to the contract; some
// customers pay more than asked lately, and the rest stays their advance (预收) in finance's queue. The
// R6 notice follows the prepayment: what waits in the planner's queue at the end is the recent contracts.
// Same rows and events as payments.record (payment-allocations.ts).

const BANKS = ['工商银行', '建设银行', '农业银行', '中国银行', '交通银行', '招商银行', '浦发银行']

function methodColumns(ctx: OfficeContext, atMs: number) {
  const random = ctx.random
  const kind = random.weighted([['transfer', 70], ['bill', 25], ['cash', 5]] as const)
  const none = { bank: null, reference: null, billNo: null, issuingBank: null, billIssuedOn: null, billDueOn: null, billKind: null, billEndorsable: null }
  if (kind === 'transfer') return { ...none, method: 'transfer', bank: random.pick(BANKS), reference: `TX${String(random.int(1, 99_999_999)).padStart(8, '0')}` }
  if (kind === 'bill') {
    const issued = dayOf(atMs) - random.int(5, 30)
    return {
      ...none, method: 'bill', billNo: `${random.int(10_000_000, 99_999_999)}${random.int(10_000_000, 99_999_999)}`, issuingBank: `${random.pick(BANKS)}承兑`,
      billIssuedOn: dayText(issued), billDueOn: dayText(issued + random.pick([90, 180])), billKind: 'bank', billEndorsable: random.chance(0.8) ? 1 : 0,
    }
  }
  return { ...none, method: 'cash' }
}

/** payments.record with its allocations, as the services write them. */
function record(ctx: OfficeContext, c: SignedContract, amountFen: number, allocateFen: number, atMs: number): LiveDocument {
  const finance: Person = ctx.people.signer(ctx.random, 'finance', [])
  const doc = ctx.engine.create('payment', { title: `收款 ${c.doc.customerName ?? ''}`.trim(), customerName: c.doc.customerName, amountFen }, finance, atMs)
  ctx.rows.payment({
    documentId: doc.id, customerId: c.customerId, receivedOn: dayText(dayOf(atMs)), amountFen, ...methodColumns(ctx, atMs),
    remark: null, slipRef: ctx.random.chance(0.5) ? `HD${ctx.random.int(100_000, 999_999)}` : null, reversesPaymentId: null, allocatedFen: allocateFen,
  })
  ctx.engine.act(doc, 'submit', finance, atMs, {
    facts: { amountFen, commercialBill: false },
    onApproved: (recorded, at) => ctx.engine.openFollowUp(recorded, ALLOCATE_PAYMENT, at),
  })
  if (allocateFen > 0) {
    const at = iso(atMs)
    ctx.rows.allocation({ paymentId: doc.id, contractId: c.doc.id, direction: 1, amountFen: allocateFen, createdAt: at, byUserId: finance.id, byName: finance.name, reason: null })
    ctx.rows.link({ fromDocumentId: doc.id, toDocumentId: c.doc.id, kind: 'pays', createdAt: at })
    ctx.engine.audit(at, finance, 'finance', 'payment.allocate', doc.id, doc.docNo, null, null, `分配至 ${c.doc.docNo}`,
      JSON.stringify({ contractId: c.doc.id, contractNo: c.doc.docNo, amountFen: allocateFen }))
    if (allocateFen === amountFen) ctx.rows.closeTasks(doc.id, finance.id, 'allocate', at)
  }
  count(ctx, 'payments')
  return doc
}

/** The lateness of a payment: most on time, some weeks late (R18's overdue receivables come from these). */
const lateness = (ctx: OfficeContext, atMs: number) =>
  ctx.random.chance(0.2) ? hoursLater(ctx, atMs, ctx.random.between(80, 320)) : hoursLater(ctx, atMs, ctx.random.between(4, 40))

/** Scheduled when the contract is signed: its prepayment (then its notice) and its instalments. */
export function startContractMoney(ctx: OfficeContext, c: SignedContract, signedAtMs: number): void {
  const random = ctx.random
  const prepayment = c.terms.prepaymentFen
  if (prepayment > 0) {
    ctx.queue.schedule(lateness(ctx, signedAtMs), (t) => {
      // Some customers pay more than asked: the rest is their advance, in finance's queue to allocate.
      // Finance clears advances within weeks, so only the last weeks' advances are still open at the end.
      const extra = t > ctx.end - 45 * DAY && random.chance(0.12) ? random.int(1, 20) * 100_000 : 0
      record(ctx, c, prepayment + extra, prepayment, t)
      count(ctx, extra > 0 ? 'payments with an advance' : 'prepayments')
      ctx.queue.schedule(hoursLater(ctx, t, random.between(2, 30)), (n) => startNotice(ctx, c, n))
    })
  } else {
    ctx.queue.schedule(hoursLater(ctx, signedAtMs, random.between(4, 40)), (n) => startNotice(ctx, c, n))
  }
  const instalments = JSON.parse(c.terms.instalments) as Array<{ dueDate: string; amountFen: number }>
  for (const instalment of instalments) {
    // Around the due date: the office's calendar starts the day after it at the earliest.
    const due = Math.max(atMinute(dayFromText(instalment.dueDate), 9 * 60), signedAtMs + 60 * MINUTE)
    ctx.queue.schedule(lateness(ctx, minutesLater(ctx, due, 30)), (t) => record(ctx, c, instalment.amountFen, instalment.amountFen, t))
  }
}
