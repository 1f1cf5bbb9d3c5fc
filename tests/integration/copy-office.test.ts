import Sqlite from 'better-sqlite3'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { Client } from 'pg'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { hashPassword } from '../../electron/core/auth/password-hash'
import { openWorkstation, type OpenedWorkstation } from '../../electron/core/open-workstation'
import { copyOffice, type CopyReport } from '../../scripts/pg/copy-office'
import { generateBulkOffice } from '../../scripts/seed/bulk/generate-bulk-office'
import { SEED_PASSWORD } from '../../scripts/seed/roster'
import type { QueueFilter } from '../../shared/api'
import { createTestDatabase, dropTestDatabase, onPostgres } from './support/test-backend'
import { TestClient } from './support/test-workstation'

// `npm run bench -- --pg` measures PostgreSQL on a copy of the generated office: the copy must hold the
// same rows, and the app must answer the same on it as on the file it came from.

const UNTIL = '2026-11-20'
/** Monday morning after the generated calendar, Beijing time: both workstations share the clock. */
const MONDAY = new Date('2026-11-23T01:30:00.000Z')

describe.skipIf(!onPostgres)('copying a generated office into PostgreSQL (needs BACKOFFICE_TEST_PG_URL: scripts/pg/with-cluster.sh)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'backoffice-copy-'))
  const file = join(dir, 'bulk.sqlite')
  let url: string
  let copy: CopyReport
  let onSqlite: OpenedWorkstation
  let onPg: OpenedWorkstation

  beforeAll(async () => {
    await generateBulkOffice({ years: 1, scale: 0.05, seed: 7, until: UNTIL, out: file, passwordHash: await hashPassword(SEED_PASSWORD) })
    url = await createTestDatabase()
    copy = await copyOffice(file, url)
    onSqlite = await openWorkstation({ sqlitePath: file, backupDir: join(dir, 'backups'), now: () => MONDAY })
    onPg = await openWorkstation({ postgresUrl: url, now: () => MONDAY })
  }, 180_000)

  afterAll(async () => {
    await onSqlite?.close()
    await onPg?.close()
    if (url) await dropTestDatabase(url)
    rmSync(dir, { recursive: true, force: true })
  })

  it('holds every table with as many rows as the file (not SQLite\'s FTS5 search indexes, which PostgreSQL\'s trigram indexes stand for)', async () => {
    const sqlite = new Sqlite(file, { readonly: true })
    const client = new Client({ connectionString: url })
    await client.connect()
    try {
      const tables = (sqlite.prepare(`SELECT name FROM pragma_table_list WHERE schema = 'main' AND type = 'table' AND name NOT LIKE 'sqlite_%' AND name <> 'migrations' ORDER BY name`).all() as Array<{ name: string }>).map((t) => t.name)
      expect(tables.length).toBeGreaterThan(15)
      expect(tables).toContain('customer_names')
      expect(tables.filter((t) => t.includes('_search'))).toEqual([])
      const count = (sql: string) => sqlite.prepare(sql).pluck().get() as number
      for (const table of tables) {
        const expected = count(`SELECT count(*) FROM "${table}"`)
        const { rows } = await client.query<{ n: string }>(`SELECT count(*) AS n FROM "${table}"`)
        expect(Number(rows[0]!.n), table).toBe(expected)
        expect(copy.rows[table], table).toBe(expected)
      }
      expect(copy.rows.audit_events).toBeGreaterThan(1000)
    } finally {
      sqlite.close()
      await client.end()
    }
  })

  /**
   * The same person signed in on each side, asking the same things. Signing in writes an audit event:
   * on PostgreSQL that fails unless the copy moved the sequences past the copied ids.
   */
  async function answers(login: string, ask: (client: TestClient) => Promise<unknown>): Promise<[unknown, unknown]> {
    const answer = async (ws: OpenedWorkstation) => {
      const client = new TestClient(() => ws)
      await client.call('auth.login', { login, password: SEED_PASSWORD })
      return ask(client)
    }
    return [await answer(onSqlite), await answer(onPg)]
  }

  it('answers the queue the same: tabs, counts and searches of the general manager and a clerk', async () => {
    const sample = new Sqlite(file, { readonly: true })
    const open = sample.prepare(`SELECT doc_no, customer_name FROM tasks WHERE closed_at IS NULL AND customer_name IS NOT NULL ORDER BY id LIMIT 1`).get() as { doc_no: string; customer_name: string }
    sample.close()
    const filters: Array<QueueFilter | undefined> = [undefined, { search: open.doc_no.slice(0, 8) }, { search: open.customer_name.slice(0, 2) }, { docType: 'application' }]
    for (const login of ['wangjh', 'wangxl']) {
      const [sqlite, pg] = await answers(login, async (client) => {
        const seen: unknown[] = []
        for (const filter of filters) {
          seen.push(await client.call('queue.counts', filter ? { filter } : {}))
          for (const tab of ['todo', 'done', 'started'] as const) seen.push(await client.call('queue.list', { tab, ...(filter ? { filter } : {}) }))
        }
        return seen
      })
      expect(pg, login).toEqual(sqlite)
      expect(JSON.stringify(sqlite)).toContain('"rows":[{')
    }
  })

  it('answers the ledger the same: a month, the year, the year of one customer', async () => {
    const [sqlite, pg] = await answers('sunxy', async (client) => {
      const year = await client.call('ledger.list', { filter: { period: '2026' } })
      const customerId = year.rows[0]!.customerId
      return [year, await client.call('ledger.list', { filter: { period: '2026-06' } }), await client.call('ledger.list', { filter: { period: '2026', customerId } })]
    })
    expect(pg).toEqual(sqlite)
    expect((sqlite as Array<{ total: number }>)[0]!.total).toBeGreaterThan(50)
  })
})
