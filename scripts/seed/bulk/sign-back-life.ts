import type BetterSqlite3 from 'better-sqlite3'
import { BOOKED_INTO_BALANCE_SQL } from '../../../electron/core/doc-types/outbound-slip/sign-back/receivable-balance'
import { receivableDueOn, termsDueOn } from '../../../electron/core/doc-types/outbound-slip/sign-back/receivable-due'
import { BOOK_RECEIVABLE, RECORD_SIGNED_COPY } from '../../../electron/core/doc-types/outbound-slip/sign-back/sign-back-tasks'
import { afterWorkingHours, dayOf, dayText, iso } from '../calendar'
import { Random } from '../random'
import type { LiveDocument } from './bulk-engine'
import { count, type OfficeContext } from './office-context'

// Issue 12, R11: when a slip posts, finance waits for the customer's signed copy (客户联). Most come back
// within a week or two, some weeks late (paper tracking shows them, and finance chases them: every copy
// comes back in the end); those still out at the end of the calendar are the last weeks' slips. The
// customer signs on the delivery day or a day or two after; now and then a discrepancy is noted.
// Finance books the receivable (入帐) a few working hours after the copy, now and then a few days later
// (month-end), and never leaves one unbooked: an unbooked receivable is money the ledger, the credit check
// (R9) and the aging (R18) cannot see. With the due-date rule of the core (receivable-due.ts) and the same
// rows, tasks and audit events as signBacks.recordCopy / signBacks.bookReceivable. Draws from a stream of its own.
// (Until issue 4's ten-year queue: 7 % of copies never came back and 10 % of copies were never booked, which
// left finance 6,633 open tasks spread evenly over ten years — no office works like that.)

interface SignBackState { random: Random; s: Record<string, BetterSqlite3.Statement> }
const states = new WeakMap<OfficeContext, SignBackState>()
function signBack(ctx: OfficeContext): SignBackState {
  let state = states.get(ctx)
  if (!state) {
    const p = (sql: string) => ctx.rows.sqlite.prepare(sql)
    state = {
      random: new Random(0x5167 ^ Math.floor(ctx.end / 60_000)),
      s: {
        copy: p(`INSERT INTO signed_copies (slip_document_id, customer_id, signed_by, signed_on, returned_on, discrepancy, recorded_by_user_id, recorded_by_name, recorded_at)
          VALUES (@slipId, @customerId, @signedBy, @signedOn, @returnedOn, @discrepancy, @userId, @userName, @at)`),
        receivable: p(`INSERT INTO receivables (slip_document_id, contract_id, customer_id, amount_fen, booked_on, due_on, booked_by_user_id, booked_by_name, booked_at)
          VALUES (@slipId, @contractId, @customerId, @amountFen, @bookedOn, @dueOn, @userId, @userName, @at)`),
        closed: p(`SELECT closed_at FROM documents WHERE id = ?`),
        terms: p(`SELECT c.prepayment_fen, c.instalments, cu.credit_days FROM contracts c JOIN customers cu ON cu.id = c.customer_id WHERE c.document_id = ?`),
        booked: p(`SELECT coalesce(sum(amount_fen), 0) AS fen FROM receivables WHERE contract_id = ?`),
        bookedIntoBalance: p(BOOKED_INTO_BALANCE_SQL),
      },
    }
    states.set(ctx, state)
  }
  return state
}

const SIGNERS = ['赵经理', '钱主任', '孙工', '李科长', '周采购', '吴主管', '郑库管']
const DISCREPANCIES = ['外包装轻微破损，数量无误', '到货晚一天', '随货资料缺合格证一份，已补寄']

export interface PostedSlip { slip: LiveDocument; contractId: number; customerId: number; postedOn: string }

