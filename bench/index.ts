import { execFileSync } from 'node:child_process'
import { existsSync, mkdtempSync, statSync } from 'node:fs'
import { cpus, tmpdir, totalmem } from 'node:os'
import { join, resolve } from 'node:path'
import BetterSqlite3 from 'better-sqlite3'
import { openWorkstation } from '../electron/core/open-workstation'
import { applySqlitePragmas } from '../electron/core/db/sqlite-pragmas'
import { coreOperations, type Result } from './core-operations'
import { RawFloor } from './floors'
import { benchPeople } from './office-fixture'
import { measure, ms } from './stats'

// `npm run bench [-- --db FILE --runs N]`: the ten-year office, each operation through the router
// against its raw-SQL floor. Numbers for the README, never assertions in tests.
const args = process.argv.slice(2)
const option = (name: string, fallback: string) => {
  const i = args.indexOf(`--${name}`)
  return i >= 0 && args[i + 1] ? args[i + 1]! : fallback
}
const dbPath = resolve(option('db', '.data/bench/office-10y-s1.sqlite'))
const runs = Number(option('runs', '200'))

async function main() {
  if (!existsSync(dbPath)) {
    console.log(`building ${dbPath} (npm run seed -- --years 10 --scale 1) …`)
    execFileSync('npm', ['run', 'seed', '--', '--years', '10', '--scale', '1', '--out', dbPath], { stdio: 'inherit' })
  }
  // Backups go to a throwaway folder: the first open of the day makes one, the measured opens do not.
  const backupDir = mkdtempSync(join(tmpdir(), 'bench-backups-'))
  let ws = await openWorkstation({ sqlitePath: dbPath, backupDir })
  const people = await benchPeople(ws)
  await ws.close()

  const results: Result[] = []
  const open = await measure(10, async () => {
    ws = await openWorkstation({ sqlitePath: dbPath, backupDir })
    const { envelope } = await ws.dispatch('queue.list', { tab: 'todo' }, people.busy.token)
    if (!envelope.ok) throw new Error(envelope.error.message)
    await ws.close()
  }, 1)
  const openFloor = await measure(10, () => {
    const raw = new BetterSqlite3(dbPath)
    applySqlitePragmas(raw)
    raw.pragma('quick_check')
    raw.prepare(`SELECT * FROM tasks WHERE closed_at IS NULL AND role = ? ORDER BY opened_at DESC LIMIT 50`).all(people.busy.role)
    raw.close()
  }, 1)
  results.push({ operation: 'open database + first queue page', timing: open, floor: openFloor })

  ws = await openWorkstation({ sqlitePath: dbPath, backupDir })
  results.push(...(await coreOperations(ws, new RawFloor(ws.database.sqlite!), runs)))
  const counts = await ws.database.read(async (em) => ({
    documents: (await em.query('SELECT count(*) AS n FROM documents'))[0].n,
    contracts: (await em.query('SELECT count(*) AS n FROM contracts'))[0].n,
    tasks: (await em.query('SELECT count(*) AS n FROM tasks'))[0].n,
    openTasks: (await em.query('SELECT count(*) AS n FROM tasks WHERE closed_at IS NULL'))[0].n,
    audit: (await em.query('SELECT count(*) AS n FROM audit_events'))[0].n,
    customers: (await em.query('SELECT count(*) AS n FROM customers'))[0].n,
  }))
  await ws.close()

  const rows = results.map(({ operation, timing, floor }) => {
    const ratio = floor ? (timing.medianMs / Math.max(floor.medianMs, 0.001)).toFixed(1) + '×' : '—'
    return `| ${operation} | ${timing.runs} | ${ms(timing.medianMs)} | ${ms(timing.p95Ms)} | ${floor ? ms(floor.medianMs) : '—'} | ${floor ? ms(floor.p95Ms) : '—'} | ${ratio} |`
  })
  const size = statSync(dbPath).size + (existsSync(`${dbPath}-wal`) ? statSync(`${dbPath}-wal`).size : 0)
  console.log(`\nMachine: ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}`)
  console.log(`Data: ${JSON.stringify(counts)}; file ${(size / 2 ** 20).toFixed(0)} MiB`)
  console.log('\n| operation | runs | median ms | p95 ms | raw SQL median | raw SQL p95 | ratio |\n|---|---|---|---|---|---|---|')
  console.log(rows.join('\n'))
  console.log(`\nMemory after the run: rss ${(process.memoryUsage().rss / 2 ** 20).toFixed(0)} MiB, heap ${(process.memoryUsage().heapUsed / 2 ** 20).toFixed(0)} MiB`)
}

main().catch((error) => {
  console.error(error)
  process.exit(1)
})
