import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { EntityManager } from 'typeorm'
import { PG_POOL_SIZE } from '../../electron/core/db/data-source'
import { MAX_ATTEMPTS } from '../../electron/core/db/pg-transactions'
import { CLOSING_ISOLATION } from '../../electron/core/workflow/closing'
import { driverQuery, readRows } from '../../electron/core/db/driver-query'
import { openWorkstation } from '../../electron/core/open-workstation'
import { poolOf } from './support/pg-workstations'
import { createTestDatabase, dropTestDatabase, onPostgres } from './support/test-backend'
import { openTestOffice, type TestOffice } from './support/test-workstation'

// How the core's Database runs transactions on PostgreSQL (db/pg-transactions.ts); nesting on both backends.

let office: TestOffice
beforeEach(async () => {
  office = await openTestOffice()
})
afterEach(() => office.close())

/** Hand-written SQL with named parameters on either backend. */
async function run(em: EntityManager, sql: string, params: Record<string, unknown> = {}): Promise<void> {
  const [text, values] = driverQuery(em, sql, params)
  await em.query(text, values)
}
const keysLike = (em: EntityManager, prefix: string) =>
  readRows<{ key: string }>(em, `SELECT key FROM settings WHERE key LIKE :pattern ORDER BY key`, { pattern: `${prefix}%` })

/** Resolves for everyone once `n` have arrived, and at once for anyone arriving after. */
function barrier(n: number): () => Promise<void> {
  let arrived = 0
  let open!: () => void
  const opened = new Promise<void>((resolve) => (open = resolve))
  return () => {
    if (++arrived >= n) open()
    return opened
  }
}

describe('a transaction inside a transaction joins it (both backends)', () => {
  it('a nested read sees the outer transaction’s rows; a nested transaction commits with it and rolls back with it', async () => {
    const db = office.ws.database
    await expect(
      db.transaction(async (em) => {
        await run(em, `INSERT INTO settings (key, value) VALUES ('nested.outer', '1')`)
        expect(await db.read((inner) => keysLike(inner, 'nested.'))).toEqual([{ key: 'nested.outer' }])
        await db.transaction((inner) => run(inner, `INSERT INTO settings (key, value) VALUES ('nested.inner', '1')`))
        expect(await db.read((inner) => keysLike(inner, 'nested.'))).toEqual([{ key: 'nested.inner' }, { key: 'nested.outer' }])
        throw new Error('the outer action fails after the nested one')
      }),
    ).rejects.toThrow('outer action fails')
    expect(await db.read((em) => keysLike(em, 'nested.'))).toEqual([])
  })

  it('a nested transaction that fails is undone alone when the outer one carries on (a savepoint)', async () => {
    const db = office.ws.database
    await db.transaction(async (em) => {
      await run(em, `INSERT INTO settings (key, value) VALUES ('nested.kept', '1')`)
      await expect(
        db.transaction(async (inner) => {
          await run(inner, `INSERT INTO settings (key, value) VALUES ('nested.undone', '1')`)
          throw new Error('nested refusal')
        }),
      ).rejects.toThrow('nested refusal')
    })
    expect(await db.read((em) => keysLike(em, 'nested.'))).toEqual([{ key: 'nested.kept' }])
  })
})

describe.skipIf(!onPostgres)('the pool (PostgreSQL only: SQLite has one connection)', () => {
  it('failed transactions give their clients back: after three pools’ worth of failures the pool is whole and idle, and the next one runs', async () => {
    const db = office.ws.database
    const pool = poolOf(db)
    const outcomes = await Promise.allSettled(
      Array.from({ length: 3 * PG_POOL_SIZE }, (_, i) =>
        db.transaction(async (em) => {
          await run(em, `INSERT INTO settings (key, value) VALUES (:key, '1')`, { key: `failed.${i}` })
          // Half fail in the core, half in PostgreSQL itself (a duplicate key aborts the transaction there).
          if (i % 2) throw new Error('refused midway')
          await run(em, `INSERT INTO settings (key, value) VALUES (:key, '1')`, { key: `failed.${i}` })
        }),
      ),
    )
    expect(outcomes.every((o) => o.status === 'rejected')).toBe(true)
    expect(pool.totalCount).toBeGreaterThan(0)
    expect(pool.totalCount).toBeLessThanOrEqual(PG_POOL_SIZE)
    expect({ idle: pool.idleCount, waiting: pool.waitingCount }).toEqual({ idle: pool.totalCount, waiting: 0 })
    await db.transaction((em) => run(em, `INSERT INTO settings (key, value) VALUES ('after.failures', '1')`))
    expect(await db.read((em) => keysLike(em, 'failed.'))).toEqual([])
    expect(await db.read((em) => keysLike(em, 'after.'))).toEqual([{ key: 'after.failures' }])
  })

  it('close() waits for the transaction under way, then ends the pool', async () => {
    const db = office.ws.database
    const pool = poolOf(db)
    let carryOn!: () => void
    const held = new Promise<void>((resolve) => (carryOn = resolve))
    let began!: () => void
    const begun = new Promise<void>((resolve) => (began = resolve))
    const underWay = db.transaction(async (em) => {
      await run(em, `INSERT INTO settings (key, value) VALUES ('closing.late', '1')`)
      began()
      await held
    })
    await begun
    const closed = office.ws.close()
    carryOn()
    await Promise.all([underWay, closed])
    expect(pool.ended).toBe(true)
    expect(pool.totalCount).toBe(0)
    await office.reopen()
    expect(await office.ws.database.read((em) => keysLike(em, 'closing.'))).toEqual([{ key: 'closing.late' }])
  })

  it('queries issued together inside a transaction run one at a time on its client (no pg deprecation), answers in order', async () => {
    const warnings: string[] = []
    const onWarning = (warning: Error) => warnings.push(warning.message)
    process.on('warning', onWarning)
    try {
      const db = office.ws.database
      const answers = await db.transaction((em) =>
        Promise.all(Array.from({ length: 20 }, (_, i) => em.query(`SELECT $1::int AS n, pg_backend_pid() AS pid`, [i]))),
      )
      expect(answers.map((rows: Array<{ n: number }>) => rows[0]!.n)).toEqual(Array.from({ length: 20 }, (_, i) => i))
      // One transaction, one client.
      expect(new Set(answers.map((rows: Array<{ pid: number }>) => rows[0]!.pid)).size).toBe(1)
      // Node emits warnings on the next tick: let it pass before looking.
      await new Promise(setImmediate)
    } finally {
      process.off('warning', onWarning)
    }
    expect(warnings.filter((w) => w.includes('already executing a query'))).toEqual([])
  })
})

