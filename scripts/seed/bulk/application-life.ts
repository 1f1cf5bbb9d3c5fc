import { belowFloorBps, prepaymentFen } from '../../../shared/discount'
import { discountCoverage, MAKE_CONTRACT } from '../../../electron/core/doc-types/application/application-kind'
import type { Facts } from '../../../electron/core/workflow/facts'
import { dayOf, dayText } from '../calendar'
import { amountOf, draftOrder, instalmentsFor, raisedToFloor, type DraftOrder, type OrderLine } from '../order-terms'
import { APPLICATION_REJECT_REASONS, APPROVAL_COMMENTS, GM_REMARKS } from '../texts'
import type { LiveDocument, Person } from './bulk-engine'
import { startContract } from './contract-life'
import type { CustomerFile } from './customer-book'
import { count, hoursLater, minutesLater, pricedLines, signerAt, type OfficeContext, type PolicyVersion } from './office-context'
import type { LineInsert, TermsInsert } from './office-rows'

// One contract application (R3) from draft to its end: most are signed by the sales manager and the
// general manager at the first try; some are rejected with a reason and revised, some withdrawn before
// the first signature, a few abandoned and voided. Decisions are drawn when the step is reached.

export interface ApplicationLife {
  doc: LiveDocument
  customer: CustomerFile
  clerk: Person
  order: DraftOrder
  lines: OrderLine[]
  policy: PolicyVersion
  lineRows: LineInsert[]
  terms: TermsInsert
}

/** How a round ends; a rejection names the route position (0 = first step) where it happens. */
type RoundEnd = { kind: 'approve' } | { kind: 'reject'; at: number } | { kind: 'withdraw' }

const FIRST_ROUND: ReadonlyArray<readonly [RoundEnd, number]> = [
  [{ kind: 'approve' }, 88], [{ kind: 'reject', at: 0 }, 5], [{ kind: 'reject', at: 1 }, 3.5], [{ kind: 'withdraw' }, 3.5],
]
const LATER_ROUND: ReadonlyArray<readonly [RoundEnd, number]> = [
  [{ kind: 'approve' }, 94], [{ kind: 'reject', at: 0 }, 2], [{ kind: 'reject', at: 1 }, 2], [{ kind: 'withdraw' }, 2],
]

const header = (life: ApplicationLife) => ({ title: `合同申报 ${life.customer.name}`, customerName: life.customer.name, amountFen: amountOf(life.lines) })

/** applications.save's body rows: the terms and the lines priced from the policy in force. */
function writeBody(ctx: OfficeContext, life: ApplicationLife): void {
  const amount = amountOf(life.lines)
  const { plan } = life.order
  life.terms = {
    prepaymentBps: plan.prepaymentBps, prepaymentFen: prepaymentFen(amount, plan.prepaymentBps), instalments: JSON.stringify(instalmentsFor(amount, plan)),
    installationNeeded: life.order.installationNeeded ? 1 : 0, nonStandardTerms: life.order.nonStandardTerms, deliveryDate: dayText(plan.deliveryDay),
  }
  ctx.rows.application({ documentId: life.doc.id, customerId: life.customer.id, priceListId: life.policy.id, ...life.terms, note: life.order.note })
  life.lineRows = pricedLines(ctx, life.doc.id, life.lines, life.policy)
  for (const line of life.lineRows) ctx.rows.applicationLine(line)
}

export function startApplication(ctx: OfficeContext, atMs: number, customer: CustomerFile = ctx.customers.draw(ctx.random)): void {
  const random = ctx.random
  const clerk = random.chance(0.85) ? customer.homeClerk : random.pick(ctx.people.withRole('sales_clerk'))
  const policy = ctx.policies.inForce(dayOf(atMs))
  const order = draftOrder(random, () => policy.items[policy.sampler.draw(random)]!, dayOf(atMs), customer.sizeFactor)
  const life = { customer, clerk, order, lines: order.lines, policy } as ApplicationLife
  life.doc = ctx.engine.create('application', header(life), clerk, atMs)
  writeBody(ctx, life)
  count(ctx, 'applications')
  if (random.chance(0.015)) {
    // Drafted and forgotten: voided weeks later (or still a draft at the end of the calendar).
    ctx.queue.schedule(hoursLater(ctx, atMs, random.between(20, 110)), (at) => voidIt(ctx, life, at))
    return
  }
  ctx.queue.schedule(minutesLater(ctx, atMs, random.logNormal(25, 1)), (at) => submit(ctx, life, at))
}

/** R1: the facts the application kind gives its chain (application-kind.ts), from the rows in memory. */
function facts(life: ApplicationLife): Facts {
  const below = Math.max(0, ...life.lineRows.map((l) => belowFloorBps(l.unitPriceFen, l.floorPriceFen)))
  return { amountFen: amountOf(life.lines), belowFloorBps: below, discountAuthority: life.policy.authorities, nonStandardTerms: life.order.nonStandardTerms !== null }
}

