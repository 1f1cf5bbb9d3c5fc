import type BetterSqlite3 from 'better-sqlite3'
import { RECORD_INSTALLATION } from '../../../electron/core/doc-types/work-order/work-order-task'
import { afterWorkingHours, dayOf, dayText } from '../calendar'
import { Random } from '../random'
import { startAcceptance } from './acceptance-life'
import type { LiveDocument, Person } from './bulk-engine'
import { count, type OfficeContext } from './office-context'

// Issue 13, the work order (派工单, R12): a contract that needs installation, once its goods are all out, gets
// a work order from a sales clerk — but only once its first payment (首期款: the prepayment, or the first
// instalment) has arrived; until then it is held and tried again weekly (some stay held). The sales manager
// approves it (the first payment checked again); made from the contract's posted slips (R24), approved it
// waits in service's 待办 until the installers' result is recorded (已完工), most within the planned days.
// Draws from a stream of its own.

interface WorkOrderState { random: Random; s: Record<string, BetterSqlite3.Statement> }
const states = new WeakMap<OfficeContext, WorkOrderState>()
function workOrders(ctx: OfficeContext): WorkOrderState {
  let state = states.get(ctx)
  if (!state) {
    const p = (sql: string) => ctx.rows.sqlite.prepare(sql)
    state = {
      random: new Random(0x9e0d ^ Math.floor(ctx.end / 60_000)),
      s: {
        contract: p(`SELECT c.customer_id, c.installation_needed, c.prepayment_fen, c.instalments,
          (SELECT coalesce(sum(pa.direction * pa.amount_fen), 0) FROM payment_allocations pa WHERE pa.contract_id = c.document_id) AS collected,
          (SELECT n.delivery_address || char(9) || n.contact_name || char(9) || n.contact_phone FROM dispatch_notes n WHERE n.contract_id = c.document_id ORDER BY n.document_id DESC LIMIT 1) AS site
          FROM contracts c WHERE c.document_id = ?`),
        lines: p(`SELECT cl.line_no, cl.product_id, cl.product_code, cl.product_name, cl.spec, cl.unit,
          (SELECT coalesce(sum(l.posted_quantity), 0) FROM dispatch_note_lines l JOIN dispatch_notes n ON n.document_id = l.document_id WHERE n.contract_id = cl.document_id AND l.contract_line_no = cl.line_no) AS shipped
          FROM contract_lines cl WHERE cl.document_id = ? ORDER BY cl.line_no`),
        slips: p(`SELECT o.document_id AS id FROM outbound_slips o JOIN documents d ON d.id = o.document_id WHERE o.contract_id = ? AND d.state = 'approved' ORDER BY o.document_id`),
        body: p(`INSERT INTO work_orders (document_id, contract_id, customer_id, site_address, contact_name, contact_phone, installers, planned_start, planned_end, remark)
          VALUES (@documentId, @contractId, @customerId, @siteAddress, @contactName, @contactPhone, @installers, @plannedStart, @plannedEnd, NULL)`),
        line: p(`INSERT INTO work_order_lines (document_id, line_no, contract_line_no, product_id, product_code, product_name, spec, unit, quantity)
          VALUES (@documentId, @lineNo, @contractLineNo, @productId, @productCode, @productName, @spec, @unit, @quantity)`),
        result: p(`UPDATE work_orders SET completed_on = @completedOn, result_notes = @notes, result_by_user_id = @userId, result_by_name = @userName WHERE document_id = @documentId`),
      },
    }
    states.set(ctx, state)
  }
  return state
}

const INSTALLERS = [['钱师傅', '13900000001'], ['孙师傅', '13900000002'], ['李师傅', '13900000003'], ['周师傅', '13900000004'], ['吴师傅', '13900000005']] as const
const DAY = 86_400_000
const hoursLater = (ctx: OfficeContext, at: number, hours: number) => afterWorkingHours(at, hours, workOrders(ctx).random)

interface ContractRow { customer_id: number; installation_needed: number; prepayment_fen: number; instalments: string; collected: number; site: string | null }

/** R12's 首期款 and what the contract has collected now (work-order-contract.ts, contract-money.ts). */
function firstPayment(c: ContractRow): { required: number; received: number } {
  const first = Number(c.prepayment_fen) > 0 ? Number(c.prepayment_fen) : Number((JSON.parse(c.instalments) as Array<{ amountFen: number }>)[0]?.amountFen ?? 0)
  return { required: first, received: Number(c.collected) }
}

/** A contract whose goods are all out: a work order follows if it needs installation (outbound-life.ts calls this). */
export function startWorkOrder(ctx: OfficeContext, contract: LiveDocument, atMs: number): void {
  const { random, s } = workOrders(ctx)
  const c = s.contract!.get(contract.id) as ContractRow
  if (!c.installation_needed) return
  ctx.queue.schedule(hoursLater(ctx, atMs, random.logNormal(20, 0.6)), (t) => tryIssue(ctx, contract, t, 0))
}

