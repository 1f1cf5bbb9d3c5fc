import type BetterSqlite3 from 'better-sqlite3'
import { ANSWER_RECTIFICATION, deadlineAfter, escalationOpensAt, RECTIFICATION_ESCALATIONS } from '../../../electron/core/doc-types/rectification/rectification-task'
import { afterWorkingHours, dayOf, dayText } from '../calendar'
import { Random } from '../random'
import type { LiveDocument, Person } from './bulk-engine'
import { count, type OfficeContext } from './office-context'

// Issue 13, the acceptance (验收报告, R13) and rectification (整改): a day or two after a work order is completed,
// service records the customer's acceptance of every line it installed. Most pass; some fail a check (mostly
// function), which opens a rectification due exactly 24 hours after the report is recorded. Service answers
// most on time, some late, and a few stay open (overdue at the office's end); an answered one is re-accepted a
// day or so later. The contract is 已验收 when every line is accepted — the same rows and transitions as the
// engine (acceptance-kind.ts, open-rectification.ts). Draws from a stream of its own.

interface AcceptanceState { random: Random; s: Record<string, BetterSqlite3.Statement> }
const states = new WeakMap<OfficeContext, AcceptanceState>()
function acceptances(ctx: OfficeContext): AcceptanceState {
  let state = states.get(ctx)
  if (!state) {
    const p = (sql: string) => ctx.rows.sqlite.prepare(sql)
    state = {
      random: new Random(0xa11c ^ Math.floor(ctx.end / 60_000)),
      s: {
        order: p(`SELECT contract_id, customer_id, completed_on FROM work_orders WHERE document_id = ?`),
        lines: p(`SELECT line_no, contract_line_no, product_id, product_code, product_name, spec, unit, quantity FROM work_order_lines WHERE document_id = ? ORDER BY line_no`),
        failed: p(`SELECT work_order_line_no, contract_line_no, product_id, product_code, product_name, spec, unit, quantity FROM acceptance_lines
          WHERE document_id = ? AND (appearance_ok = 0 OR function_ok = 0) ORDER BY line_no`),
        body: p(`INSERT INTO acceptances (document_id, work_order_id, contract_id, customer_id, signatory, signed_on, paper_ref, remark, responsible, rectification_id, recorded_at)
          VALUES (@documentId, @workOrderId, @contractId, @customerId, @signatory, @signedOn, @paperRef, NULL, @responsible, @rectificationId, NULL)`),
        line: p(`INSERT INTO acceptance_lines (document_id, line_no, work_order_line_no, contract_line_no, product_id, product_code, product_name, spec, unit, quantity, appearance_ok, function_ok, problem)
          VALUES (@documentId, @lineNo, @workOrderLineNo, @contractLineNo, @productId, @productCode, @productName, @spec, @unit, @quantity, @appearanceOk, @functionOk, @problem)`),
        recorded: p(`UPDATE acceptances SET recorded_at = ? WHERE document_id = ?`),
        rectAcceptance: p(`SELECT acceptance_id FROM rectifications WHERE document_id = ?`),
        rectification: p(`INSERT INTO rectifications (document_id, acceptance_id, work_order_id, contract_id, responsible, deadline_at) VALUES (?, ?, ?, ?, ?, ?)`),
        due: p(`UPDATE tasks SET due_at = ? WHERE document_id = ? AND closed_at IS NULL`),
        withdraw: p(`DELETE FROM tasks WHERE document_id = ? AND closed_at IS NULL AND step_key IN (${RECTIFICATION_ESCALATIONS.map((e) => `'${e.stepKey}'`).join(', ')})`),
        answer: p(`UPDATE rectifications SET answered_at = @at, answer = @answer, done_by = @doneBy, answered_by_user_id = @userId, answered_by_name = @userName WHERE document_id = @documentId`),
        shortLines: p(`SELECT count(*) AS n FROM contract_lines cl WHERE cl.document_id = ? AND cl.quantity > (
          SELECT coalesce(sum(l.quantity), 0) FROM acceptances a JOIN documents ad ON ad.id = a.document_id JOIN acceptance_lines l ON l.document_id = a.document_id
          WHERE a.contract_id = cl.document_id AND ad.state = 'approved' AND l.contract_line_no = cl.line_no AND l.appearance_ok <> 0 AND l.function_ok <> 0)`),
      },
    }
    states.set(ctx, state)
  }
  return state
}

