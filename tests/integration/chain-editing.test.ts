import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { DocumentView, WorkflowDto } from '../../shared/api'
import { checkIntegrity } from '../../electron/core/integrity/check-integrity'
import type { WorkflowDefinition } from '../../electron/core/workflow/definition'
import { openContractOffice, type ContractOffice } from './support/contract-office'
import { saveChain } from './support/save-chain'
import { snapshotTables } from './support/table-snapshot'

// Issue 10: the administrator edits a chain as a new version. Documents submitted after it follow it;
// a route already under way keeps the version it was planned under. The rules hold whatever the data
// says (R1's covering approver, R20), and a chain that could leave a document unsigned is refused.

let o: ContractOffice
beforeAll(async () => {
  o = await openContractOffice()
}, 60_000)
afterAll(() => o.office.close())

type Person = ContractOffice['clerk']
const act = (who: Person, view: DocumentView, action: 'submit' | 'approve' | 'reject', comment?: string) =>
  who.call('documents.act', { id: view.header.id, version: view.header.version, action, comment })
const chainOf = async (docType: string): Promise<WorkflowDto> => (await o.office.admin.call('workflow.list', {})).find((c) => c.docType === docType)!
const submitted = async (unitPriceFen?: number) => act(o.clerk, await o.clerk.call('applications.save', o.applicationInput({ unitPriceFen })), 'submit')

const DEFAULT: WorkflowDefinition = {
  docType: 'application',
  name: '合同申报单审批',
  steps: [
    { key: 'manager_sign', name: '销售经理审签', actor: { kind: 'drafterManager', fallbackRole: 'sales_manager' } },
    { key: 'gm_approve', name: '总经理签批', actor: { kind: 'role', role: 'general_manager' } },
  ],
}
/** The office's edit: the sales head approves in place of the general manager. */
const HEAD_APPROVES: WorkflowDefinition = {
  ...DEFAULT,
  steps: [DEFAULT.steps[0]!, { key: 'head_approve', name: '销售主管批准', actor: { kind: 'role', role: 'sales_head' } }],
}

/** The chain in force from now on (saved as a version unless it already is). */
async function useChain(definition: WorkflowDefinition) {
  const current = await chainOf(definition.docType)
  if (JSON.stringify(current.definition) !== JSON.stringify(definition)) await saveChain(o.office.admin, definition)
}

/** A refused save changes nothing: not the chain, not its versions, not the audit trail. */
async function refusedSave(definition: unknown, version?: number) {
  const before = await snapshotTables(o.office.ws.database)
  const current = await chainOf('application')
  const error = await o.office.admin.refused('workflow.save', { version: version ?? current.version, definition } as never)
  expect(await snapshotTables(o.office.ws.database)).toEqual(before)
  return error
}