function tryIssue(ctx: OfficeContext, contract: LiveDocument, at: number, attempt: number): void {
  const { random, s } = workOrders(ctx)
  if (contract.state !== 'shipped') return
  const c = s.contract!.get(contract.id) as ContractRow
  const first = firstPayment(c)
  if (first.received < first.required) {
    // R12: FIRST_PAYMENT_MISSING — the clerk tries again next week; after six weeks it stays held (待派工, 首期款未到).
    if (attempt === 0) count(ctx, 'work orders held by the first payment')
    if (attempt < 6) ctx.queue.schedule(at + 7 * DAY, (t) => tryIssue(ctx, contract, t, attempt + 1))
    else count(ctx, 'installations still held by the first payment')
    return
  }
  const lines = (s.lines!.all(contract.id) as Array<{ line_no: number; product_id: number; product_code: string; product_name: string; spec: string; unit: string; shipped: number }>)
    .filter((l) => Number(l.shipped) > 0)
  if (lines.length === 0) return
  const clerk = ctx.people.signer(random, 'sales_clerk', [])
  // R24: made from the contract and the slips its goods left by (work-order-contract.ts postedSlipIds).
  const slips = (s.slips!.all(contract.id) as Array<{ id: number }>).map((slip) => ({ id: slip.id, kind: 'madeFrom' }))
  const doc = ctx.engine.create('workOrder', { title: `安装 ${contract.customerName ?? ''}`.trim(), customerName: contract.customerName, amountFen: null }, clerk, at, [
    { id: contract.id, kind: 'madeFrom' }, ...slips,
  ])
  const [address, contactName, contactPhone] = (c.site ?? '现场\t现场联系人\t-').split('\t')
  // Day numbers (calendar.ts): the installers start two to seven days on, for one to four days.
  const start = dayOf(at) + 2 + random.int(0, 5)
  const days = 1 + random.int(0, 3)
  const crew = random.chance(0.5) ? [random.pick(INSTALLERS)] : [INSTALLERS[0], random.pick(INSTALLERS.slice(1))]
  s.body!.run({
    documentId: doc.id, contractId: contract.id, customerId: c.customer_id, siteAddress: address, contactName, contactPhone,
    installers: JSON.stringify(crew.map(([name, phone]) => ({ name, phone }))), plannedStart: dayText(start), plannedEnd: dayText(start + days - 1),
  })
  lines.forEach((l, i) =>
    s.line!.run({ documentId: doc.id, lineNo: i + 1, contractLineNo: l.line_no, productId: l.product_id, productCode: l.product_code, productName: l.product_name, spec: l.spec, unit: l.unit, quantity: Number(l.shipped) }),
  )
  ctx.engine.act(doc, 'submit', clerk, at, { facts: {} })
  count(ctx, 'work orders')
  ctx.queue.schedule(hoursLater(ctx, at, random.logNormal(6, 0.7)), (t) => approve(ctx, doc, contract, t, (start + days) * DAY))
}

function approve(ctx: OfficeContext, doc: LiveDocument, contract: LiveDocument, at: number, doneBy: number): void {
  const { random, s } = workOrders(ctx)
  const { role, assigneeUserId } = ctx.engine.currentSigner(doc)
  const manager: Person = assigneeUserId !== null ? ctx.people.byId(assigneeUserId) : ctx.people.signer(random, role, [doc.drafter.id])
  const first = firstPayment(s.contract!.get(contract.id) as ContractRow)
  // R12 at the approval: money reversed meanwhile refuses it; the manager sends it back.
  if (first.received < first.required) return ctx.engine.act(doc, 'reject', manager, at, { comment: '首期款已冲回，待到账后再提交' })
  ctx.engine.act(doc, 'approve', manager, at, {
    onApproved: (approved, atIso) => ctx.engine.openFollowUp(approved, RECORD_INSTALLATION, atIso),
  })
  // Service records the result after the planned end (most); some are still out at the office's end.
  if (random.chance(0.9)) ctx.queue.schedule(hoursLater(ctx, Math.max(at, doneBy), random.logNormal(8, 0.6)), (t) => recordResult(ctx, doc, contract, t))
}

function recordResult(ctx: OfficeContext, doc: LiveDocument, contract: LiveDocument, at: number): void {
  const { random, s } = workOrders(ctx)
  if (doc.state !== 'approved') return
  const service = ctx.people.signer(random, 'service', [])
  ctx.engine.advance(doc, 'installed', service, at, 'recordResult')
  s.result!.run({ documentId: doc.id, completedOn: dayText(dayOf(at)), notes: random.chance(0.85) ? '安装调试完毕，运行正常' : '安装完毕，待客户试运行', userId: service.id, userName: service.name })
  count(ctx, 'work orders completed')
  // R13: the customer's acceptance follows (acceptance-life.ts).
  startAcceptance(ctx, doc, contract, at)
}
