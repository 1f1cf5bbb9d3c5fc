import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { InputOf, MethodName, ResultOf } from '../../../shared/api'
import type { Envelope, ErrorBody } from '../../../shared/errors'
import type { RoleKey } from '../../../shared/roles'
import { openWorkstation, type OpenedWorkstation } from '../../../electron/core/open-workstation'
import type { WorkstationOptions } from '../../../electron/core/workstation'
import { copyDatabase, keepDatabase, migratedDatabase, type DatabaseCopy } from './database-copy'
import { createTestDatabase, dropTestDatabase, testBackend } from './test-backend'

export const START = new Date('2026-11-20T02:00:00.000Z')

/** A frozen clock the test moves by hand. */
export class TestClock {
  current = new Date(START)
  now = () => new Date(this.current)
  advance(ms: number) {
    this.current = new Date(this.current.getTime() + ms)
  }
}

/** Holds a session token like a transport does (the IPC binding, the host's cookie). */
export class TestClient {
  token: string | null = null
  constructor(private readonly ws: () => OpenedWorkstation) {}

  async raw(method: unknown, input: unknown): Promise<Envelope<unknown>> {
    const { envelope, session } = await this.ws().dispatch(method, input, this.token)
    if (session) this.token = 'token' in session ? session.token : null
    return envelope
  }

  async call<K extends MethodName>(method: K, input: InputOf<K>): Promise<ResultOf<K>> {
    const envelope = await this.raw(method, input)
    if (!envelope.ok) throw new Error(`${method} refused: ${envelope.error.code} ${envelope.error.message}`)
    return envelope.data as ResultOf<K>
  }

  /** Expects a refusal and returns it. */
  async refused(method: unknown, input: unknown): Promise<ErrorBody> {
    const envelope = await this.raw(method, input)
    if (envelope.ok) throw new Error(`${String(method)} was expected to be refused but succeeded`)
    return envelope.error
  }
}

export interface TestOffice {
  ws: OpenedWorkstation
  dir: string
  /** The SQLite file; on PostgreSQL (BACKOFFICE_TEST_PG_URL) the office's own database's URL. */
  path: string
  clock: TestClock
  client(): TestClient
  /** The first administrator, signed in. */
  admin: TestClient
  /** Creates a user with these roles, and signs them in with their own password. */
  person(login: string, roles: RoleKey[], name?: string): Promise<TestClient & { id: number }>
  reopen(): Promise<void>
  close(): Promise<void>
}

export const PASSWORD = 'Secret123'

export interface OpenTestOfficeOptions {
  /** false: the office as first installed, before system.setup. */
  setup?: boolean
  /**
   * Run every migration on an empty database, as a new install does (the migrations' own tests). Otherwise
   * the office starts from a copy of a database the same migrations built once for this test process.
   */
  freshMigrations?: boolean
}

/**
 * A real database built by the real migrations, with setup done: a SQLite file in a temp folder, or, when
 * the suite runs on PostgreSQL (BACKOFFICE_TEST_PG_URL, see test-backend.ts), a fresh database of its own.
 */
export async function openTestOffice(options: OpenTestOfficeOptions = {}): Promise<TestOffice> {
  if (options.freshMigrations) {
    const office = await openOfficeOn(null)
    if (options.setup !== false) await setUp(office)
    return office
  }
  if (options.setup === false) return openOfficeOn(await migratedDatabase(() => new Date(START)))
  const { database, adminToken } = await setUpDatabase()
  const office = await openOfficeOn(database)
  office.admin.token = adminToken
  return office
}

const setUp = (office: TestOffice) =>
  office.admin.call('system.setup', { companyName: '华东机械制造有限公司', adminName: '管理员', adminLogin: 'admin', adminPassword: PASSWORD })

let setUpOnce: Promise<{ database: DatabaseCopy; adminToken: string | null }> | null = null

/** The migrated database after system.setup, made once per test process, and the administrator's session on it. */
function setUpDatabase(): Promise<{ database: DatabaseCopy; adminToken: string | null }> {
  setUpOnce ??= (async () => {
    const office = await openOfficeOn(await migratedDatabase(() => new Date(START)))
    await setUp(office)
    await office.ws.close()
    const database = await keepDatabase(office.path)
    rmSync(office.dir, { recursive: true, force: true })
    if (testBackend() === 'postgres') await dropTestDatabase(office.path)
    return { database, adminToken: office.admin.token }
  })().catch((error: unknown) => {
    setUpOnce = null
    throw error
  })
  return setUpOnce
}

/** An office on its own copy of `from` (database-copy.ts), or on a new empty database (null); nobody signed in. */
export async function openOfficeOn(from: DatabaseCopy | null): Promise<TestOffice> {
  const dir = mkdtempSync(join(tmpdir(), 'backoffice-test-'))
  const sqliteFile = join(dir, 'office.sqlite')
  const path = from ? await copyDatabase(from, sqliteFile) : testBackend() === 'postgres' ? await createTestDatabase() : sqliteFile
  const postgresUrl = testBackend() === 'postgres' ? path : undefined
  const target: Pick<WorkstationOptions, 'sqlitePath' | 'postgresUrl'> = postgresUrl ? { postgresUrl } : { sqlitePath: path }
  const clock = new TestClock()
  // The start-up daily work (R8's expiry, daily/daily-work.ts) is waited for here, so it never runs beside a
  // test's own statements (a count of statements, a snapshot of tables); a damaged file's refusal is the test's.
  const opened = async () => {
    const ws = await openWorkstation({ ...target, now: clock.now })
    await ws.runDailyWork().catch(() => 0)
    return ws
  }
  const office: TestOffice = {
    ws: await opened(),
    dir,
    path,
    clock,
    client: () => new TestClient(() => office.ws),
    admin: undefined as unknown as TestClient,
    async person(login, roles, name = login) {
      const created = await office.admin.call('users.create', { name, login, password: 'Initial123', roles })
      const client = office.client()
      await client.call('auth.login', { login, password: 'Initial123' })
      await client.call('auth.changePassword', { oldPassword: 'Initial123', newPassword: PASSWORD })
      return Object.assign(client, { id: created.id })
    },
    async reopen() {
      await office.ws.close()
      office.ws = await opened()
    },
    async close() {
      await office.ws.close()
      rmSync(dir, { recursive: true, force: true })
      if (postgresUrl) await dropTestDatabase(postgresUrl)
    },
  }
  office.admin = office.client()
  return office
}
