import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { DocumentView } from '../../shared/api'
import { DOCUMENT_ACTION_KEYS } from '../../shared/document-states'
import { DocumentLinkEntity } from '../../electron/core/db/entities'
import { snapshotTables } from './support/table-snapshot'
import { PASSWORD } from './support/test-workstation'
import { openContractOffice, type ContractOffice } from './support/contract-office'
import { lockReconciliation } from './support/reconciliation-lock'

// Issue 9: links between documents as data (R24), business states from the type's lifecycle, and
// R19 closing — by the drafter one at a time, and the administrator's monthly run.

let o: ContractOffice
beforeAll(async () => {
  o = await openContractOffice()
}, 60_000)
afterAll(() => o.office.close())

type Person = ContractOffice['clerk']
const act = (who: Person, view: DocumentView, action: (typeof DOCUMENT_ACTION_KEYS)[number], comment?: string) =>
  who.call('documents.act', { id: view.header.id, version: view.header.version, action, comment })
const refusedAct = (who: Person, view: DocumentView, action: string, comment?: string) =>
  who.refused('documents.act', { id: view.header.id, version: view.header.version, action, comment })
const todoNos = async (who: Person) => (await who.call('queue.list', { tab: 'todo' })).rows.map((r) => r.docNo)
const makeContract = (applicationId: number) => o.head.call('contracts.createFromApplication', { applicationId, customerContractNo: '', signedOn: '2026-11-20' })

describe('links between documents (R24)', () => {
  it('a contract made from an application links to it; the application is 已转合同 and its 签订合同 task is done', async () => {
    const applicationId = await o.approvedApplication()
    const application = await o.clerk.call('documents.get', { id: applicationId })
    expect(await todoNos(o.head)).toContain(application.header.docNo)
    const contract = await makeContract(applicationId)
    expect(contract.family).toEqual([
      { id: applicationId, docType: 'application', docNo: application.header.docNo, state: 'contracted', closed: false, link: 'madeFrom', direction: 'source' },
    ])
    const after = await o.clerk.call('documents.get', { id: applicationId })
    expect(after.header).toMatchObject({ state: 'contracted', version: application.header.version + 1 })
    expect(after.family).toEqual([
      { id: contract.header.id, docType: 'contract', docNo: contract.header.docNo, state: 'draft', closed: false, link: 'madeFrom', direction: 'dependant' },
    ])
    expect(after.trail.at(-1)).toMatchObject({ action: 'advance', userName: '陈主管', fromState: 'approved', toState: 'contracted' })
    expect(await todoNos(o.head)).not.toContain(application.header.docNo)
    // 已转合同 is finished: it may be closed, never voided.
    expect(after.actions).toEqual(['comment', 'close'])
    expect((await refusedAct(o.clerk, after, 'void')).code).toBe('ACTION_NOT_ALLOWED')
  })

  it('an approved application whose deal fell through is voided while it has no contract, closing the head’s 签订合同 task', async () => {
    const applicationId = await o.approvedApplication()
    const approved = await o.clerk.call('documents.get', { id: applicationId })
    expect(approved.actions).toContain('void')
    expect(await todoNos(o.head)).toContain(approved.header.docNo)
    const voided = await act(o.clerk, approved, 'void')
    expect(voided.header.state).toBe('voided')
    expect(await todoNos(o.head)).not.toContain(approved.header.docNo)
    expect((await o.head.refused('contracts.createFromApplication', { applicationId, customerContractNo: '', signedOn: '2026-11-20' })).code).toBe('APPLICATION_NOT_APPROVED')
  })

  it('voiding follows the chain backwards: refused while a live document is linked to it, allowed once that one is voided', async () => {
    const sourceId = await o.approvedApplication()
    const dependant = await o.clerk.call('applications.save', o.applicationInput())
    // A link as a later type's document would write it (made from this one).
    await o.office.ws.database.transaction((em) =>
      em.getRepository(DocumentLinkEntity).insert({ fromDocumentId: dependant.header.id, toDocumentId: sourceId, kind: 'madeFrom', createdAt: o.office.clock.now().toISOString() }),
    )
    const source = await o.clerk.call('documents.get', { id: sourceId })
    const before = await snapshotTables(o.office.ws.database)
    const refusal = await refusedAct(o.clerk, source, 'void')
    expect(refusal).toMatchObject({ code: 'VOID_NOT_ALLOWED', details: { dependants: [dependant.header.docNo] } })
    expect(refusal.message).toBe(`该单据已有后续单据（${dependant.header.docNo}），须先作废后续单据`)
    expect(await snapshotTables(o.office.ws.database)).toEqual(before)
    await act(o.clerk, dependant, 'void')
    expect((await act(o.clerk, source, 'void')).header.state).toBe('voided')
  })
})

