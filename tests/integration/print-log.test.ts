import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { checkIntegrity } from '../../electron/core/integrity/check-integrity'
import { snapshotTables } from './support/table-snapshot'
import { openContractOffice, type ContractOffice } from './support/contract-office'

let o: ContractOffice
beforeAll(async () => {
  o = await openContractOffice()
}, 60_000)
afterAll(() => o.office.close())

describe('WORKFLOW.md "Printed forms": every print is logged, and every print after the first is 补打', () => {
  it('numbers the prints of a document across people (1 is the original), shows them in its trail, and changes nothing else', async () => {
    const id = await o.approvedApplication()
    const before = await o.clerk.call('documents.get', { id })
    expect(before.printCount).toBe(0)

    expect(await o.clerk.call('documents.recordPrint', { id })).toEqual({ copy: 1 })
    // Another person, on another workstation for all the core knows: still the same document's second print.
    expect(await o.manager.call('documents.recordPrint', { id })).toEqual({ copy: 2 })

    const after = await o.clerk.call('documents.get', { id })
    expect(after.printCount).toBe(2)
    expect(after.trail.slice(-2).map((t) => [t.action, t.userName, t.fromState, t.toState])).toEqual([
      ['print', '王小丽', null, null],
      ['print', '李建国', null, null],
    ])
    // A print is not an action on the document: same state, same version (a print must never make a
    // page someone else has open stale), and the audit trail still checks out.
    expect(after.header).toEqual(before.header)
    expect(await checkIntegrity(o.office.ws.database)).toEqual({ ok: true, problems: [] })
  })

  it('prints of one document do not count for another', async () => {
    const first = await o.approvedApplication()
    const second = await o.approvedApplication()
    await o.clerk.call('documents.recordPrint', { id: first })
    expect(await o.clerk.call('documents.recordPrint', { id: second })).toEqual({ copy: 1 })
  })

  it('refuses a document that does not exist, and writes nothing', async () => {
    const tables = await snapshotTables(o.office.ws.database)
    expect((await o.clerk.refused('documents.recordPrint', { id: 999_999 })).code).toBe('DOCUMENT_NOT_FOUND')
    expect(await snapshotTables(o.office.ws.database)).toEqual(tables)
  })
})
