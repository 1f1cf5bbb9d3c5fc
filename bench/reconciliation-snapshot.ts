import Sqlite from 'better-sqlite3'
import { rmSync } from 'node:fs'
import { startSession } from '../electron/core/auth/sessions'
import { snapshotSql } from '../electron/core/doc-types/reconciliation/snapshot-sql'
import { driverQuery } from '../electron/core/db/driver-query'
import { openWorkstation } from '../electron/core/open-workstation'
import { dayAfterMonth, monthBefore } from '../shared/doc-types/reconciliation/reconciliation-month'
import { shanghaiDayStart } from '../shared/dates'
import { ms, timingOf } from './stats'

// R17's bench row: a month's reconciliation snapshot at ten years (≤ 1 s). Through the router
// (reconciliations.start: the DZ made, the snapshot's one INSERT … SELECT, the submit and its tasks) for
// six successive months — each started, then locked by both sides so the next may start (sign-offs not
// timed) — beside the raw floor: the very same INSERT … SELECT on better-sqlite3 alone, rolled back.
// Works on a backup of the given ten-year file (never the file itself) and deletes it after.
//   npx tsx bench/reconciliation-snapshot.ts /work/main/.data/bench/office-10y-d3.sqlite

const source = process.argv[2]
if (!source) throw new Error('usage: tsx bench/reconciliation-snapshot.ts <ten-year office .sqlite>')
const copy = `/tmp/reconciliation-bench-${process.pid}.sqlite`

async function main(): Promise<void> {
  const original = new Sqlite(source!, { readonly: true, fileMustExist: true })
  await original.backup(copy)
  original.close()
  const ws = await openWorkstation({ sqlitePath: copy, dailyWork: false })
  try {
    const sqlite = ws.database.sqlite!
    const last = (sqlite.prepare(`SELECT max(signed_on) AS d FROM contracts`).get() as { d: string }).d.slice(0, 7)
    const open = (month: string) => (sqlite.prepare(
      `SELECT count(*) AS n FROM documents d JOIN contracts c ON c.document_id = d.id WHERE d.doc_type = 'contract' AND d.closed_at IS NULL AND d.state IN ('approved','scheduled','partlyShipped','shipped','accepted') AND c.signed_on < ?`,
    ).get(dayAfterMonth(month)) as { n: number }).n
    const user = (role: string) => (sqlite.prepare(`SELECT user_id FROM user_roles WHERE role = ? ORDER BY user_id LIMIT 1`).get(role) as { user_id: number }).user_id
    const [financeId, managerId] = [user('finance'), user('sales_manager')]
    const tokens = await ws.database.transaction(async (em) => ({
      finance: await startSession(em, financeId, new Date()), manager: await startSession(em, managerId, new Date()),
    }))
    const call = async (method: string, input: unknown, token: string) => {
      const { envelope } = await ws.dispatch(method, input, token)
      if (!envelope.ok) throw new Error(`${method}: ${envelope.error.code} ${envelope.error.message}`)
      return envelope.data as { header: { id: number; version: number } }
    }
    const spareId = (sqlite.prepare(`SELECT id FROM documents WHERE doc_type = 'contract' ORDER BY id LIMIT 1`).get() as { id: number }).id
    const months: string[] = []
    for (let m = monthBefore(last), i = 0; i < 6; i++, m = monthBefore(m)) months.unshift(m)
    const router: number[] = []
    const floor: number[] = []
    let rows = 0
    for (const month of months) {
      const t0 = performance.now()
      const started = await call('reconciliations.start', { month }, tokens.finance)
      router.push(performance.now() - t0)
      rows = (sqlite.prepare(`SELECT count(*) AS n FROM reconciliation_lines WHERE document_id = ?`).get(started.header.id) as { n: number }).n
      // The floor: the same statement alone on better-sqlite3, for the same month, into the same table (under a
      // document with no rows: any contract's id satisfies the key), rolled back.
      const [text, values] = await ws.database.read(async (em) => driverQuery(em, snapshotSql(false), {
        documentId: spareId, previousId: 0, boundOn: dayAfterMonth(month), boundAt: shanghaiDayStart(dayAfterMonth(month)),
      }))
      const statement = sqlite.prepare(text)
      sqlite.exec('BEGIN')
      const t1 = performance.now()
      statement.run(...(values as never[]))
      floor.push(performance.now() - t1)
      sqlite.exec('ROLLBACK')
      const sales = await call('reconciliations.signOff', { id: started.header.id, version: started.header.version, side: 'sales' }, tokens.manager)
      await call('reconciliations.signOff', { id: started.header.id, version: sales.header.version, side: 'finance' }, tokens.finance)
      console.log(`${month}: ${rows} open contracts in the snapshot (${open(month)} open now), router ${ms(router.at(-1)!)} ms, floor ${ms(floor.at(-1)!)} ms`)
    }
    const r = timingOf(router)
    const f = timingOf(floor)
    console.log(`| a month's reconciliation snapshot (reconciliations.start), ${months.length} months, ~${rows} open contracts | ${ms(r.medianMs)} | ${ms(r.p95Ms)} | ${ms(f.medianMs)} | ${ms(f.p95Ms)} | ${(r.medianMs / f.medianMs).toFixed(1)}× | ≤ 1 s |`)
  } finally {
    await ws.close()
    for (const suffix of ['', '-wal', '-shm']) rmSync(`${copy}${suffix}`, { force: true })
  }
}

void main().catch((error: unknown) => {
  console.error(error)
  for (const suffix of ['', '-wal', '-shm']) rmSync(`${copy}${suffix}`, { force: true })
  process.exit(1)
})
