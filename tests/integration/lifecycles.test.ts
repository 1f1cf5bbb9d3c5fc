import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { DocumentView } from '../../shared/api'
import { DOCUMENT_ACTION_KEYS } from '../../shared/document-states'
import { snapshotTables } from './support/table-snapshot'
import { openContractOffice, type ContractOffice } from './support/contract-office'

// Issue 9, item 2: each type's lifecycle (shared/doc-types/<type>/<type>-type.ts) says which states may be
// voided and closed; the engine refuses the rest with an exact code and changes nothing. The application's
// own cases are in links-and-closing.test.ts; here the contract and the credit change.

let o: ContractOffice
beforeAll(async () => {
  o = await openContractOffice()
}, 60_000)
afterAll(() => o.office.close())

type Person = ContractOffice['clerk']
type Action = (typeof DOCUMENT_ACTION_KEYS)[number]
const act = (who: Person, view: DocumentView, action: Action, comment?: string) =>
  who.call('documents.act', { id: view.header.id, version: view.header.version, action, comment })
const refusedCode = async (who: Person, view: DocumentView, action: Action, comment?: string) =>
  (await who.refused('documents.act', { id: view.header.id, version: view.header.version, action, comment })).code

/** Every refusal leaves every table as it was. */
async function unchangedBy(work: () => Promise<void>): Promise<void> {
  const before = await snapshotTables(o.office.ws.database)
  await work()
  expect(await snapshotTables(o.office.ws.database)).toEqual(before)
}

describe('the contract: neither voided nor closed while it is the one contract of its application (R24, R19)', () => {
  it('draft, 会签中 and 已签订 refuse void and close; a signed contract refuses the approval actions', async () => {
    const applicationId = await o.approvedApplication()
    const draft = await o.head.call('contracts.createFromApplication', { applicationId, customerContractNo: '', signedOn: '2026-11-20' })
    expect(draft.header.state).toBe('draft')
    await unchangedBy(async () => {
      expect(await refusedCode(o.head, draft, 'void')).toBe('ACTION_NOT_ALLOWED')
      expect(await refusedCode(o.head, draft, 'close')).toBe('NOT_CLOSABLE')
    })
    const countersigning = await act(o.head, draft, 'submit')
    expect(countersigning.header.state).toBe('pending')
    await unchangedBy(async () => {
      expect(await refusedCode(o.head, countersigning, 'void')).toBe('ACTION_NOT_ALLOWED')
      expect(await refusedCode(o.head, countersigning, 'close')).toBe('NOT_CLOSABLE')
    })
    const signed = await act(o.finance, countersigning, 'approve')
    expect(signed.header.state).toBe('approved')
    await unchangedBy(async () => {
      expect(await refusedCode(o.head, signed, 'void')).toBe('ACTION_NOT_ALLOWED')
      expect(await refusedCode(o.head, signed, 'close')).toBe('NOT_CLOSABLE')
      expect(await refusedCode(o.head, signed, 'submit')).toBe('ACTION_NOT_ALLOWED')
      expect(await refusedCode(o.finance, signed, 'approve')).toBe('ACTION_NOT_ALLOWED')
      expect(await refusedCode(o.head, signed, 'withdraw')).toBe('ACTION_NOT_ALLOWED')
    })
  })
})

describe('the credit change: voided only when sent back, closed once in effect or voided (R2, R19)', () => {
  const propose = (rating: 'A' | 'B' | 'C') =>
    o.finance.call('creditChanges.propose', { customerId: o.customerId, rating, creditLimitFen: 10_000_000, creditDays: 30, reason: '年度评审' })

  it('awaiting the general manager it can be neither voided nor closed; rejected, it is voided and then closed', async () => {
    const pending = await propose('B')
    await unchangedBy(async () => {
      expect(await refusedCode(o.finance, pending, 'void')).toBe('ACTION_NOT_ALLOWED')
      expect(await refusedCode(o.finance, pending, 'close')).toBe('NOT_CLOSABLE')
    })
    const rejected = await act(o.gm, pending, 'reject', '额度需再议')
    await unchangedBy(async () => {
      expect(await refusedCode(o.finance, rejected, 'close')).toBe('NOT_CLOSABLE')
      expect(await refusedCode(o.gm, rejected, 'void')).toBe('NOT_DRAFTER')
    })
    const voided = await act(o.finance, rejected, 'void')
    const closed = await act(o.finance, voided, 'close')
    expect(closed.header).toMatchObject({ state: 'voided', closedAt: o.office.clock.now().toISOString() })
  })

  it('in effect it cannot be voided; its proposer closes it, and then every action by anyone is DOCUMENT_CLOSED', async () => {
    const approved = await act(o.gm, await propose('A'), 'approve')
    expect(approved.header.state).toBe('approved')
    await unchangedBy(async () => {
      expect(await refusedCode(o.finance, approved, 'void')).toBe('ACTION_NOT_ALLOWED')
      expect(await refusedCode(o.gm, approved, 'close')).toBe('NOT_DRAFTER')
    })
    const closed = await act(o.finance, approved, 'close')
    expect(closed.actions).toEqual([])
    await unchangedBy(async () => {
      for (const action of DOCUMENT_ACTION_KEYS) {
        for (const who of [o.finance, o.gm]) expect(await refusedCode(who, closed, action, '理由'), action).toBe('DOCUMENT_CLOSED')
      }
    })
  })
})
