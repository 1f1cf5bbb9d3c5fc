import { contractLifecycle } from '../../../shared/doc-types/contract/contract-type'
import { MAKE_NOTICE } from '../../../electron/core/doc-types/production-notice/notice-task'
import { dayOf, dayText, iso, yearOf } from '../calendar'
import { CONTRACT_REJECT_REASONS, SEAL_PURPOSES } from '../texts'
import type { ApplicationLife } from './application-life'
import type { LiveDocument, Person } from './bulk-engine'
import type { SignedContract } from './notice-life'
import { startContractMoney } from './payment-life'
import type { LineInsert } from './office-rows'
import { count, hoursLater, minutesLater, signerAt, type OfficeContext } from './office-context'

// R4: the sales head draws the contract up from the approved application (its customer, lines, amounts
// and terms copied, never re-entered), submits it; legal reviews non-standard wording, finance
// countersigns; once signed, every use of the contract seal is logged.

interface ContractLife {
  doc: LiveDocument
  head: Person
  nonStandard: boolean
  /** What its payments and notices read once it is signed (payment-life.ts, notice-life.ts). */
  signed: SignedContract
  lines: LineInsert[]
}

export function startContract(ctx: OfficeContext, app: ApplicationLife, atMs: number): void {
  const random = ctx.random
  const head = ctx.people.signer(random, 'sales_head', [])
  const doc = ctx.engine.create(
    'contract',
    { title: `销售合同 ${app.doc.customerName ?? ''}`.trim(), customerName: app.doc.customerName, amountFen: app.doc.amountFen },
    head,
    atMs,
    [{ id: app.doc.id, kind: 'madeFrom' }],
  )
  // Customers with their own purchasing system quote their own contract number.
  const customerContractNo = random.chance(0.4) ? `${random.pick(['CG', 'HT', 'XS', 'GC'])}-${yearOf(dayOf(atMs))}-${String(random.int(1, 9999)).padStart(4, '0')}` : ''
  ctx.rows.contract({
    documentId: doc.id, applicationId: app.doc.id, customerId: app.customer.id, customerContractNo, signedOn: dayText(dayOf(atMs)),
    amountFen: app.doc.amountFen ?? 0, salespersonUserId: app.doc.drafter.id, salespersonName: app.doc.drafter.name, ...app.terms,
  })
  for (const line of app.lineRows) ctx.rows.contractLine({ ...line, documentId: doc.id })
  // The application is 已转合同, and the head's 签订合同 task on it is done.
  ctx.engine.advance(app.doc, 'contractMade', head, atMs, 'contract')
  count(ctx, 'contracts')
  const signed: SignedContract = { doc, customerId: app.customer.id, terms: app.terms, lines: app.lineRows.map((l) => ({ ...l, documentId: doc.id })) }
  const life: ContractLife = { doc, head, nonStandard: app.terms.nonStandardTerms !== null, signed, lines: app.lineRows }
  ctx.queue.schedule(minutesLater(ctx, atMs, random.between(5, 60)), (t) => submit(ctx, life, t))
}

function submit(ctx: OfficeContext, life: ContractLife, at: number): void {
  const random = ctx.random
  ctx.engine.act(life.doc, 'submit', life.head, at, { facts: { amountFen: life.doc.amountFen ?? 0, nonStandardTerms: life.nonStandard } })
  const end = random.weighted([['approve', 95.5], ['reject', 3.5], ['withdraw', 1]] as const)
  if (end === 'withdraw') {
    ctx.queue.schedule(minutesLater(ctx, at, random.between(5, 45)), (t) => withdraw(ctx, life, t))
    return
  }
  // A rejection falls on one step of the route, legal's or finance's.
  const rejectAt = end === 'reject' ? random.int(0, life.doc.route!.length - 1) : -1
  ctx.queue.schedule(hoursLater(ctx, at, random.logNormal(3, 0.9)), (t) => sign(ctx, life, t, rejectAt))
}

