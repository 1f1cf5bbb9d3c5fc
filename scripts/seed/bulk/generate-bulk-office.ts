import { mkdirSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { hashPassword } from '../../../electron/core/auth/password-hash'
import { checkIntegrity } from '../../../electron/core/integrity/check-integrity'
import { openWorkstation } from '../../../electron/core/open-workstation'
import { loadAllChains } from '../../../electron/core/workflow/definitions-store'
import { closeMonth } from '../../../electron/core/workflow/closing'
import { atMinute, DAY, dayFromText, isWorkday, nextWorkday, yearOf } from '../calendar'
import { Random } from '../random'
import { clerkCountFor, officeRoster, SEED_PASSWORD } from '../roster'
import { countRows, fileSize, type SeedSummary } from '../summary'
import { BulkEngine } from './bulk-engine'
import { scheduleCommissions } from './commission-life'
import { scheduleTrips } from './business-trips'
import { CustomerBook } from './customer-book'
import { EventQueue } from './event-queue'
import { scheduleCustomers, scheduleOrders, scheduleSignIns } from './office-calendar'
import { PolicyBook, type OfficeContext } from './office-context'
import { OfficeRows } from './office-rows'
import { seatPeople, stockCatalogue } from './office-setup'
import { reconcileMonth } from './reconciliation-life'

export interface BulkOptions {
  out: string
  years: number
  /** 1 = ~2,000 customers and 5,000 contracts a year; 10 = ten times that. */
  scale: number
  seed: number
  /** The last day of the generated calendar (Shanghai); what is under way then stays open. */
  until: string
  /** An already hashed SEED_PASSWORD: two runs with the same seed then write the same rows, byte for byte. */
  passwordHash?: string
  log?: (line: string) => void
}

/** The day `n` working days before the end of `lastDay`. */
function lastWorkdays(lastDay: number, n: number): number {
  let day = lastDay + 1
  for (let left = n; left > 0; ) if (isWorkday(--day)) left--
  return day
}

const firstOfMonth = (day: number, plus = 0) => {
  const d = new Date(day * DAY)
  return Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + plus, 1) / DAY
}

/** "YYYY-MM" of a calendar day number. */
const monthText = (day: number) => new Date(day * DAY).toISOString().slice(0, 7)

/** The administrator who runs the monthly closing (R19), as the core's ActionContext wants them. */
function closer(ctx: OfficeContext) {
  const admin = ctx.people.withRole('admin')[0]!
  return { id: admin.id, name: admin.name, login: admin.login, roles: admin.roles, mustChangePassword: false }
}

/**
 * A decade of an office in bulk: the database is created through openWorkstation (the real
 * migrations and default chains), then the generated calendar is replayed month by month, each month
 * one transaction of raw prepared statements inside the serial queue. At the end every integrity rule
 * is checked; the summary says whether they hold.
 */
