import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import type { InputOf } from '../../shared/api'
import type { AcceptanceBody } from '../../shared/doc-types/acceptance/acceptance-body'
import type { RectificationBody } from '../../shared/doc-types/rectification/rectification-body'
import { formatShanghai } from '../../shared/dates'
import { checkIntegrity } from '../../electron/core/integrity/check-integrity'
import { driverQuery } from '../../electron/core/db/driver-query'
import { OVERDUE_RECTIFICATIONS_SQL } from '../../electron/core/doc-types/rectification/rectification-queue'
import { onPostgres } from './support/test-backend'
import { openDispatchOffice, type DispatchOffice } from './support/dispatch-office'
import { snapshotTables } from './support/table-snapshot'
import { PASSWORD, type TestClient } from './support/test-workstation'

// R13 验收报告 and 整改: service records the customer's acceptance of a completed work order; a failed check
// opens a rectification due exactly 24 hours after the report is recorded, answered by service, then
// re-accepted; the contract is 已验收 when every line is accepted. R24: a work order with a report is not
// voided. Overdue is read at the clock's instant: tested at its exact edges across midnight and month end.
// One office for the file, a fresh contract per test; the clock only moves forward.

vi.setConfig({ testTimeout: 180_000 })

let o: DispatchOffice
let service: TestClient & { id: number }
beforeAll(async () => {
  o = await openDispatchOffice()
  service = await o.office.person('service', ['service'], '宋售后')
  await o.setCredit('A', 1_000_000_000)
}, 300_000)
afterAll(() => o?.office.close())

const FIRST = 690_000
const state = async (id: number) => (await o.clerk.call('documents.get', { id })).header.state
const integrity = async () => (await checkIntegrity(o.office.ws.database)).problems
const code = async (client: TestClient, method: string, value: unknown) => (await client.refused(method as never, value as never)).code
const unchanged = async (attempt: () => Promise<string>, expected: string) => {
  const before = await snapshotTables(o.office.ws.database)
  expect(await attempt()).toBe(expected)
  expect(await snapshotTables(o.office.ws.database)).toEqual(before)
}
const today = () => formatShanghai(o.office.clock.now().toISOString(), false)

/** Sets the frozen clock to an instant (forward only) and signs everyone in again (sessions expire when idle). */
async function at(iso: string) {
  o.office.clock.current = new Date(iso)
  const people: Array<[TestClient, string]> = [[o.clerk, 'clerk'], [o.manager, 'manager'], [o.head, 'head'], [o.gm, 'gm'], [o.finance, 'finance'], [o.warehouse, 'warehouse'], [o.qc, 'qc'], [o.production, 'production'], [service, 'service']]
  for (const [client, login] of people) await client.call('auth.login', { login, password: PASSWORD })
}

/** A contract of 2 pumps, both shipped, first payment in, a work order of both approved; completed unless told. */
async function workOrder(complete = true): Promise<{ contractId: number; orderId: number; version: number }> {
  const contractId = await o.signedContract({ installationNeeded: true })
  await o.stock(2)
  const note = await o.submitted(contractId, 2)
  await o.manager.call('documents.act', { id: note.header.id, version: note.header.version, action: 'approve' })
  await o.warehouse.call('outboundSlips.post', { dispatchNoteId: note.header.id, postedOn: '2026-11-20', lines: [{ noteLineNo: 1, quantity: 2 }] })
  await o.finance.call('payments.record', o.transfer(FIRST, [{ contractId, amountFen: FIRST }]))
  const draft = await o.clerk.call('workOrders.save', {
    contractId, siteAddress: '上海市浦东新区张江路 100 号 泵房', contactName: '赵经理', contactPhone: '13800000000',
    installers: [{ name: '钱师傅', phone: '13900000001' }], plannedStart: '2026-11-20', plannedEnd: '2026-11-20', lines: [{ contractLineNo: 1, quantity: 2 }],
  })
  const sent = await o.clerk.call('documents.act', { id: draft.header.id, version: draft.header.version, action: 'submit' })
  const approved = await o.manager.call('documents.act', { id: sent.header.id, version: sent.header.version, action: 'approve' })
  if (!complete) return { contractId, orderId: approved.header.id, version: approved.header.version }
  const done = await service.call('workOrders.recordResult', { id: approved.header.id, version: approved.header.version, completedOn: '2026-11-20', notes: '安装调试完毕' })
  return { contractId, orderId: done.header.id, version: done.header.version }
}

