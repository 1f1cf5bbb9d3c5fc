import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { checkIntegrity, checkIntegrityIn } from '../../electron/core/integrity/check-integrity'
import { driverQuery } from '../../electron/core/db/driver-query'
import { contractFactsOf, contractOffice, openContractOffice, type ContractOffice } from './support/contract-office'
import { openKeptOffice } from './support/office-snapshot'
import { snapshotTables } from './support/table-snapshot'
import { PASSWORD, type TestClient } from './support/test-workstation'

// 代理审批 (issue 10): a signer names a deputy for a period of Shanghai days; the deputy's 待办 shows the
// signer's tasks, the deputy signs 代 the signer, the trail names both, and R20 holds for both of them.
// 批量同意: each selected document goes through the single 同意's path; the summary names every refusal.

type Person = TestClient & { id: number }
let o: ContractOffice
let vice: Person
beforeEach(async () => {
  // The office as built once (with the vice), copied for each test: every test has an office of its own.
  const { office, facts } = await openKeptOffice('deputies: a contract office, general manager\'s authority 10 %, and a vice', async () => {
    const built = await openContractOffice({ gmAuthorityBps: 1000 })
    return { office: built.office, facts: { ...contractFactsOf(built), vice: await built.office.person('vice', ['sales_clerk'], '李副总') } }
  })
  o = contractOffice(office, facts)
  vice = facts.vice
}, 60_000)
afterEach(() => o.office.close())

const todo = async (who: TestClient) => (await who.call('queue.list', { tab: 'todo' })).rows.map((r) => r.documentId)
const approve = (who: TestClient, view: { header: { id: number; version: number } }) =>
  who.call('documents.act', { id: view.header.id, version: view.header.version, action: 'approve' })
const approveRefused = (who: TestClient, view: { header: { id: number; version: number } }) =>
  who.refused('documents.act', { id: view.header.id, version: view.header.version, action: 'approve' })
const propose = (who: TestClient, reason = '回款及时') =>
  who.call('creditChanges.propose', { customerId: o.customerId, rating: 'B', creditLimitFen: 50_000_000, creditDays: 60, reason })
/** An application submitted by the clerk: waiting at 销售经理审签. */
async function submittedApplication() {
  const draft = await o.clerk.call('applications.save', o.applicationInput())
  return o.clerk.call('documents.act', { id: draft.header.id, version: draft.header.version, action: 'submit' })
}

describe('a deputy signs for the general manager during the period', () => {
  it('shows the GM\'s task in the deputy\'s 待办, signs 代 张总, and the trail and chain name both', async () => {
    await o.gm.call('deputies.set', { deputyUserId: vice.id, from: '2026-11-20', to: '2026-11-22' })
    const proposal = await propose(o.finance)
    expect(await todo(vice)).toEqual([proposal.header.id])
    expect((await vice.call('queue.counts', {})).todo).toBe(1)
    expect((await vice.call('documents.get', { id: proposal.header.id })).actions).toContain('approve')

    const signed = await approve(vice, proposal)
    expect(signed.header.state).toBe('approved')
    expect(signed.trail.at(-1)).toMatchObject({ userName: '李副总', onBehalfOfName: '张总', role: 'general_manager', action: 'approve' })
    expect(signed.chain.find((s) => s.key === 'gm_approve')).toMatchObject({ signedBy: '李副总 代 张总', signedRole: 'general_manager' })
    // The task left both desks; the deputy handled it.
    expect(await todo(o.gm)).toEqual([])
    expect(await todo(vice)).toEqual([])
    expect((await vice.call('queue.list', { tab: 'done' })).rows.map((r) => r.documentId)).toEqual([proposal.header.id])
    expect(await checkIntegrity(o.office.ws.database)).toEqual({ ok: true, problems: [] })
  })

  it('signs in the deputy\'s own name when the step is the deputy\'s own', async () => {
    const manager2 = await o.office.person('manager2', ['sales_manager'], '赵经理')
    await o.manager.call('deputies.set', { deputyUserId: manager2.id, from: '2026-11-20', to: '2026-11-20' })
    const app = await submittedApplication()
    const signed = await approve(manager2, app)
    // A role task of 销售经理: 赵经理 holds the role, so no 代 is needed.
    expect(signed.trail.at(-1)).toMatchObject({ userName: '赵经理', onBehalfOfName: null, role: 'sales_manager' })
  })
})