describe('a chain saved by the administrator', () => {
  let underWay: DocumentView
  let edited: WorkflowDto

  beforeAll(async () => {
    underWay = await submitted()
    expect(underWay.header.currentStep).toBe('manager_sign')
    edited = await saveChain(o.office.admin, HEAD_APPROVES)
  })

  it('becomes the next version, listed with who saved it and one audit event with both chains', async () => {
    expect(edited.version).toBe(2)
    expect(edited.updatedByName).toBe('管理员')
    const listed = await chainOf('application')
    expect(listed.version).toBe(2)
    expect(listed.steps.map((s) => s.key)).toEqual(['manager_sign', 'head_approve'])
    const events = await o.office.ws.database.read((em) =>
      em.query(`SELECT action, entity_type, details FROM audit_events WHERE action = 'chain.save' ORDER BY id`),
    ) as Array<{ action: string; entity_type: string; details: string }>
    const last = JSON.parse(events.at(-1)!.details)
    expect(last).toMatchObject({ docType: 'application', version: 2, from: DEFAULT, to: HEAD_APPROVES })
  })

  it('leaves a route under way as it was planned: the general manager still signs it', async () => {
    const view = await o.clerk.call('documents.get', { id: underWay.header.id })
    expect(view.chain.map((s) => s.key)).toEqual(['manager_sign', 'gm_approve'])
    const signed = await act(o.manager, view, 'approve')
    expect(signed.header.currentStep).toBe('gm_approve')
    expect((await o.head.refused('documents.act', { id: signed.header.id, version: signed.header.version, action: 'approve' })).code).toBe('NOT_YOUR_STEP')
    const approved = await act(o.gm, signed, 'approve')
    expect(approved.header.state).toBe('approved')
  })

  it('routes a document submitted after it by the new version: the sales head approves', async () => {
    const fresh = await submitted()
    expect(fresh.chain.map((s) => s.key)).toEqual(['manager_sign', 'head_approve'])
    const signed = await act(o.manager, fresh, 'approve')
    expect(signed.header.currentStep).toBe('head_approve')
    expect((await o.gm.refused('documents.act', { id: signed.header.id, version: signed.header.version, action: 'approve' })).code).toBe('NOT_YOUR_STEP')
    expect((await act(o.head, signed, 'approve')).header.state).toBe('approved')
  })

  it('routes a rejected document by the version in force when it is submitted again', async () => {
    await saveChain(o.office.admin, DEFAULT)
    const first = await submitted()
    const rejected = await act(o.manager, first, 'reject', '请补充交货地点')
    await saveChain(o.office.admin, HEAD_APPROVES)
    const again = await act(o.clerk, rejected, 'submit')
    expect(again.chain.map((s) => s.key)).toEqual(['manager_sign', 'head_approve'])
  })

  it('leaves the office consistent (checkIntegrity, chain version rule included)', async () => {
    expect(await checkIntegrity(o.office.ws.database)).toEqual({ ok: true, problems: [] })
  })
})

describe('the rules hold whatever the chain says', () => {
  afterAll(() => useChain(DEFAULT))

  it('R1: with no covering approver in the chain, a price beyond the manager’s authority is refused at submit (PRICE_BELOW_AUTHORITY)', async () => {
    await useChain(HEAD_APPROVES)
    // 9,000.00 is 10 % below the floor of 10,000.00: beyond the sales manager's 5 %; the sales head has no authority.
    const draft = await o.clerk.call('applications.save', o.applicationInput({ unitPriceFen: 900_000 }))
    const refused = await o.clerk.refused('documents.act', { id: draft.header.id, version: draft.header.version, action: 'submit' })
    expect(refused.code).toBe('PRICE_BELOW_AUTHORITY')
    expect(refused.message).toContain('低于底价 10%')
    expect(refused.message).toContain('销售经理、销售部主管')
    // Within the manager's authority (4 % below), the edited chain routes it as saved.
    expect((await submitted(960_000)).chain.map((s) => s.key)).toEqual(['manager_sign', 'head_approve'])
  })

  it('R1: a chain with the general manager only on a condition still gains the covering step at submit', async () => {
    await saveChain(o.office.admin, {
      ...DEFAULT,
      steps: [DEFAULT.steps[0]!, { ...DEFAULT.steps[1]!, when: { fact: 'amountAbove', fen: 100_000_000 } }],
    })
    const view = await submitted(900_000)
    expect(view.chain.map((s) => s.key)).toEqual(['manager_sign', 'gm_approve'])
  })

  it('R20: one person cannot sign two successive steps of the same role (SUCCESSIVE_SIGNATURE)', async () => {
    await saveChain(o.office.admin, {
      ...DEFAULT,
      steps: [DEFAULT.steps[0]!, { key: 'manager_recheck', name: '销售经理复核', actor: { kind: 'role', role: 'sales_manager' } }, DEFAULT.steps[1]!],
    })
    const signed = await act(o.manager, await submitted(), 'approve')
    expect(signed.header.currentStep).toBe('manager_recheck')
    expect((await o.manager.refused('documents.act', { id: signed.header.id, version: signed.header.version, action: 'approve' })).code).toBe('SUCCESSIVE_SIGNATURE')
  })
})