type Line = InputOf<'acceptances.record'>['lines'][number]
const pass = (quantity = 2): Line => ({ workOrderLineNo: 1, quantity, appearanceOk: true, functionOk: true })
const functionFails = (quantity = 2): Line => ({ workOrderLineNo: 1, quantity, appearanceOk: true, functionOk: false, problem: '2 号泵启动后压力不足' })
const report = (workOrderId: number, lines: Line[], overrides: Partial<InputOf<'acceptances.record'>> = {}): InputOf<'acceptances.record'> => ({
  workOrderId, signatory: '周工（甲方设备科）', signedOn: today(), paperRef: 'YS-纸-001', lines,
  ...(lines.some((l) => !l.appearanceOk || !l.functionOk) ? { responsible: '钱师傅' } : {}), ...overrides,
})
const todoOf = async (client: TestClient, id: number) => (await client.call('queue.list', { tab: 'todo' })).rows.filter((r) => r.documentId === id).map((r) => r.stepName)

describe('R13 acceptance with a failed function check → rectification → answered → re-accepted → contract 已验收', () => {
  it('runs the whole story with the links, the tasks, the deadline and R24', async () => {
    const { contractId, orderId, version } = await workOrder()
    expect(await state(contractId)).toBe('shipped')
    expect((await service.call('acceptances.awaiting', {})).find((w) => w.workOrderId === orderId)).toMatchObject({ installed: 2, accounted: 0 })

    const recorded = await service.call('acceptances.record', report(orderId, [functionFails()]))
    expect(recorded.header).toMatchObject({ docType: 'acceptance', state: 'approved' })
    expect(recorded.header.docNo).toMatch(/^YS202611\d{4}$/)
    const body = recorded.body as AcceptanceBody
    expect(body).toMatchObject({ passed: false, recordedAt: o.office.clock.now().toISOString(), responsible: '钱师傅', lines: [{ quantity: 2, appearanceOk: true, functionOk: false, problem: '2 号泵启动后压力不足' }] })
    expect(body.openedRectificationNo).toMatch(/^ZG202611\d{4}$/)
    expect(await state(contractId)).toBe('shipped')
    expect((await service.call('acceptances.awaiting', {})).some((w) => w.workOrderId === orderId)).toBe(false)

    const rectId = body.openedRectificationId!
    const rect = await service.call('documents.get', { id: rectId })
    expect(rect.header.state).toBe('approved')
    const rb = rect.body as RectificationBody
    expect(rb.deadlineAt).toBe(new Date(o.office.clock.now().getTime() + 24 * 3_600_000).toISOString())
    expect(rb).toMatchObject({ overdue: false, responsible: '钱师傅', acceptanceNo: recorded.header.docNo, lines: [{ functionOk: false, quantity: 2 }] })
    expect(await todoOf(service, rectId)).toEqual(['答复整改'])
    expect((await service.call('rectifications.open', {})).find((r) => r.id === rectId)).toMatchObject({ state: 'approved', overdue: false, problem: '2 号泵启动后压力不足' })

    // R24: the work order (completed) is held by its report; the report is never voided once recorded.
    const held = await o.clerk.refused('documents.act', { id: orderId, version, action: 'void' })
    expect(held.code).toBe('VOID_NOT_ALLOWED')
    expect(held.message).toContain(recorded.header.docNo)
    expect(await code(service, 'documents.act', { id: recorded.header.id, version: recorded.header.version, action: 'void' })).toBe('ACTION_NOT_ALLOWED')

    // Re-acceptance before the answer: refused.
    await unchanged(() => code(service, 'acceptances.record', report(orderId, [pass()], { rectificationId: rectId })), 'REACCEPTANCE_NOT_ANSWERED')
    const answered = await service.call('rectifications.answer', { id: rectId, version: rect.header.version, answer: '更换 2 号泵叶轮，压力恢复', doneBy: '钱师傅、孙师傅' })
    expect(answered.header.state).toBe('answered')
    expect(answered.body).toMatchObject({ answeredAt: o.office.clock.now().toISOString(), answeredLate: false, doneBy: '钱师傅、孙师傅', answeredByName: '宋售后' })
    expect(await todoOf(service, rectId)).toEqual([])
    expect(await code(service, 'rectifications.answer', { id: rectId, version: answered.header.version, answer: '再次', doneBy: '钱师傅' })).toBe('RECTIFICATION_NOT_OPEN')

    // The re-acceptance covers exactly the failed lines, same quantities.
    await unchanged(() => code(service, 'acceptances.record', report(orderId, [pass(1)], { rectificationId: rectId })), 'REACCEPTANCE_LINES_MISMATCH')
    const prepared = await service.call('acceptances.prepare', { workOrderId: orderId, rectificationId: rectId })
    expect(prepared.lines.map((l) => [l.workOrderLineNo, l.remaining])).toEqual([[1, 2]])
    const again = await service.call('acceptances.record', report(orderId, [pass()], { rectificationId: rectId }))
    expect(again.body).toMatchObject({ passed: true, rectificationNo: rect.header.docNo, openedRectificationId: null })
    expect(await state(rectId)).toBe('verified')
    expect(await state(contractId)).toBe('accepted')
    expect((await o.clerk.call('documents.get', { id: contractId })).header.state).toBe('accepted')
    expect(await code(service, 'acceptances.record', report(orderId, [pass()], { rectificationId: rectId }))).toBe('REACCEPTANCE_NOT_ANSWERED')
    expect(await integrity()).toEqual([])
  })

  it('all passed at once: the contract is 已验收 with no rectification; a partial acceptance leaves it 已发货', async () => {
    const { contractId, orderId } = await workOrder()
    const first = await service.call('acceptances.record', report(orderId, [pass(1)]))
    expect((first.body as AcceptanceBody).openedRectificationId).toBeNull()
    expect(await state(contractId)).toBe('shipped')
    expect((await service.call('acceptances.awaiting', {})).find((w) => w.workOrderId === orderId)).toMatchObject({ installed: 2, accounted: 1 })
    const ledgerNos = async (status: 'shipped' | 'accepted') =>
      (await o.clerk.call('ledger.list', { filter: { status, period: 'all' }, page: 1, pageSize: 200 })).rows.map((r) => r.contractId)
    expect(await ledgerNos('shipped')).toContain(contractId)
    await service.call('acceptances.record', report(orderId, [pass(1)]))
    expect(await state(contractId)).toBe('accepted')
    // The ledger knows 已验收 (state data): its own status and filter, no longer counted as 已发货.
    expect(await ledgerNos('accepted')).toContain(contractId)
    expect(await ledgerNos('shipped')).not.toContain(contractId)
    const row = (await o.clerk.call('ledger.list', { filter: { period: 'all' }, page: 1, pageSize: 200 })).rows.find((r) => r.contractId === contractId)
    expect(row?.status).toBe('accepted')
    expect(await integrity()).toEqual([])
  })
})