describe('R20 holds for the deputy and for the principal', () => {
  it('refuses the deputy a document the deputy drafted (SELF_APPROVAL)', async () => {
    await o.gm.call('deputies.set', { deputyUserId: vice.id, from: '2026-11-20', to: '2026-11-22' })
    const own = await propose(vice, '李副总起草')
    expect((await vice.call('documents.get', { id: own.header.id })).actions).not.toContain('approve')
    expect((await approveRefused(vice, own)).code).toBe('SELF_APPROVAL')
  })

  it('refuses the deputy a document the principal drafted (SELF_APPROVAL)', async () => {
    const gm2 = await o.office.person('gm2', ['general_manager', 'sales_clerk'], '孙总')
    await gm2.call('deputies.set', { deputyUserId: vice.id, from: '2026-11-20', to: '2026-11-22' })
    const theirs = await propose(gm2, '孙总起草')
    expect((await approveRefused(vice, theirs)).code).toBe('SELF_APPROVAL')
  })

  it('refuses a deputy who signed the step before (SUCCESSIVE_SIGNATURE)', async () => {
    await o.gm.call('deputies.set', { deputyUserId: o.manager.id, from: '2026-11-20', to: '2026-11-22' })
    const app = await submittedApplication()
    const afterManager = await approve(o.manager, app)
    expect(afterManager.header.currentStep).toBe('gm_approve')
    expect((await approveRefused(o.manager, afterManager)).code).toBe('SUCCESSIVE_SIGNATURE')
    // The GM still signs it.
    expect((await approve(o.gm, afterManager)).header.state).toBe('approved')
  })

  it('refuses the principal the step after the deputy signed for them (SUCCESSIVE_SIGNATURE)', async () => {
    // 李建国 is both 销售经理 and GM here; his deputy signs the manager's step for him, so he may not sign the next.
    const both = await o.office.person('both', ['sales_manager', 'general_manager'], '钱总')
    await o.office.admin.call('users.setRoles', { userId: o.manager.id, roles: ['sales_clerk'] })
    await o.office.admin.call('users.setRoles', { userId: o.gm.id, roles: ['sales_clerk'] })
    await both.call('deputies.set', { deputyUserId: vice.id, from: '2026-11-20', to: '2026-11-22' })
    const app = await submittedApplication()
    const signed = await approve(vice, app)
    expect(signed.trail.at(-1)).toMatchObject({ userName: '李副总', onBehalfOfName: '钱总', role: 'sales_manager' })
    expect((await approveRefused(both, signed)).code).toBe('SUCCESSIVE_SIGNATURE')
    expect((await approveRefused(vice, signed)).code).toBe('SUCCESSIVE_SIGNATURE')
  })

  it('refuses the deputy a step the principal could not sign (NOT_YOUR_STEP)', async () => {
    await o.gm.call('deputies.set', { deputyUserId: vice.id, from: '2026-11-20', to: '2026-11-22' })
    const app = await submittedApplication()
    expect(await todo(vice)).toEqual([])
    expect((await approveRefused(vice, app)).code).toBe('NOT_YOUR_STEP')
  })
})

