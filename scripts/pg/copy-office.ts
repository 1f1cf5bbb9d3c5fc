import { resolve } from 'node:path'
import { performance } from 'node:perf_hooks'
import BetterSqlite3 from 'better-sqlite3'
import { Client } from 'pg'
import { openWorkstation } from '../../electron/core/open-workstation'

/*
 * Copies a SQLite office (a generated one, or a real workstation's file) into an empty PostgreSQL
 * database: the workstation's own migrations make the schema, then every table's rows follow as they
 * are. `npx tsx scripts/pg/copy-office.ts <office.sqlite> <postgres://…/db>`
 */

/** TypeORM's bookkeeping: the PostgreSQL side has its own rows, written by the migrations just run. */
const MIGRATIONS_TABLE = 'migrations'
/**
 * Rows per INSERT. Each column travels as one array parameter (unnest), so the statement stays small
 * whatever the batch; past a few thousand rows a bigger batch only costs memory.
 */
const BATCH_ROWS = 5000

export interface CopyReport {
  rows: Record<string, number>
  totalRows: number
  seconds: number
}

interface PgColumn {
  name: string
  /** information_schema's udt_name: int4, int8, varchar, text, bool, timestamptz … */
  udt: string
}

/**
 * A SQLite value as the PostgreSQL column expects it. The schema keeps both sides alike (integers for
 * flags, ISO text for times, integer fen for money: electron/core/db/entities/columns.ts), so today
 * every value passes as it is; a column made boolean or timestamp on PostgreSQL would still copy.
 */
function converter(udt: string): (value: unknown) => unknown {
  if (udt === 'bool') return (v) => (v === null ? null : Boolean(v))
  if (udt === 'timestamptz' || udt === 'timestamp') return (v) => (v === null ? null : new Date(String(v)).toISOString())
  if (udt === 'int8' || udt === 'numeric') return (v) => (v === null ? null : typeof v === 'bigint' ? v.toString() : v)
  if (udt === 'bytea') return (v) => v
  return (v) => v
}

async function pgColumns(client: Client, table: string): Promise<PgColumn[]> {
  const { rows } = await client.query<{ column_name: string; udt_name: string }>(
    `SELECT column_name, udt_name FROM information_schema.columns WHERE table_schema = current_schema() AND table_name = $1 ORDER BY ordinal_position`,
    [table],
  )
  return rows.map((r) => ({ name: r.column_name, udt: r.udt_name }))
}

const quote = (name: string) => `"${name.replace(/"/g, '""')}"`

/** Both sides must be at the same migration, or columns would not line up. */
async function assertSameMigrations(sqlite: BetterSqlite3.Database, client: Client): Promise<void> {
  const names = (rows: Array<{ name: string }>) => rows.map((r) => r.name).sort().join(', ')
  const source = names(sqlite.prepare(`SELECT name FROM ${MIGRATIONS_TABLE}`).all() as Array<{ name: string }>)
  const target = names((await client.query<{ name: string }>(`SELECT name FROM ${MIGRATIONS_TABLE}`)).rows)
  if (source !== target)
    throw new Error(`the SQLite file is at migrations [${source}], the code at [${target}]: open the file once with this version of the workstation first`)
}

/** Copies one table in batches; returns its row count. */
async function copyTable(sqlite: BetterSqlite3.Database, client: Client, table: string): Promise<number> {
  const columns = await pgColumns(client, table)
  const sourceColumns = (sqlite.prepare(`PRAGMA table_info(${quote(table)})`).all() as Array<{ name: string }>).map((c) => c.name)
  const missing = sourceColumns.filter((name) => !columns.some((c) => c.name === name))
  if (missing.length) throw new Error(`${table}: no PostgreSQL column for ${missing.join(', ')}`)
  const copied = columns.filter((c) => sourceColumns.includes(c.name))
  const convert = copied.map((c) => converter(c.udt))
  const list = copied.map((c) => quote(c.name)).join(', ')
  // One array per column: the statement text is the same for every batch, and unnest lines the arrays up as rows.
  const insert = `INSERT INTO ${quote(table)} (${list}) SELECT * FROM unnest(${copied.map((c, i) => `$${i + 1}::${c.udt}[]`).join(', ')})`
  const read = sqlite.prepare(`SELECT ${list} FROM ${quote(table)}`).raw(true)
  let arrays: unknown[][] = copied.map(() => [])
  let inBatch = 0
  let total = 0
  const flush = async () => {
    if (!inBatch) return
    await client.query({ name: `copy_${table}`, text: insert, values: arrays })
    total += inBatch
    arrays = copied.map(() => [])
    inBatch = 0
  }
  for (const row of read.iterate() as IterableIterator<unknown[]>) {
    for (let i = 0; i < row.length; i++) arrays[i]!.push(convert[i]!(row[i]))
    if (++inBatch === BATCH_ROWS) await flush()
  }
  await flush()
  return total
}

