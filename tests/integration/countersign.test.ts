import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { DocumentView } from '../../shared/api'
import type { WorkflowDefinition } from '../../electron/core/workflow/definition'
import { openContractOffice, type ContractOffice } from './support/contract-office'
import { saveChain } from './support/save-chain'

// Issue 9: a step may be a countersign (会签) of several roles side by side — here the office has
// edited its contract chain so that finance and legal review every contract in parallel (R4).

let o: ContractOffice
beforeAll(async () => {
  o = await openContractOffice()
  const chain: WorkflowDefinition = {
    docType: 'contract',
    name: '销售合同会签',
    steps: [{ key: 'review', name: '财务法务会签', actor: { kind: 'countersign', roles: ['finance', 'legal'], need: 2 } }],
  }
  await saveChain(o.office.admin, chain)
}, 60_000)
afterAll(() => o.office.close())

type Person = ContractOffice['clerk']
const act = (who: Person, view: DocumentView, action: 'submit' | 'approve' | 'reject' | 'withdraw', comment?: string) =>
  who.call('documents.act', { id: view.header.id, version: view.header.version, action, comment })
const todoNos = async (who: Person) => (await who.call('queue.list', { tab: 'todo' })).rows.map((r) => r.docNo)

describe('a countersign step (会签)', () => {
  it('waits in both roles’ queues, keeps the step until both have signed, and records each signature', async () => {
    const draft = await o.head.call('contracts.createFromApplication', { applicationId: await o.approvedApplication(), customerContractNo: '', signedOn: '2026-11-20' })
    const submitted = await act(o.head, draft, 'submit')
    expect(submitted.header).toMatchObject({ state: 'pending', currentStep: 'review' })
    expect(await todoNos(o.finance)).toContain(draft.header.docNo)
    expect(await todoNos(o.legal)).toContain(draft.header.docNo)

    const legalSigned = await act(o.legal, submitted, 'approve', '条款无异议')
    expect(legalSigned.header).toMatchObject({ state: 'pending', currentStep: 'review' })
    expect(await todoNos(o.legal)).not.toContain(draft.header.docNo)
    expect(await todoNos(o.finance)).toContain(draft.header.docNo)
    expect(legalSigned.chain[0]!.countersign).toMatchObject({ need: 2, of: 2, signatures: [{ userName: '周律师', role: 'legal', comment: '条款无异议' }] })
    expect((await o.legal.call('documents.get', { id: draft.header.id })).actions).toEqual(['comment'])
    // R3: signed by one, it can no longer be withdrawn.
    expect((await o.head.call('documents.get', { id: draft.header.id })).actions).not.toContain('withdraw')

    const signed = await act(o.finance, legalSigned, 'approve')
    expect(signed.header.state).toBe('approved')
    expect(signed.chain[0]).toMatchObject({ status: 'done', countersign: { signatures: [{ role: 'legal' }, { role: 'finance' }] } })
    expect(await todoNos(o.finance)).not.toContain(draft.header.docNo)
    expect(signed.trail.filter((t) => t.action === 'approve').map((t) => [t.userName, t.role, t.toState])).toEqual([
      ['周律师', 'legal', 'pending'],
      ['刘会计', 'finance', 'approved'],
    ])
  })

  it('one refusal sends it back: the other role’s task closes with it', async () => {
    const draft = await o.head.call('contracts.createFromApplication', { applicationId: await o.approvedApplication(), customerContractNo: '', signedOn: '2026-11-20' })
    const submitted = await act(o.head, draft, 'submit')
    const rejected = await act(o.finance, submitted, 'reject', '付款条件不符合财务制度')
    expect(rejected.header.state).toBe('rejected')
    expect(await todoNos(o.legal)).not.toContain(draft.header.docNo)
    expect(await todoNos(o.head)).toContain(draft.header.docNo)
  })
})
