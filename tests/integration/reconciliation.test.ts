import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import type { ReconciliationBody } from '../../shared/doc-types/reconciliation/reconciliation-body'
import { checkIntegrity } from '../../electron/core/integrity/check-integrity'
import { formatShanghai } from '../../shared/dates'
import { openDispatchOffice, type DispatchOffice } from './support/dispatch-office'
import { PASSWORD, type TestClient } from './support/test-workstation'
import { snapshotTables } from './support/table-snapshot'

// R17 月末对帐 and R19 关闭: the month's snapshot of every open contract from both sides (stored, never
// recomputed), one per month in order, each side signs once (R20: two people), differences are appended
// lines (a correction is another line), the lock, the next month opening at this one's closing; the
// closing waits for the lock and closes completed contracts, which are read-only from then on. Exact codes;
// a refusal changes nothing.

vi.setConfig({ testTimeout: 180_000, hookTimeout: 180_000 })

let o: DispatchOffice
let head: TestClient
beforeAll(async () => {
  o = await openDispatchOffice()
  await o.setCredit('A', 100_000_000)
  await o.stock(20)
  head = o.head
})
afterAll(() => o?.office.close())

const AMOUNT = 2_300_000
const today = () => formatShanghai(o.office.clock.now().toISOString(), false)
const body = async (client: TestClient, id: number) => (await client.call('documents.get', { id })).body as ReconciliationBody
const todo = async (client: TestClient, id: number) => (await client.call('queue.list', { tab: 'todo' })).rows.filter((r) => r.documentId === id).map((r) => r.stepName)
const unchanged = async (attempt: () => Promise<string>, code: string) => {
  const before = await snapshotTables(o.office.ws.database)
  expect(await attempt()).toBe(code)
  expect(await snapshotTables(o.office.ws.database)).toEqual(before)
}

/** A posted slip of `pumps` on the contract, today: its id. */
async function posted(contractId: number, pumps: number): Promise<number> {
  const sent = await o.submitted(contractId, pumps)
  const note = await o.manager.call('documents.act', { id: sent.header.id, version: sent.header.version, action: 'approve' })
  return (await o.warehouse.call('outboundSlips.post', { dispatchNoteId: note.header.id, postedOn: today(), lines: [{ noteLineNo: 1, quantity: pumps }] })).header.id
}
async function booked(slipId: number) {
  await o.finance.call('signBacks.recordCopy', { slipId, signedBy: '赵经理', signedOn: today(), returnedOn: today() })
  await o.finance.call('signBacks.bookReceivable', { slipId })
}
async function invoiced(contractId: number, amountFen: number, no: string) {
  const draft = await o.clerk.call('invoices.save', { contractId, amountFen })
  const sent = await o.clerk.call('documents.act', { id: draft.header.id, version: draft.header.version, action: 'submit' })
  const ok = await o.financeVp.call('documents.act', { id: sent.header.id, version: sent.header.version, action: 'approve' })
  await o.finance.call('invoices.record', { requestId: ok.header.id, number: { kind: 'digital', number: no }, issuedOn: today(), amountFen })
  return ok.header.id
}

let partly: number // one slip booked, one posted with its copy still out: the sides differ
let complete: number // shipped, collected and invoiced in full: closed by the closing
let dzNov: number