describe('the period, in Shanghai days', () => {
  it('starts at 00:00 and ends at 24:00 Asia/Shanghai of its days', async () => {
    await o.gm.call('deputies.set', { deputyUserId: vice.id, from: '2026-11-21', to: '2026-11-21' })
    const proposal = await propose(o.finance)
    // The clock jumps by hours, past the idle sign-out: the deputy signs in again after each jump.
    const later = async (ms: number) => {
      o.office.clock.advance(ms)
      await vice.call('auth.login', { login: 'vice', password: PASSWORD })
    }
    // START is 2026-11-20 10:00 in Shanghai; 15:59:59Z is 23:59:59 there, the day before the period.
    await later(14 * 3600_000 - 1000)
    expect(await todo(vice)).toEqual([])
    expect((await approveRefused(vice, proposal)).code).toBe('NOT_YOUR_STEP')
    await later(1000) // 2026-11-21 00:00 Shanghai
    expect(await todo(vice)).toEqual([proposal.header.id])
    await later(24 * 3600_000 - 1) // 2026-11-21 23:59:59.999 Shanghai
    expect(await todo(vice)).toEqual([proposal.header.id])
    await later(1) // 2026-11-22 00:00 Shanghai: over
    expect(await todo(vice)).toEqual([])
    expect((await approveRefused(vice, proposal)).code).toBe('NOT_YOUR_STEP')
  })
})

describe('setting and revoking a deputy', () => {
  it('refuses an overlapping period of the same principal (DEPUTY_PERIOD_OVERLAP), and writes nothing', async () => {
    await o.gm.call('deputies.set', { deputyUserId: vice.id, from: '2026-11-20', to: '2026-11-25' })
    const before = await snapshotTables(o.office.ws.database)
    const refusal = await o.gm.refused('deputies.set', { deputyUserId: o.head.id, from: '2026-11-25', to: '2026-11-30' })
    expect(refusal).toMatchObject({
      code: 'DEPUTY_PERIOD_OVERLAP',
      message: '张总 在 2026-11-20 至 2026-11-25 已由 李副总 代理，与 2026-11-25 至 2026-11-30 重叠；请先撤销原代理或换一个期间',
    })
    expect(await snapshotTables(o.office.ws.database)).toEqual(before)
    // The day after is free; another principal's periods are not in the way.
    await o.gm.call('deputies.set', { deputyUserId: o.head.id, from: '2026-11-26', to: '2026-11-30' })
    await o.manager.call('deputies.set', { deputyUserId: vice.id, from: '2026-11-20', to: '2026-11-30' })
  })

  it('refuses oneself, a disabled deputy, a reversed or past period, and someone else\'s desk', async () => {
    expect((await o.gm.refused('deputies.set', { deputyUserId: o.gm.id, from: '2026-11-20', to: '2026-11-21' })).code).toBe('DEPUTY_SELF')
    await o.office.admin.call('users.setDisabled', { userId: o.head.id, disabled: true })
    expect((await o.gm.refused('deputies.set', { deputyUserId: o.head.id, from: '2026-11-20', to: '2026-11-21' })).code).toBe('DEPUTY_INACTIVE')
    expect(await o.gm.refused('deputies.set', { deputyUserId: vice.id, from: '2026-11-22', to: '2026-11-21' })).toMatchObject({
      code: 'DEPUTY_PERIOD_INVALID', message: '结束日期 2026-11-21 早于开始日期 2026-11-22，请重新选择',
    })
    expect((await o.gm.refused('deputies.set', { deputyUserId: vice.id, from: '2026-11-01', to: '2026-11-19' })).code).toBe('DEPUTY_PERIOD_PAST')
    expect((await o.clerk.refused('deputies.set', { principalUserId: o.gm.id, deputyUserId: o.clerk.id, from: '2026-11-20', to: '2026-11-21' })).code).toBe('FORBIDDEN')
    // The administrator may set it for the GM.
    const set = await o.office.admin.call('deputies.set', { principalUserId: o.gm.id, deputyUserId: vice.id, from: '2026-11-20', to: '2026-11-21' })
    expect(set).toMatchObject({ principalName: '张总', deputyName: '李副总', createdByName: '管理员', revokedAt: null })
    expect((await vice.call('deputies.list', {})).map((d) => d.id)).toEqual([set.id])
    expect(await o.clerk.call('deputies.list', {})).toEqual([])
  })

  it('a revoked deputy no longer sees nor signs the principal\'s tasks', async () => {
    const period = await o.gm.call('deputies.set', { deputyUserId: vice.id, from: '2026-11-20', to: '2026-11-22' })
    const proposal = await propose(o.finance)
    expect(await todo(vice)).toEqual([proposal.header.id])
    expect((await vice.refused('deputies.revoke', { id: period.id })).code).toBe('FORBIDDEN')
    expect((await o.gm.call('deputies.revoke', { id: period.id })).revokedAt).toBe(o.office.clock.now().toISOString())
    expect(await todo(vice)).toEqual([])
    expect((await approveRefused(vice, proposal)).code).toBe('NOT_YOUR_STEP')
    expect((await o.gm.refused('deputies.revoke', { id: period.id })).code).toBe('DEPUTY_ALREADY_REVOKED')
    // A new period may follow the revoked one on the same days.
    await o.gm.call('deputies.set', { deputyUserId: o.head.id, from: '2026-11-20', to: '2026-11-22' })
  })
})

