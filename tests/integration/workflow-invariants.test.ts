import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Database } from '../../electron/core/db/database'
import { openContractOffice, type ContractOffice } from './support/contract-office'
import { sql } from './support/sql'

// A randomised walk: random people take random actions on a few applications, many of them refused.
// After every step the engine's invariants must hold. Deterministic: the seed fixes the walk.
const SEED = 20261122
const STEPS = 400

function mulberry32(seed: number) {
  let a = seed
  return () => {
    a |= 0
    a = (a + 0x6d2b79f5) | 0
    let t = Math.imul(a ^ (a >>> 15), 1 | a)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

// Weighted towards moving documents along; void is rare so the walk does not end early. 'contract' is
// the sales head making the contract of an approved application (R4: it becomes 已转合同, linked).
const ACTIONS = ['submit', 'submit', 'approve', 'approve', 'approve', 'approve', 'reject', 'withdraw', 'withdraw', 'void', 'comment', 'close', 'contract'] as const

interface DocRow {
  id: number; state: string; current_step: string | null; route: string | null; version: number; drafter_user_id: number; round: number; closed_at: string | null
}

async function checkInvariants(db: Database, ids: number[]): Promise<void> {
  await db.read(async (em) => {
    for (const id of ids) {
      const [doc] = await sql<DocRow>(em, 'SELECT id, state, current_step, route, version, drafter_user_id, round, closed_at FROM documents WHERE id = :id', { id })
      const links: Array<{ n: number }> = await sql(em, `SELECT CAST(COUNT(*) AS INTEGER) AS n FROM document_links WHERE to_document_id = :id AND kind = 'madeFrom'`, { id })
      const events: Array<{ action: string; user_id: number; from_state: string | null; to_state: string | null; details: string | null }> =
        await sql(em, `SELECT action, user_id, from_state, to_state, details FROM audit_events WHERE entity_type = 'document' AND entity_id = :id ORDER BY id`, { id })
      const tasks: Array<{ step_key: string; assignee_user_id: number | null }> = await sql(em, 'SELECT step_key, assignee_user_id FROM tasks WHERE document_id = :id AND closed_at IS NULL', { id })
      const ctx = `document ${id} in ${doc!.state}`

      // Reachable state, with the bookkeeping that state implies.
      expect(['draft', 'pending', 'approved', 'contracted', 'rejected', 'withdrawn', 'voided'], ctx).toContain(doc!.state)
      // R24: 已转合同 exactly when a contract links to it; R19: only finished documents are closed.
      expect(Number(links[0]!.n), ctx).toBe(doc!.state === 'contracted' ? 1 : 0)
      if (doc!.closed_at !== null) expect(['contracted', 'voided'], ctx).toContain(doc!.state)
      if (doc!.state === 'pending') expect(JSON.parse(doc!.route!).map((e: { key: string }) => e.key), ctx).toContain(doc!.current_step)
      else expect(doc!.current_step, ctx).toBeNull()

      // Every state change has exactly one audit event, and they chain: each starts where the last ended.
      const changes = events.filter((e) => e.to_state !== null)
      let state: string | null = null
      for (const change of changes) {
        expect(change.from_state, ctx).toBe(state)
        state = change.to_state
      }
      expect(state, ctx).toBe(doc!.state)
      // The version moved once per successful action (create starts at 1; edits do not happen in this walk;
      // the contract's making moves the application on by one 'advance').
      expect(doc!.version, ctx).toBe(events.length)

      // R20 over the record: no approval by the drafter, no two successive signatures by one person in a round.
      const approvals = events.filter((e) => e.action === 'approve').map((e) => ({ user: e.user_id, round: (JSON.parse(e.details!) as { round: number }).round }))
      for (const [i, a] of approvals.entries()) {
        expect(a.user, ctx).not.toBe(doc!.drafter_user_id)
        const previous = approvals[i - 1]
        if (previous && previous.round === a.round) expect(a.user, ctx).not.toBe(previous.user)
      }

      // Open tasks match the state.
      if (doc!.closed_at !== null) expect(tasks, ctx).toEqual([])
      else if (doc!.state === 'pending') expect(tasks.map((t) => t.step_key), ctx).toEqual([doc!.current_step])
      else if (doc!.state === 'rejected') expect(tasks, ctx).toEqual([{ step_key: 'revise', assignee_user_id: doc!.drafter_user_id }])
      // An approved application waits for its contract in the sales head's queue.
      else if (doc!.state === 'approved') expect(tasks, ctx).toEqual([{ step_key: 'make_contract', assignee_user_id: null }])
      else expect(tasks, ctx).toEqual([])
    }
  })
}

let o: ContractOffice
beforeAll(async () => {
  o = await openContractOffice()
}, 60_000)
afterAll(() => o.office.close())

describe('the engine under a random walk of actions', () => {
  it(`keeps its invariants over ${STEPS} random actions (seed ${SEED})`, async () => {
    const both = await o.office.person('dual1', ['sales_clerk', 'sales_manager'], '内勤兼经理')
    const boss = await o.office.person('dual2', ['sales_manager', 'general_manager'], '经理兼总经理')
    const people = [o.clerk, o.manager, o.gm, o.head, both, boss]
    const drafters = [o.clerk, both]
    const ids: number[] = []
    const active: number[] = []
    const draft = async () => {
      const id = (await drafters[ids.length % 2]!.call('applications.save', o.applicationInput())).header.id
      ids.push(id)
      active.push(id)
    }
    for (let i = 0; i < 6; i++) await draft()

    const random = mulberry32(SEED)
    const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!
    const outcomes = new Map<string, number>()
    for (let step = 0; step < STEPS; step++) {
      const id = pick(active)
      const action = pick(ACTIONS)
      const current = await o.clerk.call('documents.get', { id })
      // The drafter's own actions are mostly tried by the drafter, sometimes by anyone.
      const drafter = people.find((p) => p.id === current.header.drafterUserId)!
      const who = ['submit', 'withdraw', 'void', 'close'].includes(action) && random() < 0.7 ? drafter : action === 'contract' && random() < 0.8 ? o.head : pick(people)
      // One action in ten answers to an old version, as a second window left open would.
      const version = random() < 0.1 ? Math.max(1, current.header.version - 1) : current.header.version
      const comment = action === 'reject' && random() < 0.2 ? undefined : `第 ${step} 步`
      const result = action === 'contract'
        ? await who.raw('contracts.createFromApplication', { applicationId: id, customerContractNo: '', signedOn: '2026-11-20' })
        : await who.raw('documents.act', { id, version, action, comment })
      const key = result.ok ? `${action}:ok` : `${action}:${result.error.code}`
      // R19: whatever is tried on a closed document is refused (a stale version or a missing role may say so first).
      if (current.header.closedAt !== null) expect(['DOCUMENT_CLOSED', 'STALE_VERSION', 'FORBIDDEN'], key).toContain(result.ok ? 'ok' : result.error.code)
      outcomes.set(key, (outcomes.get(key) ?? 0) + 1)
      if (!result.ok) {
        const after = await o.clerk.call('documents.get', { id })
        expect(after.header.version, `refused ${key} must change nothing`).toBe(current.header.version)
      }
      await checkInvariants(o.office.ws.database, ids)
      // A closed document leaves the walk after one more try on it; a fresh draft takes its place.
      if (current.header.closedAt !== null) {
        active.splice(active.indexOf(id), 1)
        await draft()
      }
    }
    // The walk must have exercised the chain, not just bounced off refusals.
    for (const expected of [
      'submit:ok', 'approve:ok', 'reject:ok', 'withdraw:ok', 'approve:SELF_APPROVAL', 'approve:NOT_YOUR_STEP', 'submit:STALE_VERSION',
      'contract:ok', 'close:ok', 'void:ok', 'close:NOT_CLOSABLE', 'approve:DOCUMENT_CLOSED', 'contract:APPLICATION_NOT_APPROVED',
    ])
      expect(outcomes.has(expected), `${expected} in ${JSON.stringify([...outcomes])}`).toBe(true)
  }, 120_000)
})