describe('R17 月末对帐', () => {
  it('is refused before the month ends; started after it, snapshots every open contract from both sides', async () => {
    partly = await o.signedContract()
    await booked(await posted(partly, 1))
    await posted(partly, 1)
    await o.finance.call('payments.record', o.transfer(1_000_000, [{ contractId: partly, amountFen: 1_000_000 }]))
    complete = await o.signedContract({ installationNeeded: false })
    await booked(await posted(complete, 2))
    await o.finance.call('payments.record', o.transfer(AMOUNT, [{ contractId: complete, amountFen: AMOUNT }]))
    await invoiced(complete, AMOUNT, '26312000000000000101')

    await unchanged(async () => (await o.finance.refused('reconciliations.start', { month: '2026-11' })).code, 'RECONCILIATION_MONTH_OPEN')
    expect((await o.clerk.refused('reconciliations.start', { month: '2026-11' })).code).toBe('FORBIDDEN')
    expect((await o.warehouse.refused('reconciliations.list', {})).code).toBe('FORBIDDEN')

    await o.later(12) // 2026-12-02
    await o.financeVp.call('auth.login', { login: 'financevp', password: PASSWORD })
    // Money that arrives after the month ended is not in its snapshot.
    await o.finance.call('payments.record', o.transfer(50_000, [{ contractId: partly, amountFen: 50_000 }]))
    expect((await o.finance.call('reconciliations.list', {})).nextMonth).toBe('2026-11')
    const started = await o.finance.call('reconciliations.start', { month: '2026-11' })
    dzNov = started.header.id
    expect(started.header).toMatchObject({ docType: 'reconciliation', state: 'approved', title: '2026年11月月末对帐' })
    expect(started.header.docNo).toMatch(/^DZ202612\d{4}$/)
    const lines = await o.finance.call('reconciliations.lines', { id: dzNov, page: 1, pageSize: 100, onlyDiffering: false })
    const row = lines.rows.find((r) => r.contractId === partly)!
    expect(row).toMatchObject({
      amountFen: AMOUNT, differs: true, openingSalesBalanceFen: 0, openingFinanceBalanceFen: 0,
      sales: { shippedFen: AMOUNT, receivableFen: AMOUNT, collectedFen: 1_000_000, invoicedFen: 0, balanceFen: AMOUNT - 1_000_000 },
      finance: { shippedFen: 1_150_000, receivableFen: 1_150_000, collectedFen: 1_000_000, invoicedFen: 0, balanceFen: 150_000 },
    })
    expect(lines.rows.find((r) => r.contractId === complete)).toMatchObject({
      differs: false, sales: { shippedFen: AMOUNT, collectedFen: AMOUNT, invoicedFen: AMOUNT, balanceFen: 0 }, finance: { receivableFen: AMOUNT, balanceFen: 0 },
    })
    const differing = await o.finance.call('reconciliations.lines', { id: dzNov, page: 1, pageSize: 100, onlyDiffering: true })
    expect(differing.rows.map((r) => r.contractId)).toContain(partly)
    expect(differing.rows.every((r) => r.differs)).toBe(true)
    const b = await body(o.finance, dzNov)
    expect(b).toMatchObject({ month: '2026-11', boundOn: '2026-12-01', previousId: null, differences: [], signatures: [], lockedAt: null })
    expect(b.totals.contracts).toBe(lines.total)
    expect(b.totals.sales.collectedFen).toBe(lines.rows.reduce((s, r) => s + r.sales.collectedFen, 0))
    // Both sides' 签认 wait in their queues.
    expect(await todo(o.manager, dzNov)).toEqual(['销售方签认对帐'])
    expect(await todo(o.finance, dzNov)).toEqual(['财务方签认对帐'])
  })

  it('one per month, in order: the same month again, an earlier month, a skipped month, the next before the lock', async () => {
    await unchanged(async () => (await o.finance.refused('reconciliations.start', { month: '2026-11' })).code, 'RECONCILIATION_MONTH_TAKEN')
    await unchanged(async () => (await o.finance.refused('reconciliations.start', { month: '2026-10' })).code, 'RECONCILIATION_OUT_OF_ORDER')
    await unchanged(async () => (await o.manager.refused('reconciliations.start', { month: '2026-12' })).code, 'RECONCILIATION_MONTH_OPEN')
    o.office.clock.advance(40 * 86_400_000) // 2027-01-11
    await o.later(0)
    await o.office.admin.call('auth.login', { login: 'admin', password: PASSWORD })
    await unchanged(async () => (await o.finance.refused('reconciliations.start', { month: '2027-01' })).code, 'RECONCILIATION_MONTH_OPEN')
    const next = await o.finance.refused('reconciliations.start', { month: '2026-12' })
    expect(next.code).toBe('RECONCILIATION_PREVIOUS_NOT_LOCKED')
    expect(next.message).toContain('2026年11月')
    expect((await o.finance.call('reconciliations.list', {})).blockedBy).toContain('尚未双方签认锁定')
  })

  it('a difference is a line with its explanation and resolver; a correction is a new line, the first stays as it was', async () => {
    const v = (await o.finance.call('documents.get', { id: dzNov })).header.version
    await unchanged(
      async () => (await o.finance.refused('reconciliations.recordDifference', {
        id: dzNov, version: v, contractId: 999_999, figure: 'receivable', explanation: '无此合同', resolverSide: 'finance', resolverName: '刘会计',
      })).code,
      'RECONCILIATION_CONTRACT_NOT_IN_SNAPSHOT',
    )
    await unchanged(
      async () => (await o.finance.refused('reconciliations.recordDifference', {
        id: dzNov, version: v, figure: 'other', explanation: '更正', resolverSide: 'finance', resolverName: '刘会计', correctsLineNo: 1,
      })).code,
      'RECONCILIATION_CORRECTS_UNKNOWN',
    )
    const first = await o.manager.call('reconciliations.recordDifference', {
      id: dzNov, version: v, contractId: partly, figure: 'receivable', salesFen: AMOUNT, financeFen: 1_150_000,
      explanation: '第二张出库单客户联未回', resolverSide: 'finance', resolverName: '刘会计',
    })
    expect((await o.finance.refused('reconciliations.recordDifference', {
      id: dzNov, version: v, figure: 'other', explanation: '旧版本', resolverSide: 'sales', resolverName: '李建国',
    })).code).toBe('STALE_VERSION')
    const second = await o.finance.call('reconciliations.recordDifference', {
      id: dzNov, version: first.header.version, contractId: partly, figure: 'receivable', salesFen: AMOUNT, financeFen: 1_150_000,
      explanation: '客户联已寄出，12 月入帐', resolverSide: 'sales', resolverName: '李建国', correctsLineNo: 1,
    })
    const b = second.body as ReconciliationBody
    expect(b.differences).toMatchObject([
      { lineNo: 1, contractNo: expect.stringMatching(/^HT/), explanation: '第二张出库单客户联未回', resolverSide: 'finance', correctsLineNo: null, correctedByLineNo: 2, recordedByName: '李建国' },
      { lineNo: 2, explanation: '客户联已寄出，12 月入帐', resolverSide: 'sales', correctsLineNo: 1, correctedByLineNo: null, recordedByName: '刘会计' },
    ])
    expect(second.trail.filter((t) => t.action === 'edit').map((t) => t.comment)).toEqual(['差异第 1 行：第二张出库单客户联未回', '更正差异第 1 行：客户联已寄出，12 月入帐'])
  })

  it('each side signs once (sales by its manager or head, finance by finance, two people); both signed, it locks', async () => {
    const v = () => o.finance.call('documents.get', { id: dzNov }).then((x) => x.header.version)
    await unchanged(async () => (await o.manager.refused('reconciliations.signOff', { id: dzNov, version: await v(), side: 'finance' })).code, 'RECONCILIATION_SIDE_ROLE')
    const sales = await o.manager.call('reconciliations.signOff', { id: dzNov, version: await v(), side: 'sales' })
    expect(sales.header.state).toBe('salesSigned')
    expect(await todo(o.manager, dzNov)).toEqual([])
    expect(await todo(o.finance, dzNov)).toEqual(['财务方签认对帐'])
    // The same side again — the head this time — is refused: one signature per side.
    await unchanged(async () => {
      const r = await head.refused('reconciliations.signOff', { id: dzNov, version: await v(), side: 'sales' })
      expect(r.message).toContain('李建国')
      return r.code
    }, 'RECONCILIATION_SIDE_SIGNED')
    // R20: one person holding both posts does not sign both sides.
    const both = await o.office.person('both', ['sales_manager', 'finance'], '周两岗')
    const dual = await both.call('reconciliations.signOff', { id: dzNov, version: await v(), side: 'finance' }).catch((e: Error) => e)
    expect(dual).not.toBeInstanceOf(Error)
    expect((dual as Awaited<ReturnType<typeof both.call<'reconciliations.signOff'>>>).header.state).toBe('locked')
    const b = await body(o.finance, dzNov)
    expect(b.signatures).toMatchObject([{ side: 'sales', userName: '李建国', role: 'sales_manager' }, { side: 'finance', userName: '周两岗', role: 'finance' }])
    expect(b.lockedAt).not.toBeNull()
    expect(await todo(o.finance, dzNov)).toEqual([])
  })

  it('a locked snapshot is read-only: a difference or a signature is refused with its code', async () => {
    const v = (await o.finance.call('documents.get', { id: dzNov })).header.version
    await unchanged(
      async () => (await o.finance.refused('reconciliations.recordDifference', { id: dzNov, version: v, figure: 'other', explanation: '锁定后', resolverSide: 'finance', resolverName: '刘会计' })).code,
      'RECONCILIATION_LOCKED',
    )
    await unchanged(async () => (await o.finance.refused('reconciliations.signOff', { id: dzNov, version: v, side: 'finance' })).code, 'RECONCILIATION_LOCKED')
    await unchanged(async () => (await o.finance.refused('documents.act', { id: dzNov, version: v, action: 'void' })).code, 'ACTION_NOT_ALLOWED')
  })

  it('R20: the same person is refused on the second side', async () => {
    const dec = await o.finance.call('reconciliations.start', { month: '2026-12' })
    const both = await o.office.person('both2', ['sales_head', 'finance'], '吴两岗')
    const signed = await both.call('reconciliations.signOff', { id: dec.header.id, version: dec.header.version, side: 'sales' })
    await unchanged(async () => (await both.refused('reconciliations.signOff', { id: dec.header.id, version: signed.header.version, side: 'finance' })).code, 'RECONCILIATION_SAME_SIGNER')
    // The next month opens at this one's closing balances.
    const lines = await o.finance.call('reconciliations.lines', { id: dec.header.id, page: 1, pageSize: 100, onlyDiffering: false })
    const row = lines.rows.find((r) => r.contractId === partly)!
    expect(row).toMatchObject({ openingSalesBalanceFen: AMOUNT - 1_000_000, openingFinanceBalanceFen: 150_000 })
    expect(row.sales.collectedFen).toBe(1_050_000)
    expect((await body(o.finance, dec.header.id)).previousId).toBe(dzNov)
    await o.finance.call('reconciliations.signOff', { id: dec.header.id, version: signed.header.version, side: 'finance' })
  })
})

