import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { appendAuditEvent } from '../../electron/core/audit/append-audit-event'
import { PG_POOL_SIZE } from '../../electron/core/db/data-source'
import { onPostgres, onSqlite } from './support/test-backend'
import { openTestOffice, type TestOffice } from './support/test-workstation'

let office: TestOffice
beforeEach(async () => {
  office = await openTestOffice()
})
afterEach(() => office.close())

describe('concurrent writes, on either backend', () => {
  it('50 concurrent user creations through the router each fully land or are refused, with nothing half-written', async () => {
    // 40 distinct logins and 10 that repeat one of them in another letter case: exactly one of each pair may win.
    const logins = Array.from({ length: 50 }, (_, i) => (i < 40 ? `user${i}` : `USER${i - 40}`))
    const results = await Promise.all(
      logins.map((login, i) => office.admin.raw('users.create', { name: `用户${i}`, login, password: 'Initial123', roles: ['sales_clerk'] })),
    )
    const landed = results.filter((r) => r.ok)
    const refused = results.filter((r) => !r.ok)
    expect(landed).toHaveLength(40)
    expect(refused.map((r) => (r.ok ? null : r.error.code))).toEqual(Array(10).fill('LOGIN_TAKEN'))

    const db = office.ws.database
    const [users, roles, events] = await db.read(async (em) => [
      await em.query(`SELECT id, login_key FROM users WHERE login_key LIKE 'user%'`),
      await em.query(`SELECT user_id FROM user_roles WHERE role = 'sales_clerk'`),
      await em.query(`SELECT entity_id FROM audit_events WHERE action = 'user.create' AND user_name = '管理员' AND role = 'admin'`),
    ])
    expect(users).toHaveLength(40)
    expect(new Set(users.map((u: { login_key: string }) => u.login_key)).size).toBe(40)
    // Every landed user has its role row and exactly one audit event; no refused one left either.
    const ids = users.map((u: { id: number }) => u.id).sort()
    expect(roles.map((r: { user_id: number }) => r.user_id).sort()).toEqual(ids)
    expect(events.map((e: { entity_id: number }) => e.entity_id).sort()).toEqual(ids)
  })
})

// SQLite only: PostgreSQL has no queue (its transactions run side by side, below).
describe.skipIf(!onSqlite)('the serial database queue (DESIGN.md pitfall: one connection, one transaction at a time)', () => {
  it('50 concurrent raw transactions, every third failing midway: the failures leave nothing, the rest are whole', async () => {
    const db = office.ws.database
    const actor = { id: 1, name: '管理员' }
    const outcomes = await Promise.allSettled(
      Array.from({ length: 50 }, (_, i) =>
        db.transaction(async (em) => {
          await em.query(`INSERT INTO settings (key, value) VALUES (?, ?)`, [`test.${i}`, String(i)])
          // An await between statements: where a neighbour's rollback would strike if transactions overlapped.
          await new Promise((resolve) => setTimeout(resolve, i % 5))
          await appendAuditEvent(em, { at: office.clock.now(), actor, role: 'admin', action: 'test.write', entityType: 'settings', entityId: i })
          if (i % 3 === 0) throw new Error(`failure ${i}`)
        }),
      ),
    )
    const failed = outcomes.flatMap((o, i) => (o.status === 'rejected' ? [i] : []))
    expect(failed).toEqual(Array.from({ length: 17 }, (_, k) => k * 3))
    const [settings, events] = await db.read(async (em) => [
      await em.query(`SELECT value FROM settings WHERE key LIKE 'test.%'`),
      await em.query(`SELECT entity_id FROM audit_events WHERE action = 'test.write'`),
    ])
    const landed = Array.from({ length: 50 }, (_, i) => i).filter((i) => i % 3 !== 0)
    expect(settings.map((s: { value: string }) => Number(s.value)).sort((a: number, b: number) => a - b)).toEqual(landed)
    expect(events.map((e: { entity_id: number }) => e.entity_id).sort((a: number, b: number) => a - b)).toEqual(landed)
  })
})

// PostgreSQL only: SQLite's queue never runs two transactions at once (above).
describe.skipIf(!onPostgres)('transactions side by side on PostgreSQL (issue 9, item 7)', () => {
  it('50 concurrent transactions, as many at once as the pool has clients, every third failing midway: the failures leave nothing, the rest are whole', async () => {
    const db = office.ws.database
    const actor = { id: 1, name: '管理员' }
    let inside = 0
    let most = 0
    let allInside!: () => void
    const poolFull = new Promise<void>((resolve) => (allInside = resolve))
    const outcomes = await Promise.allSettled(
      Array.from({ length: 50 }, (_, i) =>
        db.transaction(async (em) => {
          await em.query(`INSERT INTO settings (key, value) VALUES ($1, $2)`, [`test.${i}`, String(i)])
          inside++
          most = Math.max(most, inside)
          // Every transaction waits here until the pool's clients are all inside one at the same time:
          // the queue would never let a second one in (the test would time out), the pool lets in ten.
          if (inside === PG_POOL_SIZE) allInside()
          await poolFull
          try {
            await appendAuditEvent(em, { at: office.clock.now(), actor, role: 'admin', action: 'test.write', entityType: 'settings', entityId: i })
            if (i % 3 === 0) throw new Error(`failure ${i}`)
          } finally {
            inside--
          }
        }),
      ),
    )
    expect(most).toBe(PG_POOL_SIZE)
    const failed = outcomes.flatMap((o, i) => (o.status === 'rejected' ? [i] : []))
    expect(failed).toEqual(Array.from({ length: 17 }, (_, k) => k * 3))
    const [settings, events] = await db.read(async (em) => [
      await em.query(`SELECT value FROM settings WHERE key LIKE 'test.%'`),
      await em.query(`SELECT entity_id FROM audit_events WHERE action = 'test.write'`),
    ])
    const landed = Array.from({ length: 50 }, (_, i) => i).filter((i) => i % 3 !== 0)
    expect(settings.map((s: { value: string }) => Number(s.value)).sort((a: number, b: number) => a - b)).toEqual(landed)
    expect(events.map((e: { entity_id: number }) => Number(e.entity_id)).sort((a: number, b: number) => a - b)).toEqual(landed)
  })
})