describe('R13 refusals, each with its code and nothing written', () => {
  it('not completed, unknown line, over installed, date in the future or before completion, failed without problem or responsible, who may call', async () => {
    const notDone = await workOrder(false)
    const refused = await service.refused('acceptances.record', report(notDone.orderId, [pass()]))
    expect(refused.code).toBe('ACCEPTANCE_WORK_ORDER_NOT_COMPLETED')
    expect(refused.message).toContain('已批准')

    const { orderId } = await workOrder()
    await unchanged(() => code(service, 'acceptances.record', report(orderId, [{ ...pass(), workOrderLineNo: 9 }])), 'ACCEPTANCE_LINE_UNKNOWN')
    const over = await service.refused('acceptances.record', report(orderId, [pass(3)]))
    expect(over.code).toBe('ACCEPTANCE_OVER_INSTALLED')
    expect(over.message).toContain('安装 2 台，已验收 0，尚可验收 2，本次 3')
    await unchanged(() => code(service, 'acceptances.record', report(orderId, [pass()], { signedOn: '2026-12-31' })), 'ACCEPTANCE_DATE_IN_FUTURE')
    await unchanged(() => code(service, 'acceptances.record', report(orderId, [pass()], { signedOn: '2026-11-19' })), 'ACCEPTANCE_BEFORE_COMPLETION')
    await unchanged(() => code(service, 'acceptances.record', report(orderId, [{ ...functionFails(), problem: undefined }])), 'ACCEPTANCE_PROBLEM_MISSING')
    await unchanged(() => code(service, 'acceptances.record', report(orderId, [functionFails()], { responsible: undefined })), 'ACCEPTANCE_PROBLEM_MISSING')
    // Who may call: only service records and answers; the warehouse reads no report.
    expect(await code(o.clerk, 'acceptances.record', report(orderId, [pass()]))).toBe('FORBIDDEN')
    expect(await code(o.warehouse, 'acceptances.awaiting', {})).toBe('FORBIDDEN')
    expect(await code(o.manager, 'rectifications.answer', { id: orderId, version: 1, answer: 'x', doneBy: 'y' })).toBe('FORBIDDEN')
    // One accepted: a second for the same quantity is over installed.
    await service.call('acceptances.record', report(orderId, [pass(2)]))
    expect((await service.refused('acceptances.record', report(orderId, [pass(1)]))).message).toContain('已验收 2，尚可验收 0')
    // Need to know: no money on a report, whoever reads it; the warehouse cannot open one.
    const recorded = (await service.call('acceptances.prepare', { workOrderId: orderId })).lines
    expect(recorded[0]).toMatchObject({ installed: 2, accounted: 2, remaining: 0 })
    expect(await integrity()).toEqual([])
  })
})

