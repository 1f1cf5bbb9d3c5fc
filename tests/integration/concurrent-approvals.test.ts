import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { DocumentView } from '../../shared/api'
import type { Envelope } from '../../shared/errors'
import { readRows } from '../../electron/core/db/driver-query'
import type { ContractOffice } from './support/contract-office'
import { openTwoDesks, type TwoDesks } from './support/two-desks'
import { atOnceOnRow } from './support/pg-workstations'
import { onPostgres } from './support/test-backend'
import type { TestClient } from './support/test-workstation'

// Issue 9, item 7: two people deciding the same document at the same moment. On PostgreSQL they sit at
// two workstations (two pools, two connections) and meet only in the database: the document's row is
// held while both calls start and let go once both wait on it. On SQLite one file is one workstation
// (two in one process with overlapping writes fail: better-sqlite3's busy wait blocks the event loop the
// other connection needs to commit — see numbering.test.ts), so both go through the one workstation's
// serial queue, the way the HTTP host serves the other desks.

let desks: TwoDesks
let o: ContractOffice
beforeAll(async () => {
  desks = await openTwoDesks()
  o = desks.o
}, 60_000)
afterAll(() => desks.close())

const atDesk2 = (person: TestClient) => desks.atDesk2(person)

type Act = { who: TestClient; action: 'approve' | 'reject' | 'withdraw'; comment?: string }

/** Both actions on the same version, at the same moment; returns the envelopes in order. */
function bothAtOnce(view: DocumentView, first: Act, second: Act): Promise<Envelope<unknown>[]> {
  const call = ({ who, action, comment }: Act) => who.raw('documents.act', { id: view.header.id, version: view.header.version, action, comment })
  const fire = () => Promise.all([call(first), call({ ...second, who: atDesk2(second.who) })])
  return onPostgres ? atOnceOnRow(o.office.path, 'documents', view.header.id, 2, fire) : fire()
}

const outcome = (r: Envelope<unknown>) => (r.ok ? 'ok' : r.error.code)

async function tasksOf(documentId: number) {
  return o.office.ws.database.read((em) =>
    readRows<{ step_key: string; closed_action: string | null }>(em, `SELECT step_key, closed_action FROM tasks WHERE document_id = :documentId ORDER BY id`, { documentId }),
  )
}

async function submitted(): Promise<DocumentView> {
  const draft = await o.clerk.call('applications.save', o.applicationInput())
  return o.clerk.call('documents.act', { id: draft.header.id, version: draft.header.version, action: 'submit' })
}

describe('two holders of the sales manager role decide the same application at once (R3, R21)', () => {
  it('both approve: exactly one wins, the other is told STALE_VERSION; one signature, one task closed, one opened', async () => {
    const second = await o.office.person('manager2', ['sales_manager'], '孙经理')
    const view = await submitted()
    const results = await bothAtOnce(view, { who: o.manager, action: 'approve' }, { who: second, action: 'approve' })
    expect(results.map(outcome).sort()).toEqual(['STALE_VERSION', 'ok'])
    const loser = results.find((r) => !r.ok)
    expect(loser?.ok === false && loser.error.message).toBe('已被他人处理，请刷新')

    const after = await o.clerk.call('documents.get', { id: view.header.id })
    expect(after.header).toMatchObject({ state: 'pending', currentStep: 'gm_approve', version: view.header.version + 1 })
    expect(after.trail.filter((t) => t.action === 'approve')).toHaveLength(1)
    expect(await tasksOf(view.header.id)).toEqual([
      { step_key: 'manager_sign', closed_action: 'approve' },
      { step_key: 'gm_approve', closed_action: null },
    ])
  })

  it('one approves, the other rejects: one decision stands, in the state, the trail and the tasks', async () => {
    const second = await o.office.person('manager3', ['sales_manager'], '钱经理')
    const view = await submitted()
    const [approved, rejected] = await bothAtOnce(view, { who: o.manager, action: 'approve' }, { who: second, action: 'reject', comment: '价格再议' })
    expect([outcome(approved!), outcome(rejected!)].sort()).toEqual(['STALE_VERSION', 'ok'])
    const winner = approved!.ok ? 'approve' : 'reject'

    const after = await o.clerk.call('documents.get', { id: view.header.id })
    expect(after.header.state).toBe(winner === 'approve' ? 'pending' : 'rejected')
    expect(after.trail.filter((t) => t.action === 'approve' || t.action === 'reject').map((t) => t.action)).toEqual([winner])
    const tasks = await tasksOf(view.header.id)
    expect(tasks[0]).toEqual({ step_key: 'manager_sign', closed_action: winner })
    expect(tasks.slice(1)).toEqual([{ step_key: winner === 'approve' ? 'gm_approve' : 'revise', closed_action: null }])
  })

  it('the drafter withdraws while the manager approves: one wins; a withdrawn application carries no signature', async () => {
    const view = await submitted()
    const [withdrawn, approved] = await bothAtOnce(view, { who: o.clerk, action: 'withdraw' }, { who: o.manager, action: 'approve' })
    expect([outcome(withdrawn!), outcome(approved!)].sort()).toEqual(['STALE_VERSION', 'ok'])
    const winner = withdrawn!.ok ? 'withdraw' : 'approve'

    const after = await o.clerk.call('documents.get', { id: view.header.id })
    expect(after.header.state).toBe(winner === 'withdraw' ? 'withdrawn' : 'pending')
    expect(after.trail.filter((t) => t.action === 'approve' || t.action === 'withdraw').map((t) => t.action)).toEqual([winner])
    expect((await tasksOf(view.header.id))[0]).toEqual({ step_key: 'manager_sign', closed_action: winner })
  })
})