describe('R19 关闭 after the lock', () => {
  it('is refused for a month without a locked reconciliation, then closes completed contracts, read-only from then on', async () => {
    await o.office.admin.call('auth.login', { login: 'admin', password: PASSWORD })
    await unchanged(async () => (await o.office.admin.refused('documents.closeMonth', { month: '2026-10' })).code, 'CLOSING_RECONCILIATION_NOT_LOCKED')
    const run = await o.office.admin.call('documents.closeMonth', { month: '2026-11' })
    expect(run.closed).toBeGreaterThan(0)
    const closed = await o.finance.call('documents.get', { id: complete })
    expect(closed.header.closedAt).not.toBeNull()
    expect((await o.finance.call('documents.get', { id: partly })).header.closedAt).toBeNull()
    // Read-only: the platform's refusal on a closed contract.
    expect((await o.clerk.refused('invoices.save', { contractId: complete, amountFen: 100 })).code).toBe('INVOICE_CONTRACT_NOT_SIGNED')
    expect((await o.finance.refused('documents.act', { id: complete, version: closed.header.version, action: 'comment', comment: '关闭后' })).code).toBe('DOCUMENT_CLOSED')
    // A closed contract is not in the next snapshot.
    const jan = await o.finance.refused('reconciliations.start', { month: '2027-01' })
    expect(jan.code).toBe('RECONCILIATION_MONTH_OPEN')
    expect((await checkIntegrity(o.office.ws.database)).problems).toEqual([])
  })
})