describe.skipIf(!onPostgres)('isolation and retries (PostgreSQL only: SQLite never runs two transactions at once)', () => {
  const level = (em: EntityManager) => readRows<{ transaction_isolation: string }>(em, `SHOW transaction_isolation`, {})

  it('runs at READ COMMITTED, the closing at REPEATABLE READ; a nested call keeps the outer level', async () => {
    const db = office.ws.database
    expect(await db.transaction(level)).toEqual([{ transaction_isolation: 'read committed' }])
    expect(await db.transaction(level, CLOSING_ISOLATION)).toEqual([{ transaction_isolation: 'repeatable read' }])
    expect(await db.transaction(() => db.transaction(level, CLOSING_ISOLATION))).toEqual([{ transaction_isolation: 'read committed' }])
  })

  it('a serialization failure (40001) is tried MAX_ATTEMPTS times, then reported; any other failure once', async () => {
    const db = office.ws.database
    const failing = (errcode: string) => {
      const tries = { n: 0 }
      const done = db.transaction(async (em) => {
        tries.n++
        await em.query(`DO $$ BEGIN RAISE EXCEPTION 'refused by the server' USING ERRCODE = '${errcode}'; END $$`)
      })
      return { tries, done }
    }
    const serialization = failing('serialization_failure')
    await expect(serialization.done).rejects.toMatchObject({ code: '40001' })
    expect(serialization.tries.n).toBe(MAX_ATTEMPTS)
    const unique = failing('unique_violation')
    await expect(unique.done).rejects.toMatchObject({ code: '23505' })
    expect(unique.tries.n).toBe(1)
  })

  it('two transactions that deadlock (40P01): PostgreSQL aborts one, it runs again from the start, both land once', async () => {
    const db = office.ws.database
    await db.transaction(async (em) => {
      await run(em, `INSERT INTO settings (key, value) VALUES ('lock.a', '0'), ('lock.b', '0')`)
    })
    const bothHoldOne = barrier(2)
    let attempts = 0
    const crossing = (first: string, second: string) =>
      db.transaction(async (em) => {
        attempts++
        await run(em, `UPDATE settings SET value = value || '+' WHERE key = :key`, { key: first })
        await bothHoldOne()
        await run(em, `UPDATE settings SET value = value || '+' WHERE key = :key`, { key: second })
        await run(em, `INSERT INTO settings (key, value) VALUES (:key, '1')`, { key: `landed.${first}` })
      })
    await Promise.all([crossing('lock.a', 'lock.b'), crossing('lock.b', 'lock.a')])
    // At least one ran again (normally once: 3 attempts); whatever was tried, each landed exactly once.
    expect(attempts).toBeGreaterThanOrEqual(3)
    expect(await db.read((em) => keysLike(em, 'landed.'))).toEqual([{ key: 'landed.lock.a' }, { key: 'landed.lock.b' }])
    const values = await db.read((em) => readRows<{ value: string }>(em, `SELECT value FROM settings WHERE key LIKE 'lock.%' ORDER BY key`, {}))
    expect(values).toEqual([{ value: '0++' }, { value: '0++' }])
  })
})

describe.skipIf(!onPostgres)('starting up (PostgreSQL only: a SQLite file has one workstation)', () => {
  it('three workstations starting at once on a new database: all open, each migration runs once, the chains are written once', async () => {
    const url = await createTestDatabase()
    try {
      const desks = await Promise.all([1, 2, 3].map(() => openWorkstation({ postgresUrl: url, now: office.clock.now })))
      try {
        const db = desks[0]!.database
        const migrations = await db.read((em) => readRows<{ name: string; n: string }>(em, `SELECT name, count(*) AS n FROM migrations GROUP BY name ORDER BY name`, {}))
        expect(migrations.length).toBeGreaterThan(0)
        expect(migrations.filter((m) => Number(m.n) !== 1)).toEqual([])
        const chains = await db.read((em) => readRows<{ n: string }>(em, `SELECT count(*) AS n FROM workflow_definitions GROUP BY doc_type HAVING count(*) > 1`, {}))
        expect(chains).toEqual([])
        expect((await desks[2]!.dispatch('system.status', {}, null)).envelope).toEqual({ ok: true, data: { setupNeeded: true, companyName: null } })
      } finally {
        for (const ws of desks) await ws.close()
      }
    } finally {
      await dropTestDatabase(url)
    }
  })
})