function sign(ctx: OfficeContext, life: ContractLife, at: number, rejectAt: number): void {
  const { doc } = life
  const random = ctx.random
  const { role } = ctx.engine.currentSigner(doc)
  const signer = signerAt(ctx, role, [doc.drafter.id, doc.lastSignerUserId], at, doc)
  if (!signer) return
  const position = doc.route!.findIndex((e) => e.key === doc.currentStep)
  if (position === rejectAt) {
    ctx.engine.act(doc, 'reject', signer, at, { comment: random.pick(CONTRACT_REJECT_REASONS) })
    count(ctx, 'contracts rejected')
    // The head fixes the paperwork with the customer and resubmits; now and then the deal is off,
    // where the chain lets a rejected contract be voided at all.
    const resubmit = !mayVoid(ctx, 'rejected') || random.chance(0.8)
    ctx.queue.schedule(hoursLater(ctx, at, random.logNormal(6, 0.8)), (t) => (resubmit ? submit(ctx, life, t) : voidIt(ctx, life, t)))
    return
  }
  ctx.engine.act(doc, 'approve', signer, at, {
    comment: random.chance(0.3) ? '已审核' : undefined,
    // contract-kind onApproved (R6): the signed contract waits in the planner's 待办 for its notice.
    onApproved: (signed, when) => ctx.engine.openFollowUp(signed, MAKE_NOTICE, when),
  })
  if (doc.state !== 'approved') {
    ctx.queue.schedule(hoursLater(ctx, at, random.logNormal(3, 0.9)), (t) => sign(ctx, life, t, rejectAt))
    return
  }
  count(ctx, 'contracts signed')
  // R14, R6: its money by its terms, and its production notice once the prepayment is in.
  startContractMoney(ctx, life.signed, at)
  ctx.queue.schedule(hoursLater(ctx, at, random.logNormal(3, 0.8)), (t) => useSeal(ctx, life, t, '合同签订', random.int(2, 4)))
  if (random.chance(0.04)) {
    const purpose = random.pick(SEAL_PURPOSES.filter((p) => p !== '合同签订'))
    ctx.queue.schedule(hoursLater(ctx, at, random.between(40, 400)), (t) => useSeal(ctx, life, t, purpose, random.int(1, 2)))
  }
}

/** Whether the contract's lifecycle lets the drafter void from this state (R24: none while one contract per application is the rule). */
function mayVoid(_ctx: OfficeContext, state: 'rejected' | 'withdrawn'): boolean {
  return contractLifecycle.voidable.includes(state)
}

function withdraw(ctx: OfficeContext, life: ContractLife, at: number): void {
  ctx.engine.act(life.doc, 'withdraw', life.head, at)
  count(ctx, 'contracts withdrawn')
  const resubmit = !mayVoid(ctx, 'withdrawn') || ctx.random.chance(0.85)
  ctx.queue.schedule(hoursLater(ctx, at, ctx.random.logNormal(4, 0.8)), (t) => (resubmit ? submit(ctx, life, t) : voidIt(ctx, life, t)))
}

function voidIt(ctx: OfficeContext, life: ContractLife, at: number): void {
  ctx.engine.act(life.doc, 'void', life.head, at)
  count(ctx, 'contracts voided')
}

/** seal.use: the register row and its audit event; the contract's version does not move. */
function useSeal(ctx: OfficeContext, life: ContractLife, atMs: number, purpose: string, copies: number): void {
  const head = ctx.people.signer(ctx.random, 'sales_head', [])
  const at = iso(atMs)
  ctx.rows.sealUsage({ contractId: life.doc.id, usedByUserId: head.id, usedByName: head.name, usedAt: at, copies, purpose })
  ctx.engine.audit(at, head, 'sales_head', 'seal.use', life.doc.id, life.doc.docNo, null, null, null, JSON.stringify({ copies, purpose }))
  count(ctx, 'seal uses')
}
