import { execFileSync } from 'node:child_process'
import { copyFileSync, existsSync, mkdtempSync, rmSync, statSync } from 'node:fs'
import { cpus, tmpdir, totalmem } from 'node:os'
import { join, resolve } from 'node:path'
import { performance } from 'node:perf_hooks'
import BetterSqlite3 from 'better-sqlite3'
import { openWorkstation, type OpenedWorkstation } from '../electron/core/open-workstation'
import { applySqlitePragmas } from '../electron/core/db/sqlite-pragmas'
import { coreOperations, type Result } from './core-operations'
import { RawFloor } from './floors'
import { benchPeople, pendingApprovals } from './office-fixture'
import { printReport, type BrowserOutcome } from './report'
import { measure, timingOf } from './stats'
import { StatementRecorder } from './statement-recorder'

// `npm run bench [-- --db FILE --runs N --no-browser]`: the ten-year office, each operation through the
// router against its raw-SQL floor, then the renderer in Chromium. Numbers for the README, never
// assertions in tests.
const args = process.argv.slice(2)
const option = (name: string, fallback: string) => {
  const i = args.indexOf(`--${name}`)
  return i >= 0 && args[i + 1] ? args[i + 1]! : fallback
}
const sourcePath = resolve(option('db', '.data/bench/office-10y-s1.sqlite'))
const runs = Number(option('runs', '200'))

async function main() {
  if (!existsSync(sourcePath)) {
    console.log(`building ${sourcePath} (npm run seed -- --years 10 --scale 1) …`)
    execFileSync('npm', ['run', 'seed', '--', '--years', '10', '--scale', '1', '--out', sourcePath], { stdio: 'inherit' })
  }
  // Every run starts from the same generated office: the benchmark works on a copy (approvals change it).
  const workDir = mkdtempSync(join(tmpdir(), 'backoffice-bench-'))
  const dbPath = join(workDir, 'office.sqlite')
  const floorPath = join(workDir, 'approve-floor.sqlite')
  const backupDir = join(workDir, 'backups')
  copyFileSync(sourcePath, dbPath)
  const open = () => openWorkstation({ sqlitePath: dbPath, backupDir })
  const settledClose = async (ws: OpenedWorkstation) => {
    await ws.database.settled()
    await ws.close()
  }

  // First open: migrations if the file is older than the code, today's backup, the sessions of the people measured.
  let ws = await open()
  const people = await benchPeople(ws)
  const approvals = await pendingApprovals(ws, Math.min(runs, 400))
  await settledClose(ws)
  copyFileSync(dbPath, floorPath)

  const results: Result[] = []
  // Open to first page, as on any open after the day's backup: the quick_check runs beside it, and
  // each workstation is closed (after its check) outside the measured time.
  const openSamples: number[] = []
  for (let i = 0; i < 11; i++) {
    const started = performance.now()
    const next = await open()
    const { envelope } = await next.dispatch('queue.list', { tab: 'todo' }, people.busy.token)
    if (!envelope.ok) throw new Error(envelope.error.message)
    if (i > 0) openSamples.push(performance.now() - started)
    await settledClose(next)
  }
  const openTiming = timingOf(openSamples)
  const openFloor = await measure(10, () => {
    const raw = new BetterSqlite3(dbPath)
    applySqlitePragmas(raw)
    raw.prepare(`SELECT * FROM tasks WHERE closed_at IS NULL AND role = ? ORDER BY opened_at DESC LIMIT 50`).all(people.busy.role)
    raw.close()
  }, 1)
  results.push({ operation: 'open database + first queue page', timing: openTiming, floor: openFloor })

  ws = await open()
  // Measured in the steady state: after the start-up quick_check, which reads the whole file beside the app.
  await ws.database.settled()
  const floorDb = new BetterSqlite3(floorPath)
  applySqlitePragmas(floorDb)
  const recorder = StatementRecorder.attach(ws.database.dataSource)
  results.push(
    ...(await coreOperations({
      ws, floor: new RawFloor(ws.database.sqlite!), approveFloor: new RawFloor(floorDb), recorder, people, approvals, runs,
    })),
  )
  floorDb.close()
  const counts = await ws.database.read(async (em) => ({
    documents: Number((await em.query('SELECT count(*) AS n FROM documents'))[0].n),
    contracts: Number((await em.query('SELECT count(*) AS n FROM contracts'))[0].n),
    tasks: Number((await em.query('SELECT count(*) AS n FROM tasks'))[0].n),
    openTasks: Number((await em.query('SELECT count(*) AS n FROM tasks WHERE closed_at IS NULL'))[0].n),
    auditEvents: Number((await em.query('SELECT count(*) AS n FROM audit_events'))[0].n),
    customers: Number((await em.query('SELECT count(*) AS n FROM customers'))[0].n),
  }))
  await settledClose(ws)
  const coreRss = process.memoryUsage().rss

  const browser: BrowserOutcome = args.includes('--no-browser')
    ? { skipped: 'asked not to (--no-browser)' }
    : await (await import('./browser-bench')).browserBench({ dbFile: sourcePath })
  printReport({
    machine: `${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}`,
    counts,
    fileMiB: statSync(sourcePath).size / 2 ** 20,
    results,
    browser,
    coreRssMiB: coreRss / 2 ** 20,
  })
  rmSync(workDir, { recursive: true, force: true })
}

main().catch((error) => {
  console.error(error)
  process.exit(1)
})