describe('a chain the office cannot run is refused, and nothing changes', () => {
  it('every step on a condition: a document could meet no one (CHAIN_WITHOUT_APPROVER)', async () => {
    const allConditional = { ...DEFAULT, steps: DEFAULT.steps.map((s) => ({ ...s, when: { fact: 'nonStandardTerms' } })) }
    expect((await refusedSave(allConditional)).code).toBe('CHAIN_WITHOUT_APPROVER')
  })

  it('the administrator as a signer (CHAIN_ADMIN_STEP)', async () => {
    const error = await refusedSave({ ...DEFAULT, steps: [DEFAULT.steps[0]!, { key: 'admin_sign', name: '管理员签', actor: { kind: 'role', role: 'admin' } }] })
    expect(error.code).toBe('CHAIN_ADMIN_STEP')
    expect(error.message).toContain('管理员签')
  })

  it('a role nobody holds (CHAIN_ROLE_UNSTAFFED), named in the message', async () => {
    const error = await refusedSave({ ...DEFAULT, steps: [...DEFAULT.steps, { key: 'store_check', name: '仓库确认', actor: { kind: 'role', role: 'warehouse' } }] })
    expect(error.code).toBe('CHAIN_ROLE_UNSTAFFED')
    expect(error.message).toContain('仓管员')
  })

  it('a condition on a fact the type does not declare (CHAIN_UNKNOWN_FACT)', async () => {
    const error = await refusedSave({ ...DEFAULT, steps: [DEFAULT.steps[0]!, { ...DEFAULT.steps[1]!, when: { fact: 'overdueDays', above: 30 } }, { key: 'head_ok', name: '主管', actor: { kind: 'role', role: 'sales_head' } }] })
    expect(error.code).toBe('CHAIN_UNKNOWN_FACT')
    expect(error.message).toContain('overdueDays')
  })

  it('a 上级 step on a role today’s 上级 do not hold (CHAIN_MANAGER_LACKS_ROLE)', async () => {
    await o.office.admin.call('users.setManager', { userId: o.clerk.id, managerUserId: o.manager.id })
    try {
      const error = await refusedSave({ ...DEFAULT, steps: [{ ...DEFAULT.steps[0]!, actor: { kind: 'drafterManager', fallbackRole: 'sales_head' } }, DEFAULT.steps[1]!] })
      expect(error.code).toBe('CHAIN_MANAGER_LACKS_ROLE')
      expect(error.message).toContain('李建国')
    } finally {
      await o.office.admin.call('users.setManager', { userId: o.clerk.id, managerUserId: null })
    }
  })

  it('an unknown role, a duplicate step key or a countersign needing more than it has (INVALID_INPUT)', async () => {
    expect((await refusedSave({ ...DEFAULT, steps: [{ key: 'boss', name: '老板', actor: { kind: 'role', role: 'boss' } }] })).code).toBe('INVALID_INPUT')
    expect((await refusedSave({ ...DEFAULT, steps: [DEFAULT.steps[1]!, DEFAULT.steps[1]!] })).code).toBe('INVALID_INPUT')
    expect((await refusedSave({ ...DEFAULT, steps: [{ key: 'both', name: '会签', actor: { kind: 'countersign', roles: ['finance', 'legal'], need: 3 } }] })).code).toBe('INVALID_INPUT')
  })

  it('a save based on an older version (STALE_VERSION), the same chain again (CHAIN_UNCHANGED), a type outside R22 (INVALID_INPUT)', async () => {
    const current = await chainOf('application')
    expect((await refusedSave(HEAD_APPROVES, current.version - 1)).code).toBe('STALE_VERSION')
    expect((await refusedSave(current.definition)).code).toBe('CHAIN_UNCHANGED')
    // Every prefix of R22 is a built type now (commission and reconciliation were the last): a type outside R22
    // is refused by the schema; CHAIN_TYPE_UNKNOWN stays as the guard for a prefix added before its type.
    expect((await refusedSave({ ...DEFAULT, docType: 'quote' as typeof DEFAULT.docType })).code).toBe('INVALID_INPUT')
  })

  it('only the administrator saves chains (FORBIDDEN for the general manager)', async () => {
    const current = await chainOf('application')
    expect((await o.gm.refused('workflow.save', { version: current.version, definition: HEAD_APPROVES })).code).toBe('FORBIDDEN')
  })
})