describe('R13 the 24-hour deadline at its exact edges (frozen clock), raised to the sales manager and the sales head', () => {
  const overdueFor = async (client: TestClient, id: number) => (await client.call('rectifications.overdue', {})).find((r) => r.id === id)
  /** The rectification's rows in someone's 待办: the step, due and red (R13), as the queue answers them. */
  const todoRows = async (client: TestClient, id: number) =>
    (await client.call('queue.list', { tab: 'todo' })).rows.filter((r) => r.documentId === id).map((r) => ({ step: r.stepName, dueAt: r.dueAt, overdue: r.overdue }))
  const RAISED = '督促答复整改'
  /** The rectification's task rows as stored: the clock passing the deadline writes nothing. */
  const taskRows = (id: number) => o.office.ws.database.read((em) => em.query(...driverQuery(em, `SELECT * FROM tasks WHERE document_id = :id ORDER BY id`, { id })))

  /** A completed work order made now (its dispatch note valid a week from 20 Nov), its report recorded with a failed check at `iso`. */
  async function failedAt(iso: string) {
    const { orderId } = await workOrder()
    await at(iso)
    const recorded = await service.call('acceptances.record', report(orderId, [functionFails()]))
    const rectId = (recorded.body as AcceptanceBody).openedRectificationId!
    return { rectId, version: (await service.call('documents.get', { id: rectId })).header.version }
  }

  it('across midnight: recorded 01:00 on 23 Nov (Shanghai), due 01:00 on 24 Nov; on time at the instant, overdue 1 ms later; answered at the instant is on time', async () => {
    const { rectId, version } = await failedAt('2026-11-22T17:00:00.000Z')
    const rb = (await service.call('documents.get', { id: rectId })).body as RectificationBody
    expect(rb.deadlineAt).toBe('2026-11-23T17:00:00.000Z')
    expect(formatShanghai(rb.deadlineAt)).toBe('2026-11-24 01:00')

    // 我的待办: service's row is due by the deadline, not red; the manager and the head have none yet.
    expect(await todoRows(service, rectId)).toEqual([{ step: '答复整改', dueAt: '2026-11-23T17:00:00.000Z', overdue: false }])
    expect(await todoRows(o.manager, rectId)).toEqual([])
    expect(await integrity()).toEqual([])

    await at('2026-11-23T16:59:59.999Z')
    expect(await overdueFor(o.manager, rectId)).toBeUndefined()
    expect(await todoRows(o.head, rectId)).toEqual([])
    await at('2026-11-23T17:00:00.000Z')
    expect(await overdueFor(o.manager, rectId)).toBeUndefined()
    expect(await todoRows(o.manager, rectId)).toEqual([])
    expect(await todoRows(o.head, rectId)).toEqual([])
    expect(await todoRows(service, rectId)).toEqual([{ step: '答复整改', dueAt: '2026-11-23T17:00:00.000Z', overdue: false }])
    expect(((await service.call('documents.get', { id: rectId })).body as RectificationBody).overdue).toBe(false)
    const answered = await service.call('rectifications.answer', { id: rectId, version, answer: '已更换', doneBy: '钱师傅' })
    expect(answered.body).toMatchObject({ answeredLate: false, overdue: false })
    await at('2026-11-23T17:00:00.001Z')
    expect(await overdueFor(o.manager, rectId)).toBeUndefined()
    // Answered on time: the raise was withdrawn unseen — in nobody's 待办, and not in the manager's 已办.
    expect(await todoRows(o.manager, rectId)).toEqual([])
    expect(await todoRows(o.head, rectId)).toEqual([])
    expect(await todoRows(service, rectId)).toEqual([])
    expect((await o.manager.call('queue.list', { tab: 'done' })).rows.filter((r) => r.documentId === rectId)).toEqual([])
    expect(await integrity()).toEqual([])
  })

  it('across the month end: recorded 18:00 on 30 Nov, due 18:00 on 1 Dec; overdue 1 ms past, in the manager’s and the head’s lists (red), answered late', async () => {
    const { rectId, version } = await failedAt('2026-11-30T10:00:00.000Z')
    const rb = (await service.call('documents.get', { id: rectId })).body as RectificationBody
    expect(rb.deadlineAt).toBe('2026-12-01T10:00:00.000Z')
    expect(formatShanghai(rb.deadlineAt)).toBe('2026-12-01 18:00')

    await at('2026-12-01T10:00:00.000Z')
    expect(await overdueFor(o.head, rectId)).toBeUndefined()
    expect((await service.call('rectifications.open', {})).find((r) => r.id === rectId)).toMatchObject({ overdue: false })
    expect(await todoRows(o.manager, rectId)).toEqual([])
    expect(await todoRows(o.head, rectId)).toEqual([])
    expect(await todoRows(service, rectId)).toEqual([{ step: '答复整改', dueAt: '2026-12-01T10:00:00.000Z', overdue: false }])
    // Where it is now (service's 我发起的): on service's desk only, the raise not yet anyone's.
    const holders = async () => (await service.call('queue.list', { tab: 'started', pageSize: 200 })).rows.find((r) => r.documentId === rectId)?.now?.holders
    expect(await holders()).toEqual(['售后服务'])
    const managerBadge = (await o.manager.call('queue.counts', {})).todo
    const stored = await taskRows(rectId)

    // One millisecond past: no write, no job — the clock alone raises it into both 待办, red, and turns service's red.
    o.office.clock.current = new Date('2026-12-01T10:00:00.001Z')
    expect(await todoRows(o.manager, rectId)).toEqual([{ step: RAISED, dueAt: '2026-12-01T10:00:00.000Z', overdue: true }])
    expect(await todoRows(o.head, rectId)).toEqual([{ step: RAISED, dueAt: '2026-12-01T10:00:00.000Z', overdue: true }])
    expect(await todoRows(service, rectId)).toEqual([{ step: '答复整改', dueAt: '2026-12-01T10:00:00.000Z', overdue: true }])
    expect((await o.manager.call('queue.counts', {})).todo).toBe(managerBadge + 1)
    expect(await taskRows(rectId)).toEqual(stored)
    expect(await holders()).toEqual(['售后服务', '销售经理', '销售部主管'])
    // Not raised to anyone else: the clerk, finance and the general manager see nothing of it.
    for (const other of [o.clerk, o.finance, o.gm]) expect(await todoRows(other, rectId)).toEqual([])
    // The manager may open what sits in their 待办; nothing there is theirs to do (only service answers).
    expect((await o.manager.call('documents.get', { id: rectId })).header.docNo).toMatch(/^ZG/)

    await at('2026-12-01T10:00:00.001Z')
    expect(await overdueFor(o.manager, rectId)).toMatchObject({ overdue: true, responsible: '钱师傅' })
    expect(await overdueFor(o.head, rectId)).toMatchObject({ overdue: true })
    expect((await service.call('rectifications.open', {})).find((r) => r.id === rectId)).toMatchObject({ overdue: true })
    expect(((await o.manager.call('documents.get', { id: rectId })).body as RectificationBody).overdue).toBe(true)
    expect(await code(o.warehouse, 'rectifications.overdue', {})).toBe('FORBIDDEN')

    const answered = await service.call('rectifications.answer', { id: rectId, version, answer: '已更换', doneBy: '钱师傅' })
    expect(answered.body).toMatchObject({ answeredLate: true, overdue: false })
    expect(await overdueFor(o.manager, rectId)).toBeUndefined()
    // Answered (late): out of every 待办; service's 已办 holds its one answer, the raise is in nobody's 已办.
    for (const client of [o.manager, o.head, service]) expect(await todoRows(client, rectId)).toEqual([])
    expect((await service.call('queue.list', { tab: 'done' })).rows.filter((r) => r.documentId === rectId).map((r) => r.stepName)).toEqual(['答复整改'])
    for (const client of [o.manager, o.head]) expect((await client.call('queue.list', { tab: 'done' })).rows.filter((r) => r.documentId === rectId)).toEqual([])
    expect(await integrity()).toEqual([])
  })
})

describe('R13 the overdue list by an index, not a scan', () => {
  it('SQLite seeks idx_rectifications_unanswered (unanswered, by deadline) up to now', async () => {
    // PostgreSQL plans from statistics: on a few rows it rightly reads the table whole; the bench reads it at ten years.
    if (onPostgres) return
    const em = o.office.ws.database.dataSource.manager
    const plan = ((await em.query(...driverQuery(em, `EXPLAIN QUERY PLAN ${OVERDUE_RECTIFICATIONS_SQL}`, { now: o.office.clock.now().toISOString() }))) as Array<{ detail: string }>).map((r) => r.detail)
    expect(plan.some((d) => d.includes('idx_rectifications_unanswered'))).toBe(true)
    expect(plan.filter((d) => /^SCAN r\b/.test(d))).toEqual([])
  })
})