function submit(ctx: OfficeContext, life: ApplicationLife, at: number): void {
  const f = facts(life)
  // The kind's own R1 coverage: a route without a covering approver gains one, or the submit is refused.
  ctx.engine.act(life.doc, 'submit', life.clerk, at, { facts: f, coverage: discountCoverage(f) })
  const random = ctx.random
  const end = life.doc.round >= 3 ? ({ kind: 'approve' } as const) : random.weighted(life.doc.round === 1 ? FIRST_ROUND : LATER_ROUND)
  if (end.kind === 'withdraw') ctx.queue.schedule(minutesLater(ctx, at, random.between(5, 60)), (t) => withdraw(ctx, life, t))
  else ctx.queue.schedule(hoursLater(ctx, at, random.logNormal(2.5, 0.9)), (t) => sign(ctx, life, t, end))
}

/** The person at the current step signs (approve), or sends it back with a reason (reject). */
function sign(ctx: OfficeContext, life: ApplicationLife, at: number, end: RoundEnd): void {
  const { doc } = life
  const random = ctx.random
  const { role, assigneeUserId } = ctx.engine.currentSigner(doc)
  const signer = assigneeUserId !== null ? ctx.people.byId(assigneeUserId) : signerAt(ctx, role, [doc.drafter.id, doc.lastSignerUserId], at, doc)
  if (!signer) return
  const position = doc.route!.findIndex((e) => e.key === doc.currentStep)
  const last = position === doc.route!.length - 1
  if (end.kind === 'reject' && Math.min(end.at, doc.route!.length - 1) === position) {
    ctx.engine.act(doc, 'reject', signer, at, { comment: random.pick(APPLICATION_REJECT_REASONS) })
    count(ctx, 'applications rejected')
    const next = random.weighted([['edit', 70], ['void', 30]] as const)
    ctx.queue.schedule(hoursLater(ctx, at, random.logNormal(next === 'edit' ? 4 : 8, 0.8)), (t) => (next === 'edit' ? revise(ctx, life, t) : voidIt(ctx, life, t)))
    return
  }
  if (last && !signer.deputyFor && random.chance(0.03)) {
    // R21: a remark on the record before signing; it moves the version, not the state.
    ctx.engine.act(doc, 'comment', signer, at, { comment: random.pick(GM_REMARKS) })
    ctx.queue.schedule(hoursLater(ctx, at, random.logNormal(3, 0.6)), (t) => sign(ctx, life, t, end))
    return
  }
  ctx.engine.act(doc, 'approve', signer, at, {
    comment: random.pick(APPROVAL_COMMENTS) ?? undefined,
    // application-kind onApproved: the approved application waits in the sales head's 待办 (签订合同).
    onApproved: (approved, when) => ctx.engine.openFollowUp(approved, MAKE_CONTRACT, when),
  })
  if (doc.state === 'approved') {
    count(ctx, 'applications approved')
    // Most approved applications get their contract; now and then the deal falls through and the
    // clerk voids the approved application while it has none (R24), which closes the head's 签订合同 task.
    if (random.chance(0.02)) ctx.queue.schedule(hoursLater(ctx, at, random.logNormal(30, 0.8)), (t) => voidIt(ctx, life, t))
    else ctx.queue.schedule(hoursLater(ctx, at, random.logNormal(5, 0.8)), (t) => startContract(ctx, life, t))
    return
  }
  ctx.queue.schedule(hoursLater(ctx, at, random.logNormal(4, 0.9)), (t) => sign(ctx, life, t, end))
}

function withdraw(ctx: OfficeContext, life: ApplicationLife, at: number): void {
  ctx.engine.act(life.doc, 'withdraw', life.clerk, at)
  count(ctx, 'applications withdrawn')
  const random = ctx.random
  const next = random.weighted([['edit', 35], ['resubmit', 25], ['void', 40]] as const)
  const when = hoursLater(ctx, at, random.logNormal(3, 0.8))
  if (next === 'edit') ctx.queue.schedule(when, (t) => revise(ctx, life, t))
  else if (next === 'resubmit') ctx.queue.schedule(when, (t) => submit(ctx, life, t))
  else ctx.queue.schedule(when, (t) => voidIt(ctx, life, t))
}

/** applications.save on a rejected or withdrawn application: re-priced from today's policy, lines below floor raised. */
function revise(ctx: OfficeContext, life: ApplicationLife, at: number): void {
  life.policy = ctx.policies.inForce(dayOf(at))
  const policy = life.policy
  life.lines = raisedToFloor(life.lines, (productId) => policy.prices.get(productId)!.floorPriceFen)
  ctx.engine.edit(life.doc, header(life), at)
  ctx.rows.dropApplication(life.doc.id)
  writeBody(ctx, life)
  ctx.queue.schedule(minutesLater(ctx, at, ctx.random.between(5, 40)), (t) => submit(ctx, life, t))
}

function voidIt(ctx: OfficeContext, life: ApplicationLife, at: number): void {
  ctx.engine.act(life.doc, 'void', life.clerk, at)
  count(ctx, 'applications voided')
}
