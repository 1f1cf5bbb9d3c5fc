import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { DocumentView } from '../../shared/api'
import { checkIntegrity } from '../../electron/core/integrity/check-integrity'
import { openPaymentOffice, type PaymentOffice } from './support/payment-office'
import { sql } from './support/sql'
import { snapshotTables } from './support/table-snapshot'

// R6 → R7 after signing: a notice's goods are certified (qc's 出具合格证) and stocked (production's 成品入库);
// posting inbound against it moves it to 部分入库 / 已入库 (closable, R19); voiding the last live signed
// notice of a contract takes the contract back from 已排产 to 已签订 (R24).

let o: PaymentOffice
type Person = PaymentOffice['planner']
let qc: Person
let production: Person
beforeAll(async () => {
  o = await openPaymentOffice()
  qc = await o.office.person('qc', ['qc'], '孙质检')
  production = await o.office.person('production', ['production'], '钱生产')
}, 60_000)
afterAll(() => o.office.close())

const act = (who: Person, view: DocumentView, action: 'submit' | 'approve' | 'void' | 'close') =>
  who.call('documents.act', { id: view.header.id, version: view.header.version, action })
const fresh = (id: number) => o.planner.call('documents.get', { id })
const todo = async (who: Person, id: number) => (await who.call('queue.list', { tab: 'todo' })).rows.filter((r) => r.documentId === id).map((r) => r.stepName)
const consistent = async () => expect((await checkIntegrity(o.office.ws.database)).problems).toEqual([])
const taskClosedBy = (documentId: number, role: string) =>
  o.office.ws.database.read((em) =>
    sql<{ action: string }>(em, `SELECT closed_action AS action FROM tasks WHERE document_id = :documentId AND role = :role AND closed_at IS NOT NULL ORDER BY id`, { documentId, role }),
  )

/** A signed contract of 2 pumps (line 1) and 3 valves (line 2) with its prepayment in. */
async function paidContract(): Promise<number> {
  const c = await o.signedContract({ lines: [{ productId: o.pumpId, quantity: 2, unitPriceFen: 1_150_000 }, { productId: o.valveId, quantity: 3, unitPriceFen: 85_000 }] })
  await o.finance.call('payments.record', o.transfer(766_500, [{ contractId: c, amountFen: 766_500 }]))
  return c
}
async function signedNotice(contractId: number, lines: Array<{ contractLineNo: number; quantity: number }>): Promise<DocumentView> {
  const draft = await o.planner.call('productionNotices.save', { contractId, lines: lines.map((l) => ({ ...l, requiredDate: '2026-12-20' })) })
  return act(o.salesVp, await act(o.planner, draft, 'submit'), 'approve')
}
const certify = (productionNoticeId: number | undefined, productId: number, quantity: number) =>
  qc.raw('qcCertificates.issue', { productId, quantity, batchNo: 'B2612-01', inspectedOn: '2026-11-21', productionNoticeId })
async function inbound(noticeId: number, productId: number, quantity: number, post: boolean): Promise<DocumentView> {
  const cert = await qc.call('qcCertificates.issue', { productId, quantity, batchNo: 'B2612-02', inspectedOn: '2026-11-21' })
  const draft = await production.call('inbound.create', { sourceNoticeId: noticeId, receivedOn: '2026-11-22', lines: [{ productId, quantity, certificateId: cert.id }] })
  return post ? act(o.warehouse, await act(production, draft, 'submit'), 'approve') : draft
}

