import { randomBytes } from 'node:crypto'
import { Client } from 'pg'

/**
 * Which database the integration suite runs on. SQLite by default; PostgreSQL when BACKOFFICE_TEST_PG_URL
 * names a server (scripts/pg/with-cluster.sh starts a throwaway one and sets it): every office then gets a
 * database of its own on that server, dropped when the office closes.
 */
export type TestBackend = 'sqlite' | 'postgres'

export function testBackend(): TestBackend {
  return process.env.BACKOFFICE_TEST_PG_URL ? 'postgres' : 'sqlite'
}

/** `describe.skipIf(!onSqlite)` for what only SQLite has (its file, pragmas, backups), with the reason beside it. */
export const onSqlite = testBackend() === 'sqlite'
export const onPostgres = testBackend() === 'postgres'

function serverUrl(): string {
  const url = process.env.BACKOFFICE_TEST_PG_URL
  if (!url) throw new Error('BACKOFFICE_TEST_PG_URL is not set')
  return url
}

async function withServer<T>(work: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: serverUrl() })
  await client.connect()
  try {
    return await work(client)
  } finally {
    await client.end()
  }
}

/**
 * A new database on the test server; returns its URL. Empty, or a copy of the database at `fromUrl`
 * (database-copy.ts), which nobody may be connected to meanwhile: PostgreSQL copies a template whole.
 */
export async function createTestDatabase(fromUrl?: string, prefix = 'office'): Promise<string> {
  const name = `${prefix}_${process.pid}_${randomBytes(4).toString('hex')}`
  const template = fromUrl ? new URL(fromUrl).pathname.slice(1) : null
  await withServer((client) => client.query(template ? `CREATE DATABASE ${name} TEMPLATE ${template}` : `CREATE DATABASE ${name} TEMPLATE template0 ENCODING 'UTF8'`))
  const url = new URL(serverUrl())
  url.pathname = `/${name}`
  return url.toString()
}

export async function dropTestDatabase(databaseUrl: string): Promise<void> {
  const name = new URL(databaseUrl).pathname.slice(1)
  await withServer((client) => client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`))
}

/**
 * The name prefix of the databases kept to be copied (database-copy.ts): they serve every test file of a
 * worker, so they outlive each file and global-setup.ts drops them, by this prefix, when the run is over.
 */
export function keptDatabasePrefix(): string {
  return `kept_${process.env.BACKOFFICE_TEST_RUN ?? 'run'}`
}

/** Drops every database of this run kept to be copied (global-setup.ts, at the end of the run). */
export async function dropKeptDatabases(): Promise<void> {
  await withServer(async (client) => {
    const { rows } = await client.query<{ datname: string }>(`SELECT datname FROM pg_database WHERE starts_with(datname, $1)`, [`${keptDatabasePrefix()}_`])
    for (const { datname } of rows) await client.query(`DROP DATABASE IF EXISTS ${datname} WITH (FORCE)`)
  })
}