const SIGNATORIES = ['周工', '吴经理', '郑工', '王主任', '冯科长', '陈工'] as const
const PROBLEMS = ['启动后出口压力不足', '运行噪声偏大', '密封处渗漏', '电机温升偏高', '外壳漆面划伤', '地脚螺栓未紧固'] as const
const ANSWERS = ['更换叶轮并重新调试，压力恢复', '重新校正联轴器，噪声正常', '更换机械密封，无渗漏', '补漆处理，外观合格', '紧固地脚螺栓并复查'] as const
const CREWS = ['钱师傅', '孙师傅', '李师傅', '周师傅', '吴师傅'] as const
const HOUR = 3_600_000
type LineRow = { work_order_line_no?: number; line_no?: number; contract_line_no: number; product_id: number; product_code: string; product_name: string; spec: string; unit: string; quantity: number }

/** A work order was just completed (work-order-life.ts calls this): its acceptance follows in a day or two. */
export function startAcceptance(ctx: OfficeContext, order: LiveDocument, contract: LiveDocument, atMs: number): void {
  const { random } = acceptances(ctx)
  if (random.chance(0.06)) return count(ctx, 'work orders awaiting acceptance')
  ctx.queue.schedule(afterWorkingHours(atMs, random.logNormal(20, 0.6), random), (t) => record(ctx, order, contract, t, null))
}

/** Service records a report: of every installed line (first), or of a rectification's failed lines (复验). */
function record(ctx: OfficeContext, order: LiveDocument, contract: LiveDocument, at: number, rect: LiveDocument | null): void {
  const { random, s } = acceptances(ctx)
  if (order.state !== 'completed') return
  const service = ctx.people.signer(random, 'service', [])
  const wo = s.order!.get(order.id) as { contract_id: number; customer_id: number; completed_on: string }
  const lines = (rect ? s.failed!.all((s.rectAcceptance!.get(rect.id) as { acceptance_id: number }).acceptance_id) : s.lines!.all(order.id)) as LineRow[]
  const failOdds = rect ? 0.05 : 0.18
  const checks = lines.map(() => (random.chance(failOdds) ? (random.chance(0.8) ? { a: 1, f: 0 } : { a: 0, f: 1 }) : { a: 1, f: 1 }))
  const failed = checks.some((c) => c.a === 0 || c.f === 0)
  const doc = ctx.engine.create('acceptance', { title: `验收 ${order.customerName ?? ''}`.trim(), customerName: order.customerName, amountFen: null }, service, at, [
    { id: order.id, kind: 'madeFrom' }, ...(rect ? [{ id: rect.id, kind: 'madeFrom' }] : []),
  ])
  const signedOn = dayText(Math.max(dayOf(at) - random.int(0, 1), 0))
  s.body!.run({
    documentId: doc.id, workOrderId: order.id, contractId: wo.contract_id, customerId: wo.customer_id, signatory: random.pick(SIGNATORIES),
    signedOn: signedOn < wo.completed_on ? wo.completed_on : signedOn, paperRef: random.chance(0.7) ? `YS-${doc.docNo.slice(2)}` : null,
    responsible: failed ? random.pick(CREWS) : null, rectificationId: rect?.id ?? null,
  })
  lines.forEach((l, i) => {
    const c = checks[i]!
    s.line!.run({
      documentId: doc.id, lineNo: i + 1, workOrderLineNo: l.work_order_line_no ?? l.line_no, contractLineNo: l.contract_line_no, productId: l.product_id,
      productCode: l.product_code, productName: l.product_name, spec: l.spec, unit: l.unit, quantity: Number(l.quantity), appearanceOk: c.a, functionOk: c.f,
      problem: c.a === 0 || c.f === 0 ? random.pick(PROBLEMS) : null,
    })
  })
  let opened: LiveDocument | null = null
  ctx.engine.act(doc, 'submit', service, at, {
    facts: { recordedLate: false },
    onApproved: (approved, atIso) => {
      s.recorded!.run(atIso, approved.id)
      if (rect) ctx.engine.advance(rect, 'reaccepted', service, Date.parse(atIso), 'reaccept')
      if (failed) opened = openRectification(ctx, approved, order, wo, service, Date.parse(atIso))
      if (contract.state === 'shipped' && Number((s.shortLines!.get(contract.id) as { n: number }).n) === 0) {
        ctx.engine.advance(contract, 'accepted', service, Date.parse(atIso), 'acceptance')
        count(ctx, 'contracts accepted')
      }
    },
  })
  count(ctx, rect ? 're-acceptances' : 'acceptances')
  if (opened) scheduleAnswer(ctx, opened, order, contract, at)
}