describe('a signed notice: qc certifies it, production stocks it, the notice reaches 已入库', () => {
  let contract: number
  let notice: DocumentView
  it('signed, qc gets 出具合格证 and production 成品入库 on it; the planner’s task on the contract is done', async () => {
    contract = await paidContract()
    notice = await signedNotice(contract, [{ contractLineNo: 1, quantity: 2 }, { contractLineNo: 2, quantity: 3 }])
    expect(notice.header.state).toBe('approved')
    expect((await fresh(contract)).header.state).toBe('scheduled')
    expect(await todo(qc, notice.header.id)).toEqual(['出具合格证'])
    expect(await todo(production, notice.header.id)).toEqual(['成品入库'])
    expect(await todo(o.planner, contract)).toEqual([])
    // qc reads the notice it certifies (quantities, no money).
    const seen = await qc.call('documents.get', { id: notice.header.id })
    expect(seen.header.docNo).toBe(notice.header.docNo)
    await consistent()
  })

  it('a certificate names only a notice in production and a product on it (CERTIFICATE_NOTICE_NOT_IN_PRODUCTION, CERTIFICATE_NOT_ON_NOTICE), changing nothing', async () => {
    const other = await paidContract()
    const only = await signedNotice(other, [{ contractLineNo: 1, quantity: 1 }])
    const draft = await o.planner.call('productionNotices.save', { contractId: other, lines: [{ contractLineNo: 2, quantity: 1, requiredDate: '2026-12-20' }] })
    const before = await snapshotTables(o.office.ws.database)
    const notOnIt = await certify(only.header.id, o.valveId, 1)
    expect(!notOnIt.ok && notOnIt.error.code).toBe('CERTIFICATE_NOT_ON_NOTICE')
    const notSigned = await certify(draft.header.id, o.valveId, 1)
    expect(!notSigned.ok && notSigned.error.code).toBe('CERTIFICATE_NOTICE_NOT_IN_PRODUCTION')
    expect(!notSigned.ok && notSigned.error.message).toContain(draft.header.docNo)
    const notANotice = await certify(other, o.pumpId, 1)
    expect(!notANotice.ok && notANotice.error.code).toBe('DOCUMENT_NOT_FOUND')
    expect(await snapshotTables(o.office.ws.database)).toEqual(before)
  })

  it('qc’s task closes once certificates naming the notice cover every product, and reopens when one is voided', async () => {
    const pumps = await certify(notice.header.id, o.pumpId, 2)
    expect(pumps.ok && pumps.data).toMatchObject({ productionNoticeId: notice.header.id, productionNoticeNo: notice.header.docNo })
    expect(await todo(qc, notice.header.id)).toEqual(['出具合格证']) // valves not yet
    const valves = await qc.call('qcCertificates.issue', { productId: o.valveId, quantity: 2, batchNo: 'B1', inspectedOn: '2026-11-21', productionNoticeId: notice.header.id })
    expect(await todo(qc, notice.header.id)).toEqual(['出具合格证']) // 2 of 3 valves
    await certify(notice.header.id, o.valveId, 1)
    expect(await todo(qc, notice.header.id)).toEqual([])
    expect(await taskClosedBy(notice.header.id, 'qc')).toEqual([{ action: 'certificate.issue' }])
    await consistent()
    await qc.call('qcCertificates.void', { id: valves.id, reason: '复检不合格' })
    expect(await todo(qc, notice.header.id)).toEqual(['出具合格证'])
    await consistent()
    await certify(notice.header.id, o.valveId, 2)
    expect(await todo(qc, notice.header.id)).toEqual([])
    expect(await todo(production, notice.header.id)).toEqual(['成品入库'])
    await consistent()
  })

  it('an inbound slip posted for part of it: 部分入库, production’s task goes on; a draft slip voided moves nothing', async () => {
    await inbound(notice.header.id, o.pumpId, 2, true)
    const part = await fresh(notice.header.id)
    expect(part.header.state).toBe('partlyStocked')
    expect(await todo(production, notice.header.id)).toEqual(['成品入库'])
    expect((await production.call('productionNotices.awaitingInbound', { noticeId: notice.header.id }))[0]?.lines).toMatchObject([{ productId: o.valveId, remaining: 3 }])
    // R24: goods are posted against it — it is never voided now.
    expect((await o.planner.refused('documents.act', { id: part.header.id, version: part.header.version, action: 'void' })).code).toBe('ACTION_NOT_ALLOWED')
    // A slip is voided only before it is posted (inbound-type.ts): the notice does not move.
    const draft = await inbound(notice.header.id, o.valveId, 3, false)
    await act(production, draft, 'void')
    expect((await fresh(notice.header.id)).header).toMatchObject({ state: 'partlyStocked', version: part.header.version })
    expect(await todo(production, notice.header.id)).toEqual(['成品入库'])
    await consistent()
  })

  it('the rest posted: 已入库, production’s task done, nothing more enters, and the planner may close it (R19)', async () => {
    await inbound(notice.header.id, o.valveId, 3, true)
    const done = await fresh(notice.header.id)
    expect(done.header.state).toBe('stocked')
    expect(await todo(production, notice.header.id)).toEqual([])
    expect(await taskClosedBy(notice.header.id, 'production')).toEqual([{ action: 'inbound' }])
    expect(await production.call('productionNotices.awaitingInbound', { noticeId: notice.header.id })).toEqual([])
    const cert = await qc.call('qcCertificates.issue', { productId: o.valveId, quantity: 1, batchNo: 'B9', inspectedOn: '2026-11-21' })
    const more = await production.raw('inbound.create', { sourceNoticeId: notice.header.id, receivedOn: '2026-11-22', lines: [{ productId: o.valveId, quantity: 1, certificateId: cert.id }] })
    expect(!more.ok && more.error.code).toBe('DOCUMENT_NOT_FOUND')
    const late = await certify(notice.header.id, o.valveId, 1)
    expect(!late.ok && late.error.code).toBe('CERTIFICATE_NOTICE_NOT_IN_PRODUCTION')
    expect((await fresh(contract)).header.state).toBe('scheduled')
    await consistent()
    const closed = await act(o.planner, done, 'close')
    expect(closed.header.closedAt).not.toBeNull()
    await consistent()
  })

  it('one slip covering the whole notice takes it straight from 已下达 to 已入库', async () => {
    const c = await paidContract()
    const n = await signedNotice(c, [{ contractLineNo: 1, quantity: 1 }])
    await inbound(n.header.id, o.pumpId, 1, true)
    expect((await fresh(n.header.id)).header.state).toBe('stocked')
    // Certified by certificates that did not name it: qc's task ends with the notice.
    expect(await todo(qc, n.header.id)).toEqual([])
    expect(await taskClosedBy(n.header.id, 'qc')).toEqual([{ action: 'inbound' }])
    await consistent()
  })
})

