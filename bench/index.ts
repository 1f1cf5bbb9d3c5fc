import { execFileSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { cpus, totalmem } from 'node:os'
import { resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { performance } from 'node:perf_hooks'
import type { OpenedWorkstation } from '../electron/core/open-workstation'
import { driverQuery } from '../electron/core/db/driver-query'
import { sqliteBackend, type BenchBackend } from './backends'
import { moneyFixture, moneyOperations } from './money-operations'
import { invoiceFixture, invoiceOperations } from './invoice-operations'
import { receivablesFixture, receivablesOperations } from './receivables-operations'
import { commissionFixture, commissionOperations } from './commission-operations'
import { coreOperations, type Result } from './core-operations'
import { benchPeople, pendingApprovals } from './office-fixture'
import { pgBackend } from './pg-backend'
import { printReport, type BrowserOutcome } from './report'
import { measure, timingOf } from './stats'
import { selectOnly, wanted } from './selection'
import { StatementRecorder } from './statement-recorder'

// `npm run bench [-- --db FILE --runs N --no-browser --pg URL --pg-in-place]`: the ten-year office, each
// operation through the router against its raw-SQL floor, then the renderer in Chromium. With --pg the
// same office is copied into PostgreSQL and the same operations are measured there. Numbers for the
// README, never assertions in tests.
const args = process.argv.slice(2)
const USAGE = `npm run bench -- [--db FILE] [--runs N] [--no-browser] [--pg URL [--pg-in-place]]
  --db FILE      the generated office to measure (default .data/bench/office-10y-s1.sqlite; built with
                 npm run seed -- --years 10 --scale 1 when missing: about 20 minutes)
  --runs N       runs per operation (default 200)
  --no-browser   skip the renderer half (Chromium through the host)
  --pg URL       copy the office into that PostgreSQL server and measure there
  --only A,B     only the rows whose operation contains A or B (e.g. --only "credit,outbound")`
const OPTIONS = {
  db: { type: 'string' }, runs: { type: 'string' }, pg: { type: 'string' }, only: { type: 'string' },
  'no-browser': { type: 'boolean' }, 'pg-in-place': { type: 'boolean' }, help: { type: 'boolean', short: 'h' },
} as const
const option = (name: string, fallback: string) => {
  const i = args.indexOf(`--${name}`)
  return i >= 0 && args[i + 1] ? args[i + 1]! : fallback
}
const sourcePath = resolve(option('db', '.data/bench/office-10y-s1.sqlite'))
const runs = Number(option('runs', '200'))
const pgUrl = option('pg', '')

/** The open floor's SQL, written once: the first queue page's read on a fresh connection (the role's half, on idx_tasks_open_unassigned). */
const FIRST_PAGE_SQL = `SELECT * FROM tasks WHERE closed_at IS NULL AND assignee_user_id IS NULL AND role = :role ORDER BY opened_at DESC, id DESC LIMIT 50`

async function main() {
  // --help, or anything unknown, prints the usage instead of starting a twenty-minute build of the office.
  try {
    const { values } = parseArgs({ args, options: OPTIONS })
    if (values.help) return void console.log(USAGE)
    selectOnly(values.only)
  } catch (error) {
    console.log(`${(error as Error).message}\n${USAGE}`)
    process.exitCode = 2
    return
  }
  if (!existsSync(sourcePath)) {
    console.log(`building ${sourcePath} (npm run seed -- --years 10 --scale 1) …`)
    execFileSync('npm', ['run', 'seed', '--', '--years', '10', '--scale', '1', '--out', sourcePath], { stdio: 'inherit' })
  }
  const backend: BenchBackend = pgUrl
    ? await pgBackend({ sourcePath, url: pgUrl, inPlace: args.includes('--pg-in-place'), log: (line) => console.log(line) })
    : sqliteBackend(sourcePath)
  try {
    await run(backend)
  } finally {
    await backend.dispose()
  }
}

async function run(backend: BenchBackend) {
  const settledClose = async (ws: OpenedWorkstation) => {
    await ws.database.settled()
    await ws.close()
  }

  // First open: migrations if the data is older than the code, today's backup, the sessions of the people measured.
  let ws = await backend.open()
  const people = await benchPeople(ws)
  const approvals = await pendingApprovals(ws, Math.min(runs, 400))
  const money = await moneyFixture(ws, Math.min(runs, 200))
  const invoice = await invoiceFixture(ws, Math.min(runs, 200))
  const receivables = await receivablesFixture(ws)
  const commission = await commissionFixture(ws, Math.min(runs, 50))
  const firstPage = driverQuery(ws.database.dataSource.manager, FIRST_PAGE_SQL, { role: people.busy.role })
  await settledClose(ws)
  await backend.freezeApproveCopy()

  const results: Result[] = []
  // Open to first page; each workstation is closed (after its file check, on SQLite) outside the measured time.
  const openSamples: number[] = []
  for (let i = 0; i < (wanted(backend.openLabel) ? 11 : 0); i++) {
    const started = performance.now()
    const next = await backend.open()
    const { envelope } = await next.dispatch('queue.list', { tab: 'todo' }, people.busy.token)
    if (!envelope.ok) throw new Error(envelope.error.message)
    if (i > 0) openSamples.push(performance.now() - started)
    await settledClose(next)
  }
  if (openSamples.length) results.push({ operation: backend.openLabel, timing: timingOf(openSamples), floor: await measure(10, () => backend.rawOpen(firstPage), 1) })

  ws = await backend.open()
  // Measured in the steady state: after the start-up quick_check, which reads the whole file beside the app.
  await ws.database.settled()
  const recorder = StatementRecorder.attach(ws.database.dataSource)
  const approveFloor = await backend.approveFloor()
  results.push(
    ...(await coreOperations({
      ws, floor: await backend.floor(ws), approveFloor, recorder, people, approvals, runs,
    })),
  )
  // Issue 11: a payment with two allocations and a production notice behind the gate, replayed on the same copy after the approvals.
  results.push(...(await moneyOperations(ws, approveFloor, recorder, money, Math.min(runs, 200))))
  // Issue 14: the invoice request, its threshold checked (R15).
  results.push(...(await invoiceOperations(ws, approveFloor, recorder, invoice)))
  // Issue 14: the whole aging at ten years (≤ 100 ms), its export, the collections chart, one customer's page (R18).
  results.push(...(await receivablesOperations(ws, approveFloor, recorder, receivables, Math.min(runs, 50))))
  // Issue 14: the commission of one person-month (R16).
  results.push(...(await commissionOperations(ws, approveFloor, recorder, commission)))
  const count = async (sql: string) => Number((await ws.database.read((em) => em.query(sql)))[0].n)
  const counts = {
    documents: await count('SELECT count(*) AS n FROM documents'),
    contracts: await count('SELECT count(*) AS n FROM contracts'),
    tasks: await count('SELECT count(*) AS n FROM tasks'),
    openTasks: await count('SELECT count(*) AS n FROM tasks WHERE closed_at IS NULL'),
    auditEvents: await count('SELECT count(*) AS n FROM audit_events'),
    customers: await count('SELECT count(*) AS n FROM customers'),
  }
  await settledClose(ws)
  const coreRss = process.memoryUsage().rss

  // The renderer's numbers are the host's and Chromium's; on PostgreSQL its queue calls are the rows above.
  const browser: BrowserOutcome = args.includes('--no-browser')
    ? { skipped: 'asked not to (--no-browser)' }
    : pgUrl
      ? { skipped: 'not run with --pg (the host in that part opens the SQLite file; its queue calls are measured above)' }
      : await (await import('./browser-bench')).browserBench({ dbFile: sourcePath })
  printReport({
    machine: `${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}`,
    backend: backend.title,
    counts,
    size: backend.size,
    notes: backend.notes,
    results,
    browser,
    coreRssMiB: coreRss / 2 ** 20,
  })
}

main().catch((error) => {
  console.error(error)
  process.exit(1)
})
