import type BetterSqlite3 from 'better-sqlite3'
import {
  COLLECTED_OF_PERSON_SQL, commissionLinesOf, figuresOf, monthParams, OVERDUE_OF_PERSON_SQL, type CollectedRow, type OverdueRow,
} from '../../../electron/core/doc-types/commission/commission-figures'
import type { PolicyInForce } from '../../../electron/core/doc-types/commission/commission-policy'
import { PAY_COMMISSION } from '../../../electron/core/doc-types/commission/commission-task'
import type { CommissionFiguresDto } from '../../../shared/doc-types/commission/commission-body'
import type { OverdueRates } from '../../../shared/doc-types/commission/commission-rules'
import { afterWorkingHours, atMinute, DAY, dayOf, dayText, iso, nextWorkday, workdaysBetween } from '../calendar'
import { Random } from '../random'
import type { LiveDocument, Person } from './bulk-engine'
import { count, signerAt, type OfficeContext } from './office-context'

// Issue 14, the commission form (提成单, R16): the GM issues the commission policy on the first day (3 %,
// the overdue deduction per aging bucket) and a second version half-way (3.5 %: a rate change mid-history).
// On the third working day of each month a sales clerk fills last month's form for every salesperson
// with contract collections (the core's own queries and pure line builder, commission-figures.ts, so the
// figures are the ones commissions.save would compute); finance, the finance VP and the GM sign in turn
// (the GM's trips and absence as for every chain), and finance pays out within days — now and then in two
// parts. Same rows and events as commissionPolicies.issue, commissions.save, documents.act and
// commissions.recordPaid. Draws from a stream of its own.

interface CommissionState { random: Random; policies: Array<{ from: string } & PolicyInForce>; s: Record<string, BetterSqlite3.Statement> }
const states = new WeakMap<OfficeContext, CommissionState>()
function commissions(ctx: OfficeContext): CommissionState {
  let state = states.get(ctx)
  if (!state) {
    const p = (sql: string) => ctx.rows.sqlite.prepare(sql)
    state = {
      random: new Random(0x5443 ^ Math.floor(ctx.end / 60_000)),
      policies: [],
      s: {
        people: p(`SELECT DISTINCT c.salesperson_user_id AS person FROM payment_allocations pa JOIN contracts c ON c.document_id = pa.contract_id
          WHERE pa.created_at >= :start AND pa.created_at < :end ORDER BY 1`),
        collected: p(COLLECTED_OF_PERSON_SQL),
        overdue: p(OVERDUE_OF_PERSON_SQL),
        policy: p(`INSERT INTO commission_policies (version_no, effective_from, rate_bps, od_1_30_bps, od_31_60_bps, od_61_90_bps, od_91_180_bps, od_over_180_bps,
          issued_by_user_id, issued_by_name, issued_at, note) VALUES (@versionNo, @from, @rateBps, @d1_30, @d31_60, @d61_90, @d91_180, @over180, @userId, @userName, @at, @note)`),
        body: p(`INSERT INTO commissions (document_id, salesperson_user_id, salesperson_name, month, policy_version, rate_bps, od_1_30_bps, od_31_60_bps,
          od_61_90_bps, od_91_180_bps, od_over_180_bps, collected_fen, commission_fen, deduction_fen, payable_fen, paid_fen, remark, live_key)
          VALUES (@documentId, @personId, @personName, @month, @versionNo, @rateBps, @d1_30, @d31_60, @d61_90, @d91_180, @over180,
          @collectedFen, @commissionFen, @deductionFen, @payableFen, 0, NULL, @liveKey)`),
        line: p(`INSERT INTO commission_lines (document_id, line_no, contract_id, contract_no, customer_name, collected_fen, rate_bps, commission_fen, overdue,
          overdue_fen, deduction_fen) VALUES (@documentId, @lineNo, @contractId, @contractNo, @customerName, @collectedFen, @rateBps, @commissionFen, @overdue,
          @overdueFen, @deductionFen)`),
        payout: p(`INSERT INTO commission_payouts (commission_id, paid_on, amount_fen, note, created_at, by_user_id, by_name)
          VALUES (@commissionId, @paidOn, @amountFen, NULL, @at, @userId, @userName)`),
        paid: p(`UPDATE commissions SET paid_fen = paid_fen + @amountFen WHERE document_id = @documentId`),
      },
    }
    states.set(ctx, state)
  }
  return state
}

const RATES: OverdueRates = { d1_30: 50, d31_60: 100, d61_90: 200, d91_180: 300, over180: 500 }
const monthText = (day: number) => dayText(day).slice(0, 7)
const firstOfMonth = (day: number, plus = 0) => {
  const d = new Date(day * DAY)
  return Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + plus, 1) / DAY
}

/** The policy versions and, from the first month on, each month's forms early in the month after. */
export function scheduleCommissions(ctx: OfficeContext, day0: number, lastDay: number): void {
  const half = nextWorkday(day0 + Math.floor((lastDay - day0) / 2))
  issuePolicy(ctx, day0, 300, '销售提成办法')
  ctx.queue.schedule(atMinute(half, 9 * 60), () => issuePolicy(ctx, half, 350, '提成比例调整'))
  for (let month = firstOfMonth(day0); firstOfMonth(month, 1) <= lastDay; month = firstOfMonth(month, 1)) {
    const m = month
    const next = firstOfMonth(m, 1)
    const third = workdaysBetween(next, next + 20)[2]!
    if (third > lastDay) break
    ctx.queue.schedule(atMinute(third, 10 * 60), (t) => fillMonth(ctx, monthText(m), t))
  }
}