/** Every serial or identity column continues after the copied rows, as it would have on SQLite. */
async function resetSequences(client: Client, tables: string[]): Promise<void> {
  const { rows } = await client.query<{ table_name: string; column_name: string }>(
    `SELECT table_name, column_name FROM information_schema.columns
      WHERE table_schema = current_schema() AND table_name = ANY($1) AND (column_default LIKE 'nextval(%' OR is_identity = 'YES')`,
    [tables],
  )
  for (const { table_name: table, column_name: column } of rows)
    await client.query(
      `SELECT setval(pg_get_serial_sequence($1, $2), COALESCE((SELECT max(${quote(column)}) FROM ${quote(table)}), 0) + 1, false)`,
      [quote(table), column],
    )
}

/**
 * Copies `sqlitePath` into the (empty) database at `postgresUrl`. The workstation is opened on it first,
 * so its migrations make the schema; the rows it writes on a first open (the default chains) are
 * replaced by the file's.
 */
export async function copyOffice(sqlitePath: string, postgresUrl: string, log: (line: string) => void = () => {}): Promise<CopyReport> {
  const started = performance.now()
  const ws = await openWorkstation({ postgresUrl })
  await ws.close()
  const sqlite = new BetterSqlite3(sqlitePath, { readonly: true, fileMustExist: true })
  const client = new Client({ connectionString: postgresUrl })
  await client.connect()
  try {
    await assertSameMigrations(sqlite, client)
    const tables = (
      // Plain tables only: not the FTS5 search indexes (virtual tables) nor their shadow tables, which are
      // SQLite's own; PostgreSQL's trigram indexes on the copied rows stand for them (migration InfixSearch).
      sqlite
        .prepare(`SELECT name FROM pragma_table_list WHERE schema = 'main' AND type = 'table' AND name NOT LIKE 'sqlite_%' AND name <> ? ORDER BY name`)
        .all(MIGRATIONS_TABLE) as Array<{ name: string }>
    ).map((t) => t.name)
    const rows: Record<string, number> = {}
    await client.query('BEGIN')
    // Replica mode fires no triggers: neither the foreign-key checks (tables load in any order, the
    // file's keys were checked by SQLite) nor the audit table's append-only guard. Needs a superuser.
    await client.query('SET LOCAL session_replication_role = replica')
    await client.query(`TRUNCATE ${tables.map(quote).join(', ')}`)
    for (const table of tables) {
      const tableStarted = performance.now()
      rows[table] = await copyTable(sqlite, client, table)
      log(`${table.padEnd(24)} ${String(rows[table]).padStart(8)} rows  ${((performance.now() - tableStarted) / 1000).toFixed(1)} s`)
    }
    await resetSequences(client, tables)
    await client.query('COMMIT')
    // Fresh statistics, or the planner guesses on the first queries the way it would on empty tables;
    // and the visibility map, without which an index-only count still visits every row it counts (the
    // 已办 total of 47,000 rows: 59 ms after ANALYZE alone). Autovacuum would get there on its own, later.
    await client.query('VACUUM (ANALYZE)')
    const totalRows = Object.values(rows).reduce((a, b) => a + b, 0)
    return { rows, totalRows, seconds: (performance.now() - started) / 1000 }
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined)
    throw error
  } finally {
    sqlite.close()
    await client.end()
  }
}

async function main(): Promise<void> {
  const [file, url] = process.argv.slice(2)
  if (!file || !url) {
    console.error('usage: npx tsx scripts/pg/copy-office.ts <office.sqlite> <postgres://user@host:port/empty_db>')
    process.exitCode = 2
    return
  }
  const report = await copyOffice(resolve(file), url, (line) => console.log(line))
  console.log(`copied ${report.totalRows.toLocaleString('en-US')} rows in ${report.seconds.toFixed(1)} s`)
}

// Run as a script (tsx), not when a test imports copyOffice.
if (typeof require !== 'undefined' && require.main === module)
  main().catch((error: unknown) => {
    console.error(error)
    process.exitCode = 1
  })