describe('R24: voiding a signed notice', () => {
  it('is refused while a live inbound slip is made from it (VOID_NOT_ALLOWED); the contract stays 已排产', async () => {
    const c = await paidContract()
    const n = await signedNotice(c, [{ contractLineNo: 1, quantity: 2 }])
    const draft = await inbound(n.header.id, o.pumpId, 1, false)
    const current = await fresh(n.header.id)
    const before = await snapshotTables(o.office.ws.database)
    const refusal = await o.planner.refused('documents.act', { id: current.header.id, version: current.header.version, action: 'void' })
    expect(refusal.code).toBe('VOID_NOT_ALLOWED')
    expect(refusal.message).toContain(draft.header.docNo)
    expect(await snapshotTables(o.office.ws.database)).toEqual(before)
    // The slip voided (before posting), the notice may be voided, and the contract goes back.
    await act(production, draft, 'void')
    await act(o.planner, await fresh(n.header.id), 'void')
    expect((await fresh(c)).header.state).toBe('approved')
    await consistent()
  })

  it('with another live signed notice the contract stays 已排产; voiding the last one takes it back to 已签订 and into the planner’s 待办', async () => {
    const c = await paidContract()
    const first = await signedNotice(c, [{ contractLineNo: 1, quantity: 1 }])
    const second = await signedNotice(c, [{ contractLineNo: 1, quantity: 1 }, { contractLineNo: 2, quantity: 3 }])
    expect((await fresh(c)).header.state).toBe('scheduled')
    const voided = await act(o.planner, await fresh(first.header.id), 'void')
    expect(voided.header.state).toBe('voided')
    expect((await fresh(c)).header.state).toBe('scheduled')
    expect(await todo(o.planner, c)).toEqual([])
    // The voided notice's tasks are done with it.
    expect(await todo(qc, first.header.id)).toEqual([])
    expect(await todo(production, first.header.id)).toEqual([])
    await consistent()

    await act(o.planner, await fresh(second.header.id), 'void')
    const back = await fresh(c)
    expect(back.header.state).toBe('approved')
    expect(await todo(o.planner, c)).toEqual(['编制生产通知单'])
    const trail = await o.office.ws.database.read((em) =>
      sql<{ fromState: string; toState: string }>(em, `SELECT from_state AS "fromState", to_state AS "toState" FROM audit_events WHERE entity_id = :id AND action = 'advance' ORDER BY id`, { id: c }),
    )
    expect(trail).toEqual([{ fromState: 'approved', toState: 'scheduled' }, { fromState: 'scheduled', toState: 'approved' }])
    await consistent()
    // A new notice signed: 已排产 again, and the planner's task is done.
    await signedNotice(c, [{ contractLineNo: 1, quantity: 2 }])
    expect((await fresh(c)).header.state).toBe('scheduled')
    expect(await todo(o.planner, c)).toEqual([])
    await consistent()
  })
})