/** outbound-slip-kind onApproved: finance's 登记客户签收 opens; the copy comes back later (or not yet). */
export function startSignBack(ctx: OfficeContext, posted: PostedSlip, atIso: string): void {
  const { random } = signBack(ctx)
  ctx.engine.openFollowUp(posted.slip, RECORD_SIGNED_COPY, atIso)
  // Working hours until the copy is back: median about a week, a long tail of copies weeks late.
  const back = afterWorkingHours(Date.parse(atIso), random.logNormal(45, 0.9), random)
  ctx.queue.schedule(back, (t) => recordCopy(ctx, posted, t))
}

function recordCopy(ctx: OfficeContext, posted: PostedSlip, at: number): void {
  const { random, s } = signBack(ctx)
  if (posted.slip.state !== 'approved') return
  const finance = ctx.people.signer(random, 'finance', [])
  const returnedOn = dayText(dayOf(at))
  const signed = dayText(dayOf(Date.parse(`${posted.postedOn}T00:00:00+08:00`)) + random.int(0, 2))
  const signedOn = signed > returnedOn ? returnedOn : signed
  const discrepancy = random.chance(0.06) ? random.pick(DISCREPANCIES) : null
  s.copy!.run({ slipId: posted.slip.id, customerId: posted.customerId, signedBy: random.pick(SIGNERS), signedOn, returnedOn, discrepancy, userId: finance.id, userName: finance.name, at: iso(at) })
  ctx.engine.closeRoleTasks(posted.slip, 'finance', finance, 'signBacks.recordCopy', at)
  const open = (s.closed!.get(posted.slip.id) as { closed_at: string | null }).closed_at === null
  if (open) ctx.engine.openFollowUp(posted.slip, BOOK_RECEIVABLE, iso(at))
  ctx.engine.audit(iso(at), finance, 'finance', 'signBack.recordCopy', posted.slip.id, posted.slip.docNo, null, null, null, JSON.stringify({ signedOn, returnedOn, discrepancy }))
  count(ctx, 'signed copies recorded')
  if (returnedOn > dayText(dayOf(Date.parse(`${posted.postedOn}T00:00:00+08:00`)) + 14)) count(ctx, 'signed copies back late (over 14 days)')
  // A few working hours; one in ten waits for the month-end run, a few working days.
  const hours = random.chance(0.9) ? random.logNormal(6, 0.8) : random.logNormal(24, 0.6)
  ctx.queue.schedule(afterWorkingHours(at, hours, random), (t) => book(ctx, posted, signedOn, t))
}

function book(ctx: OfficeContext, posted: PostedSlip, signedOn: string, at: number): void {
  const { random, s } = signBack(ctx)
  const finance = ctx.people.signer(random, 'finance', [])
  const terms = s.terms!.get(posted.contractId) as { prepayment_fen: number; instalments: string; credit_days: number }
  const before = Number((s.booked!.get(posted.contractId) as { fen: number }).fen)
  const amountFen = posted.slip.amountFen ?? 0
  const dueOn = receivableDueOn(signedOn, Number(terms.credit_days), termsDueOn({ prepaymentFen: Number(terms.prepayment_fen), instalments: terms.instalments }, before, amountFen))
  const bookedOn = dayText(dayOf(at))
  s.receivable!.run({ slipId: posted.slip.id, contractId: posted.contractId, customerId: posted.customerId, amountFen, bookedOn, dueOn, userId: finance.id, userName: finance.name, at: iso(at) })
  // R9: the contract's running receivable balance, by the engine's own statement (receivable-balance.ts).
  s.bookedIntoBalance!.run({ contractId: posted.contractId, customerId: posted.customerId, amountFen })
  ctx.engine.closeRoleTasks(posted.slip, 'finance', finance, 'signBacks.bookReceivable', at)
  ctx.engine.audit(iso(at), finance, 'finance', 'signBack.bookReceivable', posted.slip.id, posted.slip.docNo, null, null, null, JSON.stringify({ amountFen, bookedOn, dueOn, creditDays: terms.credit_days }))
  count(ctx, 'receivables booked')
}