export async function generateBulkOffice(options: BulkOptions): Promise<SeedSummary> {
  const started = performance.now()
  const log = options.log ?? (() => undefined)
  const lastDay = dayFromText(options.until)
  const end = new Date(lastDay * DAY)
  const day0 = nextWorkday(Date.UTC(end.getUTCFullYear() - options.years, end.getUTCMonth(), end.getUTCDate()) / DAY + 1)
  if (day0 >= lastDay) throw new Error('the calendar is too short')
  const passwordHash = options.passwordHash ?? (await hashPassword(SEED_PASSWORD))
  // A backup of the empty file before its first migration is worth nothing here.
  const backupDir = mkdtempSync(join(tmpdir(), 'seed-backups-'))
  mkdirSync(dirname(options.out), { recursive: true })
  const ws = await openWorkstation({ sqlitePath: options.out, backupDir, now: () => new Date(atMinute(day0, 8 * 60)) })
  let summary: SeedSummary | null = null
  try {
    const db = ws.database
    const sqlite = db.sqlite
    if (!sqlite) throw new Error('the bulk seed writes SQLite')
    const definitions = new Map((await db.read(loadAllChains)).map((c) => [c.def.docType as string, c]))
    const rows = new OfficeRows(sqlite)
    const engine = new BulkEngine(rows, definitions)
    const root = new Random(options.seed)
    const customers = Math.max(10, Math.round(2000 * options.scale))
    const ctx = await db.transaction(async () => {
      const people = seatPeople(rows, engine, officeRoster(clerkCountFor(options.scale)), passwordHash, day0)
      engine.people = (id) => people.byId(id)
      const context: OfficeContext = {
        random: root.fork(2), names: root.fork(1), rows, engine, queue: new EventQueue(), people, policies: new PolicyBook(),
        customers: new CustomerBook(customers, root.fork(3)), products: new Map(), end: atMinute(lastDay + 1, 0), tally: {},
        gmAway: { personId: people.withRole('general_manager').find((p) => p.roles.length === 1)!.id, from: atMinute(lastWorkdays(lastDay, 10), 0) },
        trips: [],
      }
      // 代理审批: the general manager's trips, the 财务副总 (who signs no step of his own) his deputy.
      const gm = people.byId(context.gmAway.personId)
      scheduleTrips(context, root.fork(4), gm, people.withRole('finance_vp')[0]!, day0 + 20, lastWorkdays(lastDay, 30))
      stockCatalogue(context, day0, lastDay)
      scheduleCustomers(context, day0, lastDay, customers)
      scheduleOrders(context, day0, lastDay, { customers, contractsPerYear: 5000 * options.scale }, options.years)
      scheduleSignIns(context, day0, lastDay)
      scheduleCommissions(context, day0, lastDay)
      return context
    })
    log(`calendar ${new Date(day0 * DAY).toISOString().slice(0, 10)} … ${options.until}, ${customers} customers, ~${Math.round(5000 * options.scale)} contracts a year`)

    let month = firstOfMonth(day0)
    let yearStarted = performance.now()
    let before = { ...ctx.tally }
    for (;;) {
      const next = firstOfMonth(month, 1)
      const boundary = Math.min(atMinute(next, 0), ctx.end)
      await db.transaction(async (em) => {
        ctx.queue.runUntil(boundary)
        // R17: the month just ended is reconciled and locked by both sides (reconciliation-life.ts); R19:
        // then the administrator closes what was finished by the end of the month before (the core's own
        // closing run, workflow/closing.ts, which waits for that month's lock), so a month's stragglers get a month.
        if (boundary < ctx.end) {
          await reconcileMonth(em, ctx, monthText(month), boundary)
          if (month !== firstOfMonth(day0)) await closeMonth(em, monthText(firstOfMonth(month, -1)), { user: closer(ctx), at: new Date(boundary + 3 * 3_600_000) })
        }
      })
      if (yearOf(next) !== yearOf(month) || boundary >= ctx.end) {
        const delta = (k: string) => (ctx.tally[k] ?? 0) - (before[k] ?? 0)
        log(`${yearOf(month)}  applications ${delta('applications')}, contracts signed ${delta('contracts signed')}, credit changes ${delta('credit changes')} `
          + `(${((performance.now() - yearStarted) / 1000).toFixed(1)} s)`)
        before = { ...ctx.tally }
        yearStarted = performance.now()
      }
      if (boundary >= ctx.end) break
      month = next
    }
    const generated = performance.now()
    const counted = countRows(sqlite)
    const integrity = await checkIntegrity(db)
    const checked = performance.now()
    sqlite.pragma('wal_checkpoint(TRUNCATE)')
    summary = {
      path: options.out, rows: counted, bytes: 0, seconds: (generated - started) / 1000, integritySeconds: (checked - generated) / 1000, integrity, tally: ctx.tally,
    }
  } finally {
    await ws.close()
    rmSync(backupDir, { recursive: true, force: true })
    // A half-written office is worse than none: the next run would refuse to overwrite it.
    if (!summary) for (const suffix of ['', '-wal', '-shm']) rmSync(options.out + suffix, { force: true })
  }
  return { ...summary, bytes: fileSize(options.out) }
}