describe('checkIntegrity sees a notice whose states or tasks lie', () => {
  const tamper = (text: string, params: Record<string, unknown>) => o.office.ws.database.transaction((em) => sql(em, text, params))
  const problems = async () => (await checkIntegrity(o.office.ws.database)).problems.map((p) => p.rule)

  it('a signed notice without qc’s task, with an extra one, or marked 已入库 without its goods; a contract 已排产 without a notice', async () => {
    const c = await paidContract()
    const n = await signedNotice(c, [{ contractLineNo: 1, quantity: 2 }])
    const id = n.header.id
    await tamper(`UPDATE tasks SET closed_at = opened_at, closed_by_user_id = 1, closed_action = 'x' WHERE document_id = :id AND role = 'qc'`, { id })
    expect(await problems()).toEqual(['open tasks'])
    await tamper(`UPDATE tasks SET closed_at = NULL, closed_by_user_id = NULL, closed_action = NULL WHERE document_id = :id AND role = 'qc'`, { id })
    await tamper(
      `INSERT INTO tasks (document_id, doc_type, doc_no, title, customer_name, amount_fen, drafter_name, step_key, step_name, role, assignee_user_id, opened_at)
       SELECT document_id, doc_type, doc_no, title, customer_name, amount_fen, drafter_name, step_key, step_name, role, NULL, opened_at FROM tasks
       WHERE document_id = :id AND role = 'production'`,
      { id },
    )
    expect(await problems()).toEqual(['open tasks'])
    await tamper(`DELETE FROM tasks WHERE id = (SELECT max(id) FROM tasks WHERE document_id = :id)`, { id })
    await consistent()
    await tamper(`UPDATE documents SET state = 'stocked' WHERE id = :id`, { id })
    expect(await problems()).toEqual(expect.arrayContaining(['R7 notice inbound state']))
    await tamper(`UPDATE documents SET state = 'voided', current_step = NULL, last_signer_user_id = NULL WHERE id = :id`, { id })
    await tamper(`UPDATE tasks SET closed_at = opened_at, closed_by_user_id = 1, closed_action = 'void' WHERE document_id = :id AND closed_at IS NULL`, { id })
    // (The trail still ends at 已下达: R21 says so too.)
    expect(await problems()).toEqual(expect.arrayContaining(['R6 contract scheduled']))
    expect(await problems()).not.toContain('open tasks')
  })
})
