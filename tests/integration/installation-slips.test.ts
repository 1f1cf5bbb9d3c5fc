import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import type { AcceptanceBody } from '../../shared/doc-types/acceptance/acceptance-body'
import { formatShanghai } from '../../shared/dates'
import { checkIntegrity } from '../../electron/core/integrity/check-integrity'
import { driverQuery } from '../../electron/core/db/driver-query'
import { TaskDeadlines1766100000000 } from '../../electron/core/db/migrations/1766100000000-task-deadlines'
import { openDispatchOffice, type DispatchOffice } from './support/dispatch-office'
import { snapshotTables } from './support/table-snapshot'
import type { TestClient } from './support/test-workstation'

// R12, R24: which outbound slips a work order rests on. It installs goods already out, so it is made from
// every slip of its contract posted up to its approval — linked at creation, and again at submit and at the
// approval for slips posted meanwhile (the draft's quantities may count on them). A slip posted after the
// approval is not on it: its goods wait for a new work order, which links it. And a slip of a contract the
// customer has accepted (已验收) is not voided, linked or not (OUTBOUND_CONTRACT_ACCEPTED). The migration
// that brings older offices there (due, raise, slip links) is run down and up again on one.

vi.setConfig({ testTimeout: 180_000 })

let o: DispatchOffice
let service: TestClient
beforeAll(async () => {
  o = await openDispatchOffice()
  service = await o.office.person('service', ['service'], '宋售后')
  await o.setCredit('A', 1_000_000_000)
}, 300_000)
afterAll(() => o?.office.close())

const FIRST = 690_000
const state = async (id: number) => (await o.clerk.call('documents.get', { id })).header.state
const integrity = async () => (await checkIntegrity(o.office.ws.database)).problems
const today = () => formatShanghai(o.office.clock.now().toISOString(), false)
const read = <T>(sql: string, params: Record<string, unknown>) => o.office.ws.database.read(async (em) => (await em.query(...driverQuery(em, sql, params))) as T[])
/** The slips a work order is made from (R24 links). */
const slipsOf = async (orderId: number) =>
  (await read<{ id: number }>(`SELECT l.to_document_id AS id FROM document_links l JOIN documents d ON d.id = l.to_document_id
     WHERE l.from_document_id = :orderId AND d.doc_type = 'outboundSlip' ORDER BY l.to_document_id`, { orderId })).map((r) => Number(r.id))

/** A contract of 2 pumps needing installation, its note for both approved, the first payment in; nothing posted yet. */
async function contractReady(): Promise<{ contractId: number; noteId: number }> {
  const contractId = await o.signedContract({ installationNeeded: true })
  await o.stock(2)
  const note = await o.submitted(contractId, 2)
  await o.manager.call('documents.act', { id: note.header.id, version: note.header.version, action: 'approve' })
  await o.finance.call('payments.record', o.transfer(FIRST, [{ contractId, amountFen: FIRST }]))
  return { contractId, noteId: note.header.id }
}
const post = (noteId: number, quantity: number) =>
  o.warehouse.call('outboundSlips.post', { dispatchNoteId: noteId, postedOn: '2026-11-20', lines: [{ noteLineNo: 1, quantity }] })
const orderInput = (contractId: number, quantity: number) => ({
  contractId, siteAddress: '上海市浦东新区张江路 100 号 泵房', contactName: '赵经理', contactPhone: '13800000000',
  installers: [{ name: '钱师傅', phone: '13900000001' }], plannedStart: '2026-11-20', plannedEnd: '2026-11-20', lines: [{ contractLineNo: 1, quantity }],
})

