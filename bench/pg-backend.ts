import { Client } from 'pg'
import { openWorkstation } from '../electron/core/open-workstation'
import { copyOffice } from '../scripts/pg/copy-office'
import type { BenchBackend } from './backends'
import { PgFloor } from './floors'

export interface PgBenchOptions {
  /** The generated SQLite office, copied into PostgreSQL. */
  sourcePath: string
  /** `postgres://user@host:port/db`: a server on which the benchmark creates (and drops) its databases. */
  url: string
  /** Copy into the URL's own database (its tables are emptied first) and leave it there afterwards. */
  inPlace: boolean
  log: (line: string) => void
}

const withDatabase = (url: string, name: string) => {
  const next = new URL(url)
  next.pathname = `/${name}`
  return next.toString()
}
const databaseOf = (url: string) => decodeURIComponent(new URL(url).pathname.slice(1)) || 'postgres'
const ident = (name: string) => `"${name.replace(/"/g, '""')}"`

async function connected(url: string): Promise<Client> {
  const client = new Client({ connectionString: url })
  await client.connect()
  return client
}

/**
 * The same office on PostgreSQL: copied into a database of its own (scripts/pg/copy-office.ts), the
 * approve floor's copy made with CREATE DATABASE … TEMPLATE, both dropped at the end. The floors run on
 * their own `pg` connections beside the app's pool.
 */
export async function pgBackend(options: PgBenchOptions): Promise<BenchBackend> {
  const stamp = `${Date.now().toString(36)}_${process.pid}`
  const name = options.inPlace ? databaseOf(options.url) : `backoffice_bench_${stamp}`
  const floorName = `${name}_approve_floor`
  // Creating and dropping databases happens from the server's maintenance database, never from the one in use.
  const admin = await connected(withDatabase(options.url, name === 'postgres' ? 'template1' : 'postgres'))
  const clients: Client[] = []
  const created: string[] = []
  try {
    if (!options.inPlace) {
      await admin.query(`CREATE DATABASE ${ident(name)} TEMPLATE template0 ENCODING 'UTF8'`)
      created.push(name)
    }
    const url = withDatabase(options.url, name)
    options.log(`copying ${options.sourcePath} into PostgreSQL database ${name} …`)
    const copy = await copyOffice(options.sourcePath, url)
    const { rows } = await admin.query<{ version: string; bytes: string }>(
      `SELECT current_setting('server_version') AS version, pg_database_size($1) AS bytes`,
      [name],
    )
    const version = rows[0]!.version.split(' ')[0]
    return {
      title: `PostgreSQL ${version}`,
      // No file to check or back up on a server: an open is the pool's first connection, the
      // migrations check and the first page.
      openLabel: 'connect + first queue page',
      size: `database ${(Number(rows[0]!.bytes) / 2 ** 20).toFixed(0)} MiB`,
      notes: [
        `Copied from the SQLite file by scripts/pg/copy-office.ts: ${copy.totalRows.toLocaleString('en-US')} rows in ${copy.seconds.toFixed(1)} s (migrations, rows, sequences, VACUUM ANALYZE).`,
      ],
      open: () => openWorkstation({ postgresUrl: url, dailyWork: false }),
      async freezeApproveCopy() {
        // FILE_COPY: a plain copy of the files (the WAL_LOG default writes the whole database through the WAL).
        const create = `CREATE DATABASE ${ident(floorName)} TEMPLATE ${ident(name)}`
        // Before PostgreSQL 15 there is no STRATEGY, and FILE_COPY is what it does.
        await admin.query(`${create} STRATEGY FILE_COPY`).catch(() => admin.query(create))
        created.push(floorName)
      },
      async rawOpen([sql, params]) {
        const client = await connected(url)
        await client.query(sql, params)
        await client.end()
      },
      async floor() {
        const client = await connected(url)
        clients.push(client)
        return new PgFloor(client)
      },
      async approveFloor() {
        const client = await connected(withDatabase(options.url, floorName))
        clients.push(client)
        return new PgFloor(client)
      },
      async dispose() {
        for (const client of clients) await client.end().catch(() => undefined)
        for (const db of created.reverse()) {
          if (options.inPlace && db === name) continue
          await admin.query(`DROP DATABASE IF EXISTS ${ident(db)} WITH (FORCE)`)
        }
        await admin.end()
      },
    }
  } catch (error) {
    for (const db of created.reverse()) await admin.query(`DROP DATABASE IF EXISTS ${ident(db)} WITH (FORCE)`).catch(() => undefined)
    await admin.end()
    throw error
  }
}
