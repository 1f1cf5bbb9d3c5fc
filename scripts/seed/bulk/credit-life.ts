import { dayOf, momentOn, nextWorkday } from '../calendar'
import type { Random } from '../random'
import { CREDIT_REASONS, CREDIT_REJECT_REASONS } from '../texts'
import type { LiveDocument, Person } from './bulk-engine'
import type { CustomerFile } from './customer-book'
import { count, hoursLater, minutesLater, signerAt, type OfficeContext } from './office-context'

// R2: credit terms change only by a credit change that sales or finance propose and the general
// manager approves. A new customer's first credit comes after a few weeks (at once for the big ones);
// after that, a yearly review for the big customers and an occasional one for the rest.

const LEVELS = ['D', 'C', 'B', 'A'] as const
const LIMIT_YUAN = { C: [200_000, 1_000_000], B: [1_000_000, 3_000_000], A: [3_000_000, 10_000_000] } as const
const DAYS = { C: [30, 30, 45], B: [45, 60, 60], A: [60, 90, 90] } as const

interface Terms { rating: string; creditLimitFen: number; creditDays: number; reason: string }

function proposedTerms(random: Random, customer: CustomerFile, first: boolean): Terms {
  const now = LEVELS.indexOf(customer.rating as (typeof LEVELS)[number])
  const level = first
    ? customer.big ? random.weighted([[3, 1], [2, 1]] as const) : random.weighted([[1, 6], [2, 3], [3, 1]] as const)
    : Math.min(3, Math.max(1, now + random.weighted([[1, 6], [0, 2.5], [-1, 1.5]] as const)))
  const rating = LEVELS[level] as 'A' | 'B' | 'C'
  const [low, high] = LIMIT_YUAN[rating]
  const reasons = first ? CREDIT_REASONS.first : level < now ? CREDIT_REASONS.lower : CREDIT_REASONS.raise
  return {
    rating,
    creditLimitFen: Math.round(random.between(low, high) / 10_000) * 10_000 * 100,
    creditDays: random.pick(DAYS[rating]),
    reason: random.pick(reasons),
  }
}

/** creditChanges.propose: the document, its body, and the submit to the general manager, in one call. */
export function proposeCreditChange(ctx: OfficeContext, customer: CustomerFile, atMs: number, first: boolean): void {
  if (customer.creditPending) return
  const random = ctx.random
  const drafter = random.weighted([
    [customer.homeClerk, 5],
    [ctx.people.signer(random, 'finance', []), 3],
    [ctx.people.signer(random, 'sales_manager', []), 2],
  ] as const)
  const terms = proposedTerms(random, customer, first)
  const doc = ctx.engine.create('creditChange', { title: `信用变更 ${customer.name}`, customerName: customer.name, amountFen: terms.creditLimitFen }, drafter, atMs)
  ctx.rows.creditChange({
    documentId: doc.id, customerId: customer.id, reason: terms.reason,
    ratingBefore: customer.rating, creditLimitBeforeFen: customer.creditLimitFen, creditDaysBefore: customer.creditDays,
    ratingAfter: terms.rating, creditLimitAfterFen: terms.creditLimitFen, creditDaysAfter: terms.creditDays,
  })
  customer.creditPending = true
  count(ctx, 'credit changes')
  submit(ctx, { doc, drafter, customer, terms }, atMs)
}

interface CreditLife { doc: LiveDocument; drafter: Person; customer: CustomerFile; terms: Terms }

function submit(ctx: OfficeContext, life: CreditLife, at: number): void {
  const random = ctx.random
  ctx.engine.act(life.doc, 'submit', life.drafter, at, { facts: { creditLimitFen: life.terms.creditLimitFen, creditDays: life.terms.creditDays } })
  if (life.doc.round === 1 && random.chance(0.03)) {
    ctx.queue.schedule(minutesLater(ctx, at, random.between(10, 60)), (t) => {
      ctx.engine.act(life.doc, 'withdraw', life.drafter, t)
      ctx.queue.schedule(hoursLater(ctx, t, random.between(1, 4)), (t2) => close(ctx, life, t2, 'void'))
    })
    return
  }
  const approve = random.chance(life.doc.round === 1 ? 0.92 : 0.9)
  ctx.queue.schedule(hoursLater(ctx, at, random.logNormal(6, 0.8)), (t) => decide(ctx, life, t, approve))
}

function decide(ctx: OfficeContext, life: CreditLife, at: number, approve: boolean): void {
  const random = ctx.random
  const gm = signerAt(ctx, 'general_manager', [life.drafter.id, life.doc.lastSignerUserId], at, life.doc)
  if (!gm) return
  if (!approve) {
    ctx.engine.act(life.doc, 'reject', gm, at, { comment: random.pick(CREDIT_REJECT_REASONS) })
    count(ctx, 'credit changes rejected')
    const again = life.doc.round === 1 && random.chance(0.4)
    ctx.queue.schedule(hoursLater(ctx, at, random.logNormal(8, 0.8)), (t) => (again ? submit(ctx, life, t) : close(ctx, life, t, 'void')))
    return
  }
  const { customer, terms } = life
  ctx.engine.act(life.doc, 'approve', gm, at, {
    // credit-change-kind onApproved: the customer's terms change, with their own audit event.
    onApproved: (doc, when) => {
      ctx.rows.customerCredit({ id: customer.id, version: customer.version, rating: terms.rating, creditLimitFen: terms.creditLimitFen, creditDays: terms.creditDays, at: when })
      Object.assign(customer, { rating: terms.rating, creditLimitFen: terms.creditLimitFen, creditDays: terms.creditDays, version: customer.version + 1 })
      ctx.engine.audit(when, gm, 'general_manager', 'customer.credit', customer.id, doc.docNo, null, null, null,
        JSON.stringify({ rating: terms.rating, creditLimitFen: terms.creditLimitFen, creditDays: terms.creditDays }), 'customer')
    },
  })
  count(ctx, 'credit changes approved')
  close(ctx, life, at, 'done')
}

/** The change is over (voided, or in effect): the next review, if any, comes in about a year. */
function close(ctx: OfficeContext, life: CreditLife, at: number, how: 'void' | 'done'): void {
  if (how === 'void') ctx.engine.act(life.doc, 'void', life.drafter, at)
  life.customer.creditPending = false
  const random = ctx.random
  if (random.chance(life.customer.big ? 0.85 : 0.3)) {
    const day = nextWorkday(dayOf(at) + random.int(200, 450))
    ctx.queue.schedule(momentOn(day, random), (t) => proposeCreditChange(ctx, life.customer, t, false))
  }
}
