import { copyFileSync, existsSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { openDatabase } from '../../../electron/core/db/database'
import { createTestDatabase, keptDatabasePrefix, onPostgres } from './test-backend'

/**
 * A database kept to be copied (closed, nobody connected): a SQLite file, or a PostgreSQL database, which
 * `CREATE DATABASE … TEMPLATE` copies. Opening an office from one is a file copy or a server-side copy
 * instead of running every migration again (a few hundred ms each, thousands of offices per run).
 */
export type DatabaseCopy = { kind: 'sqlite'; file: string } | { kind: 'postgres'; url: string }

let folder: string | null = null
/**
 * This test process's folder of copies: inside the run's folder that global-setup.ts makes and removes
 * (BACKOFFICE_TEST_COPIES), or a temp folder removed when the process exits. PostgreSQL copies stay until
 * the run ends (global-setup.ts drops them): they serve every test file a worker runs.
 */
function copiesFolder(): string {
  if (!folder) {
    const run = process.env.BACKOFFICE_TEST_COPIES
    const made = mkdtempSync(join(run && existsSync(run) ? run : tmpdir(), 'backoffice-copies-'))
    if (!run) process.once('exit', () => rmSync(made, { recursive: true, force: true }))
    folder = made
  }
  return folder
}

let migrated: Promise<DatabaseCopy> | null = null

/**
 * An empty database with every migration run, made once per test process by the real start-up path
 * (openDatabase on an empty file or database) and copied for each office. Tests of the migrations
 * themselves open with `freshMigrations` and run them from nothing instead.
 */
export function migratedDatabase(now: () => Date): Promise<DatabaseCopy> {
  migrated ??= makeMigrated(now).catch((error: unknown) => {
    migrated = null
    throw error
  })
  return migrated
}

async function makeMigrated(now: () => Date): Promise<DatabaseCopy> {
  if (onPostgres) {
    const url = await createTestDatabase(undefined, keptDatabasePrefix())
    await (await openDatabase({ target: { kind: 'postgres', url }, backupDir: null, now })).close()
    return { kind: 'postgres', url }
  }
  const file = join(copiesFolder(), `migrated.sqlite`)
  await (await openDatabase({ target: { kind: 'sqlite', path: file }, backupDir: null, now })).close()
  assertCheckpointed(file)
  return { kind: 'sqlite', file }
}

/** A new database (SQLite: `file`; PostgreSQL: a new database on the test server) holding what `from` holds; its path or URL. */
export async function copyDatabase(from: DatabaseCopy, file: string): Promise<string> {
  if (from.kind === 'postgres') return createTestDatabase(from.url)
  copyFileSync(from.file, file)
  return file
}

/** Keeps what a closed office database holds now (SQLite path or PostgreSQL URL), to copy later. */
export async function keepDatabase(pathOrUrl: string): Promise<DatabaseCopy> {
  if (onPostgres) {
    const url = await createTestDatabase(pathOrUrl, keptDatabasePrefix())
    return { kind: 'postgres', url }
  }
  assertCheckpointed(pathOrUrl)
  const file = join(copiesFolder(), `kept-${Math.random().toString(36).slice(2)}.sqlite`)
  copyFileSync(pathOrUrl, file)
  return { kind: 'sqlite', file }
}

/** A closed SQLite file in WAL mode has been checkpointed into the file: copying the file alone copies everything. */
function assertCheckpointed(file: string): void {
  if (existsSync(`${file}-wal`)) throw new Error(`${file} still has a write-ahead log: close it before copying`)
}