describe('integrity: an on-behalf signature must match a deputy period', () => {
  it('reports a signature 代 someone without a period', async () => {
    const proposal = await propose(o.finance)
    let rules: string[] = []
    await o.office.ws.database
      .transaction(async (em) => {
        const sql = `INSERT INTO audit_events (at, user_id, user_name, on_behalf_of_user_id, on_behalf_of_name, role, action, entity_type, entity_id, doc_no, details)
          VALUES (:at, :user, '李副总', :gm, '张总', 'general_manager', 'comment', 'document', :id, :docNo, NULL)`
        await em.query(...driverQuery(em, sql, { at: o.office.clock.now().toISOString(), user: vice.id, gm: o.gm.id, id: proposal.header.id, docNo: proposal.header.docNo }))
        // A comment takes the version (R21), so only the missing period is wrong.
        await em.query(...driverQuery(em, 'UPDATE documents SET version = version + 1 WHERE id = :id', { id: proposal.header.id }))
        rules = (await checkIntegrityIn(em)).problems.map((p) => p.rule)
        throw new Error('rollback')
      })
      .catch((error: unknown) => {
        if (!(error instanceof Error) || error.message !== 'rollback') throw error
      })
    expect(rules).toEqual(['R21 on-behalf signature has its deputy period'])
  })
})

describe('批量同意', () => {
  it('approves each selected document on its own and reports the refused ones with code and message', async () => {
    const a = await submittedApplication()
    const b = await submittedApplication()
    const c = await submittedApplication()
    const atGm = await approve(o.manager, c) // now the GM's step: not the manager's
    const result = await o.manager.call('documents.approveMany', {
      items: [{ id: a.header.id, version: a.header.version }, { id: b.header.id, version: b.header.version + 7 }, { id: c.header.id, version: atGm.header.version }],
      comment: '同意',
    })
    expect(result).toEqual([
      { id: a.header.id, docNo: a.header.docNo, ok: true, state: 'pending' },
      { id: b.header.id, docNo: b.header.docNo, ok: false, code: 'STALE_VERSION', message: '已被他人处理，请刷新' },
      { id: c.header.id, docNo: c.header.docNo, ok: false, code: 'NOT_YOUR_STEP', message: '当前审批步骤不由您办理' },
    ])
    expect((await o.manager.call('documents.get', { id: a.header.id })).header.currentStep).toBe('gm_approve')
    expect((await o.manager.call('documents.get', { id: b.header.id })).header.currentStep).toBe('manager_sign')
  })

  it('a deputy batch-approves the principal\'s 待办', async () => {
    await o.gm.call('deputies.set', { deputyUserId: vice.id, from: '2026-11-20', to: '2026-11-22' })
    const apps = [await submittedApplication(), await submittedApplication()]
    const atGm = await Promise.all(apps.map((app) => approve(o.manager, app)))
    expect((await todo(vice)).sort()).toEqual(apps.map((a) => a.header.id).sort())
    const result = await vice.call('documents.approveMany', { items: atGm.map((v) => ({ id: v.header.id, version: v.header.version })) })
    expect(result.map((r) => r.ok && r.state)).toEqual(['approved', 'approved'])
    expect(await todo(vice)).toEqual([])
    expect(await checkIntegrity(o.office.ws.database)).toEqual({ ok: true, problems: [] })
  })
})