describe('R12, R24 slips posted after a work order exists', () => {
  it('posted while it is a draft: linked when it is saved again or submitted (its quantities may count on them), so voiding that slip is refused', async () => {
    const { contractId, noteId } = await contractReady()
    const first = await post(noteId, 1)
    const draft = await o.clerk.call('workOrders.save', orderInput(contractId, 1))
    expect(await slipsOf(draft.header.id)).toEqual([first.header.id])
    const second = await post(noteId, 1)
    // Submitted as it stands: linked at the submit.
    const sent = await o.clerk.call('documents.act', { id: draft.header.id, version: draft.header.version, action: 'submit' })
    expect(await slipsOf(draft.header.id)).toEqual([first.header.id, second.header.id])
    const refused = await o.warehouse.refused('documents.act', { id: second.header.id, version: second.header.version, action: 'void' })
    expect(refused.code).toBe('VOID_NOT_ALLOWED')
    expect(refused.message).toContain(draft.header.docNo)
    await o.manager.call('documents.act', { id: sent.header.id, version: sent.header.version, action: 'approve' })
    expect(await slipsOf(draft.header.id)).toEqual([first.header.id, second.header.id])
    expect(await integrity()).toEqual([])

    // Saved again: the clerk raises a second draft's quantity once more is out — linked at the save.
    const other = await contractReady()
    const one = await post(other.noteId, 1)
    const draft2 = await o.clerk.call('workOrders.save', orderInput(other.contractId, 1))
    const two = await post(other.noteId, 1)
    await o.clerk.call('workOrders.save', { ...orderInput(other.contractId, 2), id: draft2.header.id, version: draft2.header.version })
    expect(await slipsOf(draft2.header.id)).toEqual([one.header.id, two.header.id])
  })

  it('posted while it waits for the manager: linked at the approval', async () => {
    const { contractId, noteId } = await contractReady()
    const first = await post(noteId, 1)
    const draft = await o.clerk.call('workOrders.save', orderInput(contractId, 1))
    const sent = await o.clerk.call('documents.act', { id: draft.header.id, version: draft.header.version, action: 'submit' })
    const second = await post(noteId, 1)
    expect(await slipsOf(draft.header.id)).toEqual([first.header.id])
    await o.manager.call('documents.act', { id: sent.header.id, version: sent.header.version, action: 'approve' })
    expect(await slipsOf(draft.header.id)).toEqual([first.header.id, second.header.id])
    expect(await integrity()).toEqual([])
  })

  it('posted after the approval: not on that work order; the contract shows 1 to install, a new work order links it; until then the slip may be voided', async () => {
    const { contractId, noteId } = await contractReady()
    const first = await post(noteId, 1)
    const draft = await o.clerk.call('workOrders.save', orderInput(contractId, 1))
    const sent = await o.clerk.call('documents.act', { id: draft.header.id, version: draft.header.version, action: 'submit' })
    await o.manager.call('documents.act', { id: sent.header.id, version: sent.header.version, action: 'approve' })
    const second = await post(noteId, 1)
    expect(await slipsOf(draft.header.id)).toEqual([first.header.id])
    expect((await o.clerk.call('workOrders.pendingInstallation', {})).find((p) => p.contractId === contractId)).toMatchObject({ shippedQuantity: 2, orderedQuantity: 1 })
    expect(await integrity()).toEqual([])

    // Nothing rests on the later slip yet: it is voided, the contract back to 部分发货, the approved work order still within what is out.
    await o.warehouse.call('documents.act', { id: second.header.id, version: second.header.version, action: 'void' })
    expect(await state(contractId)).toBe('partlyShipped')
    expect(await integrity()).toEqual([])

    // Posted again, the second work order is made from it (and the first slip), and then holds it.
    const third = await post(noteId, 1)
    const next = await o.clerk.call('workOrders.save', orderInput(contractId, 1))
    expect(await slipsOf(next.header.id)).toEqual([first.header.id, third.header.id])
    expect((await o.warehouse.refused('documents.act', { id: third.header.id, version: third.header.version, action: 'void' })).code).toBe('VOID_NOT_ALLOWED')
    expect(await integrity()).toEqual([])
  })
})

