import { migrations } from '../../electron/core/db/migrations'
import { ContractChain1763900000000 } from '../../electron/core/db/migrations/1763900000000-contract-chain'
import { openSync, closeSync, readdirSync, writeSync } from 'node:fs'
import { join } from 'node:path'
import BetterSqlite3 from 'better-sqlite3'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { readSqlitePragmas } from '../../electron/core/db/sqlite-pragmas'
import { sql } from './support/sql'
import { onSqlite } from './support/test-backend'
import { openTestOffice, type TestOffice } from './support/test-workstation'

let office: TestOffice
beforeEach(async () => {
  office = await openTestOffice({ freshMigrations: true })
})
afterEach(() => office.close())

// SQLite only: its file's pragmas. PostgreSQL's durability is the server's configuration, not the app's.
describe.skipIf(!onSqlite)('the SQLite file', () => {
  it('is WAL with synchronous=FULL, foreign keys and a busy timeout, on first open and after reopening', async () => {
    const expected = { journal_mode: 'wal', synchronous: 2, foreign_keys: 1, busy_timeout: 5000 }
    expect(readSqlitePragmas(office.ws.database.sqlite!)).toEqual(expected)
    await office.reopen()
    expect(readSqlitePragmas(office.ws.database.sqlite!)).toEqual(expected)
  })

  it('a plain reopen without our pragmas falls back to synchronous=NORMAL-or-less: the reason we set them every time', async () => {
    await office.ws.close()
    const plain = new BetterSqlite3(office.path)
    try {
      expect(plain.pragma('journal_mode', { simple: true })).toBe('wal')
      expect(plain.pragma('synchronous', { simple: true })).not.toBe(2)
    } finally {
      plain.close()
      await office.reopen()
    }
  })

})

// The schema built by the migrations equals the entities: database-schema.test.ts, on both backends.
describe('the migrations', () => {
  it('run each migration once: reopening applies nothing and keeps the data', async () => {
    const migrationsBefore = await office.ws.database.read((em) => em.query('SELECT name FROM migrations'))
    await office.reopen()
    expect(await office.ws.database.read((em) => em.query('SELECT name FROM migrations'))).toEqual(migrationsBefore)
    expect(await office.client().call('system.status', {})).toMatchObject({ setupNeeded: false })
  })
})

describe('R21 audit events are append-only', () => {
  it('refuses UPDATE and DELETE at the database itself', async () => {
    const db = office.ws.database
    const events = await db.read((em) => em.query('SELECT id, action FROM audit_events ORDER BY id'))
    expect(events.map((e: { action: string }) => e.action)).toEqual(['user.create', 'system.setup'])
    await expect(db.transaction((em) => em.query(`UPDATE audit_events SET comment = 'rewritten'`))).rejects.toThrow(/append-only \(R21\)/)
    await expect(db.transaction((em) => em.query('DELETE FROM audit_events'))).rejects.toThrow(/append-only \(R21\)/)
    expect(await db.read((em) => em.query('SELECT id, action FROM audit_events ORDER BY id'))).toEqual(events)
  })

  it('every administrative change leaves exactly one event, with who and in which role', async () => {
    const clerk = await office.person('clerk', ['sales_clerk'], '王小丽')
    await office.admin.call('users.setRoles', { userId: clerk.id, roles: ['sales_clerk', 'sales_manager'] })
    await office.admin.call('users.setDisabled', { userId: clerk.id, disabled: true })
    await office.admin.call('users.setDisabled', { userId: clerk.id, disabled: false })
    await office.admin.call('users.resetPassword', { userId: clerk.id, password: 'Reset1234' })
    const rows = await office.ws.database.read((em) =>
      sql(em, `SELECT action, user_name, role FROM audit_events WHERE entity_type = 'user' AND entity_id = :id ORDER BY id`, { id: clerk.id }),
    )
    expect(rows).toEqual([
      { action: 'user.create', user_name: '管理员', role: 'admin' },
      { action: 'login', user_name: '王小丽', role: null },
      { action: 'password.change', user_name: '王小丽', role: null },
      { action: 'user.setRoles', user_name: '管理员', role: 'admin' },
      { action: 'user.disable', user_name: '管理员', role: 'admin' },
      { action: 'user.enable', user_name: '管理员', role: 'admin' },
      { action: 'user.resetPassword', user_name: '管理员', role: 'admin' },
    ])
  })
})

