import type { DocumentView, QueueRow } from '../../../shared/api'
import { dayFromText, dayOf, dayText } from '../calendar'
import { address, bank, CITIES, companyName, contacts, officePhone } from '../names'
import { amountOf, draftOrder, instalmentsFor, raisedToFloor, type DraftOrder } from '../order-terms'
import { APPLICATION_REJECT_REASONS, APPROVAL_COMMENTS, CONTRACT_REJECT_REASONS, CREDIT_REASONS, CREDIT_REJECT_REASONS, NON_STANDARD_TERMS } from '../texts'
import { policyItems, type DemoOffice } from './demo-office'
import type { DemoPerson } from './demo-person'

// What each person does when they sit down at the workstation: clerks enter customers and fill
// applications, signers work through their 待办, the sales head draws contracts up and seals them.

const REVISE = '修改后重新提交'

async function todo(who: DemoPerson, docType?: 'application' | 'contract'): Promise<QueueRow[]> {
  const page = await who.call('queue.list', { tab: 'todo', filter: docType ? { docType } : {}, pageSize: 200 })
  return [...page.rows].reverse() // oldest first
}

const act = (who: DemoPerson, view: DocumentView, action: 'submit' | 'approve' | 'reject' | 'withdraw' | 'void', comment?: string) =>
  who.call('documents.act', { id: view.header.id, version: view.header.version, action, ...(comment ? { comment } : {}) })

async function enterCustomer(office: DemoOffice, clerk: DemoPerson): Promise<void> {
  const random = office.random
  const city = random.pick(CITIES.slice(0, 12))
  let name = companyName(random, city, office.customers.length < 3)
  while (office.takenNames.has(name)) name = companyName(random, city, false)
  office.takenNames.add(name)
  const place = address(random, city)
  const saved = await clerk.call('customers.save', {
    name, creditCode: office.codes.next(random, city), address: place, ...bank(random, city), taxAddressPhone: `${place} ${officePhone(random, city)}`, contacts: contacts(random),
  })
  office.customers.push({ id: saved.id, name, homeClerk: clerk, creditAsked: false })
}

function applicationInput(customerId: number, order: DraftOrder) {
  return {
    customerId, deliveryDate: dayText(order.plan.deliveryDay), prepaymentBps: order.plan.prepaymentBps, instalments: instalmentsFor(amountOf(order.lines), order.plan),
    installationNeeded: order.installationNeeded, lines: order.lines,
    ...(order.nonStandardTerms ? { nonStandardTerms: order.nonStandardTerms } : {}), ...(order.note ? { note: order.note } : {}),
  }
}

/** applications.save on a rejected or withdrawn application: lines below today's floor raised, then resubmitted. */
async function revise(clerk: DemoPerson, id: number): Promise<void> {
  const view = await clerk.call('documents.get', { id })
  if (view.body.kind !== 'application') return
  const body = view.body
  const policy = await clerk.call('priceLists.inForce', {})
  const floors = new Map(policy!.items.map((i) => [i.productId, i.floorPriceFen]))
  const lines = raisedToFloor(body.lines.map((l) => ({ productId: l.productId, quantity: l.quantity, unitPriceFen: l.unitPriceFen ?? 0 })), (p) => floors.get(p) ?? 0)
  const order: DraftOrder = {
    lines, installationNeeded: body.installationNeeded, nonStandardTerms: body.nonStandardTerms, note: body.note,
    plan: { prepaymentBps: body.terms.prepaymentBps, shape: Math.min(3, Math.max(1, body.terms.instalments.length)) as 1 | 2 | 3, retentionBps: 500, deliveryDay: dayFromText(body.deliveryDate) },
  }
  const saved = await clerk.call('applications.save', { id, version: view.header.version, ...applicationInput(body.customerId, order) })
  await act(clerk, saved, 'submit')
}

export interface ClerkPlan { newCustomers: number; drafts: number; revise: boolean; nonStandard: boolean; proposeCredit: boolean }