function openRectification(ctx: OfficeContext, acceptance: LiveDocument, order: LiveDocument, wo: { contract_id: number }, service: Person, at: number): LiveDocument {
  const { random, s } = acceptances(ctx)
  const rect = ctx.engine.create('rectification', { title: `整改 ${acceptance.customerName ?? ''}`.trim(), customerName: acceptance.customerName, amountFen: null }, service, at, [
    { id: acceptance.id, kind: 'madeFrom' },
  ])
  const deadline = deadlineAfter(new Date(at)).toISOString()
  s.rectification!.run(rect.id, acceptance.id, order.id, wo.contract_id, random.pick(CREWS), deadline)
  // As rectification-kind.ts: service's answer due by the deadline, the raise to the sales manager and head opening just past it.
  ctx.engine.act(rect, 'submit', service, at, {
    facts: { openedByHand: false },
    onApproved: (r, atIso) => {
      ctx.engine.openFollowUp(r, ANSWER_RECTIFICATION, atIso)
      for (const raise of RECTIFICATION_ESCALATIONS) ctx.engine.openFollowUp(r, raise, escalationOpensAt(deadline))
      s.due!.run(deadline, r.id)
    },
  })
  count(ctx, 'rectifications')
  return rect
}

/** Most answered within the 24 hours, some late (hours to days), a few never (overdue at the office's end). */
function scheduleAnswer(ctx: OfficeContext, rect: LiveDocument, order: LiveDocument, contract: LiveDocument, at: number): void {
  const { random } = acceptances(ctx)
  if (random.chance(0.04)) return count(ctx, 'rectifications left unanswered')
  const late = random.chance(0.2)
  const answerAt = late ? at + 24 * HOUR + random.logNormal(20, 0.8) * HOUR : at + random.int(1, 23) * HOUR
  if (late) count(ctx, 'rectifications answered late')
  ctx.queue.schedule(answerAt, (t) => answer(ctx, rect, order, contract, t))
}

function answer(ctx: OfficeContext, rect: LiveDocument, order: LiveDocument, contract: LiveDocument, at: number): void {
  const { random, s } = acceptances(ctx)
  if (rect.state !== 'approved') return
  const service = ctx.people.signer(random, 'service', [])
  s.withdraw!.run(rect.id)
  ctx.engine.advance(rect, 'answered', service, at, 'answer')
  s.answer!.run({ documentId: rect.id, at: new Date(at).toISOString(), answer: random.pick(ANSWERS), doneBy: random.pick(CREWS), userId: service.id, userName: service.name })
  if (random.chance(0.95)) ctx.queue.schedule(afterWorkingHours(at, random.logNormal(18, 0.6), random), (t) => record(ctx, order, contract, t, rect))
}