// SQLite only: backups are copies of the SQLite file; a PostgreSQL server is backed up by its administrator.
describe.skipIf(!onSqlite)('backups', () => {
  it('takes one daily backup that passes integrity_check, and no second one the same day', async () => {
    const dir = join(office.dir, 'backups')
    const daily = () => readdirSync(dir).filter((f) => f.endsWith('-daily.sqlite'))
    // The day's backup is made beside the app after opening, not before the first page.
    await office.ws.database.settled()
    expect(daily()).toHaveLength(1)
    // A new file had nothing to lose: no backup before its first migrations.
    expect(readdirSync(dir).filter((f) => f.endsWith('-migration.sqlite'))).toEqual([])
    await office.reopen()
    await office.ws.database.settled()
    expect(daily()).toHaveLength(1)
    office.clock.advance(24 * 60 * 60 * 1000)
    expect(await office.ws.database.backupIfDue(office.clock.now())).not.toBeNull()
    expect(daily()).toHaveLength(2)
    const copy = new BetterSqlite3(join(dir, daily()[1]!), { readonly: true })
    try {
      expect(copy.pragma('integrity_check', { simple: true })).toBe('ok')
      expect(copy.prepare('SELECT count(*) AS n FROM users').get()).toEqual({ n: 1 })
    } finally {
      copy.close()
    }
  })

  it('backs up existing data before a pending migration runs (and the migration can be undone)', async () => {
    // Undo back to before the contract chain (it rebuilds tables), so reopening finds it pending on a populated file.
    // The contract chain and every migration after it, newest first (search indexes, byte-order text, links, …).
    for (let i = migrations.length - migrations.indexOf(ContractChain1763900000000); i > 0; i--) await office.ws.database.migrate('undoLast')
    await office.ws.close()
    const raw = new BetterSqlite3(office.path)
    raw.exec(`CREATE TABLE keepsake (note TEXT); INSERT INTO keepsake VALUES ('before migration')`)
    // Rows that reference the tables the migration rebuilds: the upgrade must keep them intact.
    raw.exec(`INSERT INTO documents (doc_type, doc_no, title, state, drafter_user_id, drafter_name, created_at, updated_at)
              VALUES ('application', 'SQ2026110001', '申报', 'draft', 1, '管理员', '2026-11-20T02:00:00.000Z', '2026-11-20T02:00:00.000Z');
              INSERT INTO tasks (document_id, doc_type, doc_no, title, drafter_name, step_key, step_name, opened_at)
              VALUES (1, 'application', 'SQ2026110001', '申报', '管理员', 's', '审签', '2026-11-20T02:00:00.000Z')`)
    raw.close()
    await office.reopen()
    const backup = readdirSync(join(office.dir, 'backups')).find((f) => f.endsWith('-migration.sqlite'))
    expect(backup).toBeDefined()
    const copy = new BetterSqlite3(join(office.dir, 'backups', backup!), { readonly: true })
    try {
      expect(copy.prepare('SELECT note FROM keepsake').get()).toEqual({ note: 'before migration' })
      expect(copy.prepare(`SELECT count(*) AS n FROM sqlite_master WHERE name = 'contracts'`).get()).toEqual({ n: 0 })
    } finally {
      copy.close()
    }
    const migrated = await office.ws.database.read((em) => em.query(`SELECT count(*) AS n FROM sqlite_master WHERE name = 'contracts'`))
    expect(migrated).toEqual([{ n: 1 }])
    const kept = await office.ws.database.read((em) => em.query(`SELECT d.doc_no, d.round, t.step_name FROM tasks t JOIN documents d ON d.id = t.document_id`))
    expect(kept).toEqual([{ doc_no: 'SQ2026110001', round: 0, step_name: '审签' }])
    expect(readSqlitePragmas(office.ws.database.sqlite!).foreign_keys).toBe(1)
  })
})

// SQLite only: quick_check reads the SQLite file; PostgreSQL checks its own pages (and is not damaged by a torn app write).
describe.skipIf(!onSqlite)('the start-up quick_check (DESIGN.md), run beside the first page', () => {
  it('a damaged file still opens for reading, and every write is refused with DATABASE_DAMAGED', async () => {
    await office.ws.database.settled()
    const raw = new BetterSqlite3(office.path)
    const pageSize = raw.pragma('page_size', { simple: true }) as number
    const { rootpage } = raw.prepare(`SELECT rootpage FROM sqlite_master WHERE name = 'idx_documents_customer'`).get() as { rootpage: number }
    raw.close()
    await office.ws.close()
    // A b-tree page whose type byte is nonsense: the kind of damage a torn write leaves.
    const fd = openSync(office.path, 'r+')
    writeSync(fd, Buffer.from([0x00]), 0, 1, (rootpage - 1) * pageSize)
    closeSync(fd)

    await office.reopen()
    await office.ws.database.settled()
    expect(await office.admin.call('queue.counts', {})).toEqual({ todo: 0, done: 0, started: 0 })
    expect(await office.admin.refused('users.create', { name: '王小丽', login: 'clerk', password: 'Initial123', roles: ['sales_clerk'] })).toMatchObject({
      code: 'DATABASE_DAMAGED',
      message: expect.stringContaining('备份恢复'),
    })
    const users = await office.ws.database.read((em) => em.query(`SELECT count(*) AS n FROM users`))
    expect(users).toEqual([{ n: 1 }])
  })

  it('a sound file answers writes once the check has passed', async () => {
    await office.reopen()
    await expect(office.admin.call('users.create', { name: '王小丽', login: 'clerk', password: 'Initial123', roles: ['sales_clerk'] })).resolves.toMatchObject({ login: 'clerk' })
  })
})