describe('R19 closing', () => {
  it('the drafter closes a finished document; from then on every action is refused and nothing changes', async () => {
    const voided = await act(o.clerk, await o.clerk.call('applications.save', o.applicationInput()), 'void')
    expect((await refusedAct(o.manager, voided, 'close')).code).toBe('NOT_DRAFTER')
    const closed = await act(o.clerk, voided, 'close')
    expect(closed.header.closedAt).toBe(o.office.clock.now().toISOString())
    expect(closed.header.state).toBe('voided')
    expect(closed.actions).toEqual([])
    expect(closed.trail.at(-1)).toMatchObject({ action: 'close', fromState: 'voided', toState: 'voided' })
    // 我发起的 says the document is closed, beside the state it was closed in.
    const started = await o.clerk.call('queue.list', { tab: 'started' })
    expect(started.rows.find((r) => r.documentId === closed.header.id)).toMatchObject({ state: 'voided', closed: true })
    expect(started.rows.filter((r) => r.documentId !== closed.header.id).every((r) => !r.closed)).toBe(true)
    const before = await snapshotTables(o.office.ws.database)
    for (const action of DOCUMENT_ACTION_KEYS) {
      for (const who of [o.clerk, o.manager, o.gm]) expect((await refusedAct(who, closed, action, '理由')).code).toBe('DOCUMENT_CLOSED')
    }
    const edit = await o.clerk.refused('applications.save', { ...o.applicationInput(), id: closed.header.id, version: closed.header.version })
    expect(edit.code).toBe('DOCUMENT_CLOSED')
    expect(await snapshotTables(o.office.ws.database)).toEqual(before)
    // Reading and reprinting a closed document stays possible (补打 is logged).
    expect((await o.clerk.call('documents.recordPrint', { id: closed.header.id })).copy).toBe(1)
  })

  it('an unfinished document is not closable', async () => {
    const draft = await o.clerk.call('applications.save', o.applicationInput())
    expect((await refusedAct(o.clerk, draft, 'close')).code).toBe('NOT_CLOSABLE')
  })

  it('the monthly run closes every finished document of months already over, once, in the administrator’s name', async () => {
    const finished = await act(o.clerk, await o.clerk.call('applications.save', o.applicationInput()), 'void')
    const open = await o.clerk.call('applications.save', o.applicationInput())
    const month = o.office.clock.now().toISOString().slice(0, 7)
    const before = await snapshotTables(o.office.ws.database)
    const early = await o.office.admin.refused('documents.closeMonth', { month })
    expect(early).toMatchObject({ code: 'CLOSING_MONTH_OPEN', message: `${month} 尚未结束，只能关闭已经结束的月份` })
    expect((await o.office.admin.refused('documents.closeMonth', { month: '2026-13' })).code).toBe('INVALID_INPUT')
    expect((await o.clerk.refused('documents.closeMonth', { month })).code).toBe('FORBIDDEN')
    expect(await snapshotTables(o.office.ws.database)).toEqual(before)

    o.office.clock.advance(45 * 24 * 3600_000)
    // Six weeks on, everyone signs in again.
    await o.office.admin.call('auth.login', { login: 'admin', password: PASSWORD })
    await o.clerk.call('auth.login', { login: 'clerk', password: PASSWORD })
    for (const [client, login] of [[o.manager, 'manager'], [o.finance, 'finance']] as const) await client.call('auth.login', { login, password: PASSWORD })
    // R19 after R17: not before the month's reconciliation is locked.
    expect((await o.office.admin.refused('documents.closeMonth', { month })).code).toBe('CLOSING_RECONCILIATION_NOT_LOCKED')
    await lockReconciliation(month, o.manager, o.finance)
    const run = await o.office.admin.call('documents.closeMonth', { month })
    expect(run.closed).toBeGreaterThanOrEqual(2) // this test's voided one and the earlier tests' finished ones
    const closed = await o.clerk.call('documents.get', { id: finished.header.id })
    expect(closed.header.closedAt).not.toBeNull()
    expect(closed.header.version).toBe(finished.header.version + 1)
    expect(closed.trail.at(-1)).toMatchObject({ action: 'close', userName: '管理员', role: 'admin', comment: `${month} 月末关闭清理` })
    expect((await o.clerk.call('documents.get', { id: open.header.id })).header.closedAt).toBeNull()
    expect((await refusedAct(o.clerk, finished, 'comment')).code).toBe('STALE_VERSION')
    expect((await refusedAct(o.clerk, closed, 'comment')).code).toBe('DOCUMENT_CLOSED')
    expect((await o.office.admin.call('documents.closeMonth', { month })).closed).toBe(0)
  })
})