export async function clerkSitting(office: DemoOffice, clerk: DemoPerson, plan: ClerkPlan): Promise<void> {
  const random = office.random
  for (let i = 0; i < plan.newCustomers; i++) await enterCustomer(office, clerk)
  if (plan.revise) {
    for (const row of (await todo(clerk, 'application')).filter((r) => r.stepName === REVISE)) {
      if (random.chance(0.2)) await act(clerk, await clerk.call('documents.get', { id: row.documentId }), 'void')
      else await revise(clerk, row.documentId)
    }
    // Withdrawn ones and drafts left from last time (我发起的).
    const started = await clerk.call('queue.list', { tab: 'started', filter: { docType: 'application' }, pageSize: 50 })
    for (const row of started.rows.filter((r) => r.state === 'withdrawn' || r.state === 'draft')) await revise(clerk, row.documentId)
  }
  const policy = await clerk.call('priceLists.inForce', {})
  const items = policyItems(office, policy!)
  const mine = office.customers.filter((c) => c.homeClerk === clerk)
  for (let i = 0; i < plan.drafts; i++) {
    const pool = mine.length && random.chance(0.7) ? mine : office.customers
    const customer = random.weighted(pool.map((c, k) => [c, 1 / (k + 2)] as const))
    const order = draftOrder(random, () => random.pick(items), dayOf(office.clock.ms), 1)
    if (plan.nonStandard && i === 0) order.nonStandardTerms = random.pick(NON_STANDARD_TERMS)
    const saved = await clerk.call('applications.save', applicationInput(customer.id, order))
    if (random.chance(0.08)) continue // left as a draft for next time
    const submitted = await act(clerk, saved, 'submit')
    // 发现数量填错: withdrawn at once, corrected next sitting.
    if (random.chance(0.06)) await act(clerk, submitted, 'withdraw')
  }
  if (plan.proposeCredit) {
    const customer = office.customers.find((c) => c.homeClerk === clerk && !c.creditAsked) ?? office.customers.find((c) => !c.creditAsked)
    if (customer) await proposeCredit(office, clerk, customer.id)
  }
}

/** creditChanges.propose (R2): first terms for a customer, submitted to the general manager at once. */
export async function proposeCredit(office: DemoOffice, who: DemoPerson, customerId: number): Promise<void> {
  const customer = office.customers.find((c) => c.id === customerId)!
  const rating = office.random.pick(['C', 'C', 'B'] as const)
  await who.call('creditChanges.propose', {
    customerId, rating, creditLimitFen: (rating === 'B' ? 150_000_000 : 50_000_000), creditDays: rating === 'B' ? 60 : 30, reason: office.random.pick(CREDIT_REASONS.first),
  })
  customer.creditAsked = true
}

/**
 * A signer works through their 待办, oldest first: approve, now and then reject with a reason. With
 * `forceReject` the first document is sent back (the demo wants one waiting for its drafter).
 */
export async function signerSitting(office: DemoOffice, signer: DemoPerson, rejectShare: number, forceReject = false): Promise<boolean> {
  const random = office.random
  let rejected = false
  for (const row of (await todo(signer)).filter((r) => r.stepName !== REVISE)) {
    const view = await signer.call('documents.get', { id: row.documentId })
    if (!view.actions.includes('approve')) continue
    if ((forceReject && !rejected) || random.chance(rejectShare)) {
      const reasons = row.docType === 'contract' ? CONTRACT_REJECT_REASONS : row.docType === 'creditChange' ? CREDIT_REJECT_REASONS : APPLICATION_REJECT_REASONS
      await act(signer, view, 'reject', random.pick(reasons))
      rejected = true
      continue
    }
    const after = await act(signer, view, 'approve', random.pick(APPROVAL_COMMENTS) ?? undefined)
    if (after.header.state !== 'approved') continue
    if (row.docType === 'application') office.awaitingContract.push(row.documentId)
    if (row.docType === 'contract') {
      office.awaitingSeal.push(row.documentId)
      office.awaitingMoney.push(row.documentId)
    }
  }
  return rejected
}

/** The sales head: seals what was signed, resubmits what finance or legal sent back, draws new contracts up (R4). */
export async function headSitting(office: DemoOffice, head: DemoPerson, options: { resubmit: boolean; draw: boolean; leaveWaiting?: number }): Promise<void> {
  const random = office.random
  for (const contractId of office.awaitingSeal.splice(0)) await head.call('seal.use', { contractId, copies: random.int(2, 4), purpose: '合同签订' })
  if (options.resubmit)
    for (const row of (await todo(head, 'contract')).filter((r) => r.stepName === REVISE))
      await act(head, await head.call('documents.get', { id: row.documentId }), 'submit')
  if (!options.draw) return
  // The newest approved applications may stay in the head's 待办 (签订合同) for tomorrow.
  const keep = Math.min(options.leaveWaiting ?? 0, office.awaitingContract.length)
  for (const applicationId of office.awaitingContract.splice(0, office.awaitingContract.length - keep)) {
    const customerContractNo = random.chance(0.4) ? `CG-${dayText(dayOf(office.clock.ms)).slice(0, 4)}-${String(random.int(1, 9999)).padStart(4, '0')}` : ''
    const draft = await head.call('contracts.createFromApplication', { applicationId, customerContractNo, signedOn: dayText(dayOf(office.clock.ms)) })
    await act(head, draft, 'submit')
  }
}
