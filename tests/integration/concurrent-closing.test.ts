import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Envelope } from '../../shared/errors'
import { readRows } from '../../electron/core/db/driver-query'
import type { ContractOffice } from './support/contract-office'
import { openTwoDesks, type TwoDesks } from './support/two-desks'
import { atOnceOnRow } from './support/pg-workstations'
import { onPostgres } from './support/test-backend'
import { PASSWORD } from './support/test-workstation'
import { lockReconciliation } from './support/reconciliation-lock'

// R19 closing at the same moment as another closing and as a drafter closing one of the documents
// (issue 9, item 7). On PostgreSQL from two workstations, the first voided document's row held until
// all three wait on it; the closing runs at REPEATABLE READ and, having lost, runs again (db/pg-transactions.ts).
// On SQLite one file is one workstation (see numbering.test.ts): the three go through its queue.

let desks: TwoDesks
let o: ContractOffice
beforeAll(async () => {
  desks = await openTwoDesks()
  o = desks.o
}, 60_000)
afterAll(() => desks.close())

const outcome = (r: Envelope<unknown>) => (r.ok ? 'ok' : r.error.code)

describe('R19: closing the month while others close too (R21: one close event per document)', () => {
  it('two monthly runs and the drafter’s own close at once: every finished document is closed once, by exactly one of them', async () => {
    const month = o.office.clock.now().toISOString().slice(0, 7)
    const voided = []
    for (let i = 0; i < 3; i++) {
      const draft = await o.clerk.call('applications.save', o.applicationInput())
      voided.push(await o.clerk.call('documents.act', { id: draft.header.id, version: draft.header.version, action: 'void' }))
    }
    o.office.clock.advance(45 * 24 * 3600_000)
    await o.office.admin.call('auth.login', { login: 'admin', password: PASSWORD })
    await o.clerk.call('auth.login', { login: 'clerk', password: PASSWORD })
    for (const [client, login] of [[o.manager, 'manager'], [o.finance, 'finance']] as const) await client.call('auth.login', { login, password: PASSWORD })
    await lockReconciliation(month, o.manager, o.finance)
    const admin2 = desks.atDesk2(o.office.admin)
    const first = voided[0]!.header

    const fire = () =>
      Promise.all([
        o.office.admin.raw('documents.closeMonth', { month }),
        admin2.raw('documents.closeMonth', { month }),
        o.clerk.raw('documents.act', { id: first.id, version: first.version, action: 'close' }),
      ])
    const [run1, run2, own] = onPostgres ? await atOnceOnRow(o.office.path, 'documents', first.id, 3, fire) : await fire()

    expect([outcome(run1!), outcome(run2!)]).toEqual(['ok', 'ok'])
    expect(['ok', 'STALE_VERSION']).toContain(outcome(own!))
    const closedByRuns = [run1, run2].reduce((sum, r) => sum + (r!.ok ? (r.data as { closed: number }).closed : 0), 0)
    expect(closedByRuns + (own!.ok ? 1 : 0)).toBe(3)

    const ids = voided.map((v) => v.header.id)
    const events = await o.office.ws.database.read((em) =>
      readRows<{ entity_id: number }>(em, `SELECT entity_id FROM audit_events WHERE action = 'close' AND entity_id IN (:...ids) ORDER BY entity_id`, { ids }),
    )
    expect(events.map((e) => Number(e.entity_id))).toEqual(ids)
    for (const id of ids) expect((await o.clerk.call('documents.get', { id })).header.closedAt).not.toBeNull()
  })
})