describe('R24 a slip of an accepted contract', () => {
  it('is not voided, even where no work order links it (a work order approved before slips were linked at approval): OUTBOUND_CONTRACT_ACCEPTED, nothing written', async () => {
    const { contractId, noteId } = await contractReady()
    const slip = await post(noteId, 2)
    const draft = await o.clerk.call('workOrders.save', orderInput(contractId, 2))
    const sent = await o.clerk.call('documents.act', { id: draft.header.id, version: draft.header.version, action: 'submit' })
    const approved = await o.manager.call('documents.act', { id: sent.header.id, version: sent.header.version, action: 'approve' })
    await service.call('workOrders.recordResult', { id: approved.header.id, version: approved.header.version, completedOn: '2026-11-20', notes: '安装调试完毕' })
    const recorded = await service.call('acceptances.record', {
      workOrderId: approved.header.id, signatory: '周工', signedOn: today(), lines: [{ workOrderLineNo: 1, quantity: 2, appearanceOk: true, functionOk: true }],
    })
    expect((recorded.body as AcceptanceBody).passed).toBe(true)
    expect(await state(contractId)).toBe('accepted')
    // As a work order approved before this landing left it: made from its contract only.
    await o.office.ws.database.transaction((em) => em.query(...driverQuery(em, `DELETE FROM document_links WHERE from_document_id = :orderId AND to_document_id = :slipId`, { orderId: approved.header.id, slipId: slip.header.id })))

    const before = await snapshotTables(o.office.ws.database)
    const refused = await o.warehouse.refused('documents.act', { id: slip.header.id, version: slip.header.version, action: 'void' })
    expect(refused.code).toBe('OUTBOUND_CONTRACT_ACCEPTED')
    expect(refused.message).toContain(slip.header.docNo)
    expect(refused.message).toContain(recorded.header.docNo)
    expect(await snapshotTables(o.office.ws.database)).toEqual(before)
    expect(await state(contractId)).toBe('accepted')
  })
})

describe('migration TaskDeadlines on an office written before it', () => {
  it('gives a standing rectification its due and its raise, links a work order to the slips out at its approval; integrity clean', async () => {
    const { contractId, noteId } = await contractReady()
    const slip = await post(noteId, 2)
    const draft = await o.clerk.call('workOrders.save', orderInput(contractId, 2))
    const sent = await o.clerk.call('documents.act', { id: draft.header.id, version: draft.header.version, action: 'submit' })
    const approved = await o.manager.call('documents.act', { id: sent.header.id, version: sent.header.version, action: 'approve' })
    await service.call('workOrders.recordResult', { id: approved.header.id, version: approved.header.version, completedOn: '2026-11-20', notes: '安装调试完毕' })
    const recorded = await service.call('acceptances.record', {
      workOrderId: approved.header.id, signatory: '周工', signedOn: today(), responsible: '钱师傅',
      lines: [{ workOrderLineNo: 1, quantity: 2, appearanceOk: true, functionOk: false, problem: '压力不足' }],
    })
    const rectId = (recorded.body as AcceptanceBody).openedRectificationId!
    const tasksOf = () => read<{ step_key: string; role: string; opened_at: string; due_at: string | null }>(
      `SELECT step_key, role, opened_at, due_at FROM tasks WHERE document_id = :id AND closed_at IS NULL ORDER BY step_key`, { id: rectId })
    const written = await tasksOf()
    expect(written.map((t) => t.step_key)).toEqual(['answer_rectification', 'rectification_overdue_head', 'rectification_overdue_manager'])

    // Back to before the migration: no due, no raise, and the work order made from its contract only.
    const migration = new TaskDeadlines1766100000000()
    const runner = o.office.ws.database.dataSource.createQueryRunner()
    try {
      await migration.down(runner)
      await runner.query(...driverQuery(o.office.ws.database.dataSource.manager, `DELETE FROM document_links WHERE from_document_id = :orderId AND to_document_id = :slipId`, { orderId: approved.header.id, slipId: slip.header.id }))
      expect((await read<{ step_key: string }>(`SELECT step_key FROM tasks WHERE document_id = :id AND closed_at IS NULL`, { id: rectId })).map((t) => t.step_key)).toEqual(['answer_rectification'])
      await migration.up(runner)
    } finally {
      await runner.release()
    }
    expect(await tasksOf()).toEqual(written)
    expect(await slipsOf(approved.header.id)).toEqual([slip.header.id])
    expect(await integrity()).toEqual([])
  })
})
