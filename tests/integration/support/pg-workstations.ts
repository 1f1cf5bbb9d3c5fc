import { Client, type Pool } from 'pg'
import { openWorkstation, type OpenedWorkstation } from '../../../electron/core/open-workstation'
import type { Database } from '../../../electron/core/db/database'
import { TestClient, type TestOffice } from './test-workstation'

// Several workstations on one PostgreSQL database, as in an office where each desk runs the app against
// the shared server: each has its own pool, so their transactions meet only in PostgreSQL.

/** `n` more workstations on the office's own PostgreSQL database (already migrated and set up by the office). */
export async function openMoreWorkstations(office: TestOffice, n: number): Promise<OpenedWorkstation[]> {
  const opened: OpenedWorkstation[] = []
  for (let i = 0; i < n; i++) opened.push(await openWorkstation({ postgresUrl: office.path, now: office.clock.now }))
  return opened
}

/** The same signed-in person at another workstation: sessions are rows, so the token is valid on every desk. */
export function sameUserOn(ws: OpenedWorkstation, person: TestClient): TestClient {
  const client = new TestClient(() => ws)
  client.token = person.token
  return client
}

/** The database's pg pool (PostgreSQL only): how many clients it has, how many are lent out, who waits. */
export function poolOf(db: Database): Pool {
  const pool = (db.dataSource.driver as unknown as { master?: Pool }).master
  if (!pool) throw new Error('no pool: not PostgreSQL, or closed')
  return pool
}

/**
 * Makes calls meet "at the same moment" without timing: a separate connection holds the row locked
 * while `fire` starts them, waits until `waiters` of the database's backends are blocked on a lock (the
 * calls have all reached the row), then lets go, so they contend for the row together.
 */
export function atOnceOnRow<T>(databaseUrl: string, table: string, id: number, waiters: number, fire: () => Promise<T>): Promise<T> {
  return atOnceWhileHeld(databaseUrl, { sql: `SELECT 1 FROM ${table} WHERE id = $1 FOR UPDATE`, params: [id] }, waiters, fire)
}

/**
 * The same with any lock: e.g. `LOCK TABLE audit_events IN EXCLUSIVE MODE` lets the calls read but stops
 * them at their first insert, after their checks — where two unguarded checks would both have passed.
 */
export async function atOnceWhileHeld<T>(databaseUrl: string, hold: { sql: string; params?: unknown[] }, waiters: number, fire: () => Promise<T>): Promise<T> {
  const holder = new Client({ connectionString: databaseUrl })
  await holder.connect()
  try {
    await holder.query('BEGIN')
    await holder.query(hold.sql, hold.params ?? [])
    let settled = false
    const fired = fire().finally(() => (settled = true))
    // A call that never reaches the row (refused before) settles instead; then there is nothing to wait for.
    while (!settled && (await blockedBackends(holder)) < waiters) await new Promise(setImmediate)
    await holder.query('ROLLBACK')
    return await fired
  } finally {
    await holder.end()
  }
}

async function blockedBackends(client: Client): Promise<number> {
  // The holder asks from inside its transaction, where pg_stat_activity is a snapshot taken once: renew it.
  await client.query('SELECT pg_stat_clear_snapshot()')
  const { rows } = await client.query<{ n: string }>(
    `SELECT count(*) AS n FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock' AND pid <> pg_backend_pid()`,
  )
  return Number(rows[0]?.n ?? 0)
}