function issuePolicy(ctx: OfficeContext, day: number, rateBps: number, note: string): void {
  const state = commissions(ctx)
  const gm = ctx.people.withRole('general_manager')[0]!
  const versionNo = state.policies.length + 1
  const from = dayText(day)
  const at = iso(atMinute(day, 9 * 60))
  const id = Number(state.s.policy!.run({ versionNo, from, rateBps, ...RATES, userId: gm.id, userName: gm.name, at, note }).lastInsertRowid)
  ctx.engine.audit(at, gm, 'general_manager', 'commissionPolicy.issue', id, null, null, null, note,
    JSON.stringify({ versionNo, effectiveFrom: from, rateBps, overdueRates: RATES }), 'commission_policy')
  state.policies.push({ from, versionNo, rateBps, overdueRates: RATES })
  count(ctx, 'commission policy versions')
}

function fillMonth(ctx: OfficeContext, month: string, at: number): void {
  const { random, s, policies } = commissions(ctx)
  const window = monthParams(0, month)
  const policy = [...policies].reverse().find((p) => p.from <= window.last)
  if (!policy) return
  const people = (s.people!.all({ start: window.start, end: window.end }) as Array<{ person: number }>).map((r) => r.person)
  let t = at
  for (const personId of people) {
    const params = monthParams(personId, month)
    const lines = commissionLinesOf(s.collected!.all(params) as CollectedRow[], s.overdue!.all(params) as OverdueRow[], policy, params.last)
    if (!lines) {
      count(ctx, 'commissions refused: no contract collections')
      continue
    }
    const person = ctx.people.byId(personId)
    t += random.int(5, 25) * 60_000
    fileForm(ctx, figuresOf(person, month, policy, lines), t)
  }
}

function fileForm(ctx: OfficeContext, f: CommissionFiguresDto, at: number): void {
  const { random, s } = commissions(ctx)
  const drafter = ctx.people.signer(random, 'sales_clerk', [])
  const doc = ctx.engine.create('commission', { title: `提成 ${f.salespersonName} ${f.month}`, customerName: null, amountFen: f.payableFen }, drafter, at)
  s.body!.run({
    documentId: doc.id, personId: f.salespersonUserId, personName: f.salespersonName, month: f.month, versionNo: f.policyVersion, rateBps: f.rateBps, ...f.overdueRates,
    collectedFen: f.collectedFen, commissionFen: f.commissionFen, deductionFen: f.deductionFen, payableFen: f.payableFen, liveKey: `${f.salespersonUserId}:${f.month}`,
  })
  for (const l of f.lines) s.line!.run({ documentId: doc.id, ...l, overdue: JSON.stringify(l.overdue) })
  ctx.engine.act(doc, 'submit', drafter, at, { facts: { amountFen: f.payableFen } })
  count(ctx, 'commissions')
  if (f.deductionFen > 0) count(ctx, 'commissions with an overdue deduction')
  ctx.queue.schedule(afterWorkingHours(at, random.logNormal(6, 0.6), random), (t) => sign(ctx, doc, t))
}

/** The next signature of the chain (finance, finance VP, GM): R20 by the engine; the GM's absence waits. */
function sign(ctx: OfficeContext, doc: LiveDocument, at: number): void {
  const { random } = commissions(ctx)
  if (doc.state !== 'pending') return
  const { role, assigneeUserId } = ctx.engine.currentSigner(doc)
  const signer: Person | null = assigneeUserId !== null ? ctx.people.byId(assigneeUserId) : signerAt(ctx, role, [doc.drafter.id, doc.lastSignerUserId], at, doc)
  if (!signer) {
    if (at + DAY < ctx.end) ctx.queue.schedule(afterWorkingHours(at, 8, random), (t) => sign(ctx, doc, t))
    return
  }
  ctx.engine.act(doc, 'approve', signer, at, {
    onApproved: (approved, atIso) => {
      if ((approved.amountFen ?? 0) > 0) ctx.engine.openFollowUp(approved, PAY_COMMISSION, atIso)
    },
  })
  if (doc.state === 'pending') ctx.queue.schedule(afterWorkingHours(at, random.logNormal(8, 0.6), random), (t) => sign(ctx, doc, t))
  else if ((doc.amountFen ?? 0) > 0) ctx.queue.schedule(afterWorkingHours(at, random.logNormal(24, 0.5), random), (t) => pay(ctx, doc, 0, t))
}

/** R16: finance pays out, now and then in two parts; paid never exceeds the approved amount. */
function pay(ctx: OfficeContext, doc: LiveDocument, paidBefore: number, at: number): void {
  const { random, s } = commissions(ctx)
  const payable = doc.amountFen ?? 0
  const open = payable - paidBefore
  if (open <= 0 || (doc.state !== 'approved' && doc.state !== 'partlyPaid')) return
  const amountFen = paidBefore === 0 && open > 1 && random.chance(0.08) ? Math.floor(open / 2) : open
  const finance = ctx.people.signer(random, 'finance', [])
  const atIso = iso(at)
  const paidOn = dayText(dayOf(at))
  s.payout!.run({ commissionId: doc.id, paidOn, amountFen, at: atIso, userId: finance.id, userName: finance.name })
  s.paid!.run({ documentId: doc.id, amountFen })
  ctx.engine.audit(atIso, finance, 'finance', 'commission.pay', doc.id, doc.docNo, null, null, `发放 ¥${(amountFen / 100).toFixed(2)}（${paidOn}）`,
    JSON.stringify({ paidOn, amountFen }))
  const all = amountFen === open
  ctx.engine.advance(doc, all ? 'paidAll' : 'paidPart', finance, at, 'pay')
  count(ctx, all ? 'commissions paid' : 'commissions paid in part')
  if (!all) ctx.queue.schedule(afterWorkingHours(at, random.logNormal(60, 0.4), random), (t) => pay(ctx, doc, paidBefore + amountFen, t))
}
