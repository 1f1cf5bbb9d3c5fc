import { dispatchSitting } from './demo-dispatch'
import { outboundSitting, signBackSitting } from './demo-sign-back'
import { collectionsSitting } from './demo-collections'
import { gateSitting } from './demo-gate'
import { acceptanceSitting, answerSitting, installationSitting, serviceSitting } from './demo-installation'
import { invoiceSitting } from './demo-invoice'
import { commissionPolicySitting, commissionSitting } from './demo-commission'
import { reconciliationSitting } from './demo-reconciliation'
import { firstHalvesSitting } from './demo-outbound'
import Sqlite from 'better-sqlite3'
import { existsSync, mkdirSync, rmSync } from 'node:fs'
import { dirname } from 'node:path'
import { checkIntegrity } from '../../../electron/core/integrity/check-integrity'
import { openWorkstation, type OpenedWorkstation } from '../../../electron/core/open-workstation'
import { atMinute, dayFromText, dayText, nextWorkday, workdaysBetween } from '../calendar'
import { Random } from '../random'
import { countRows, fileSize, type SeedSummary } from '../summary'
import { issueNextPriceList, openDemoOffice, person, withRole, type DemoOffice } from './demo-office'
import { DemoClock } from './demo-person'
import { clerkSitting, headSitting, proposeCredit, signerSitting } from './demo-sittings'
import { financeMoneySitting, plannerSitting, salesVpSitting } from './demo-money'
import { productionSitting, qcSitting, warehouseSitting } from './demo-goods'

export interface DemoOptions {
  out: string
  seed: number
  /** The last day of the history (Shanghai); the queues are as that evening left them. */
  until: string
  months: number
  log?: (line: string) => void
}

export interface DemoLogin {
  login: string
  name: string
  roles: string
  todo: number
}

/** The queues a new user should find full: each must hold open tasks when the demo is done. */
const MUST_WAIT = ['sales_manager', 'general_manager', 'finance', 'legal', 'planner', 'sales_vp', 'qc', 'production', 'warehouse', 'revise:application'] as const

/** The demo only fills a fresh workstation: any user on file means real (or earlier demo) data. */
function refuseIfPeople(path: string): void {
  if (!existsSync(path)) return
  const db = new Sqlite(path, { readonly: true, fileMustExist: true })
  try {
    const table = db.prepare(`SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'users'`).get()
    const users = table ? (db.prepare('SELECT count(*) AS n FROM users').get() as { n: number }).n : 0
    if (users > 0) throw new Error(`refused: ${path} already has ${users} user(s); the demo only fills a fresh workstation`)
  } finally {
    db.close()
  }
}

/**
 * The closing days, counted back from the last one: who has stopped working by then, so that work
 * waits in every queue at the end. Legal and finance stop first, so contracts drawn up later wait
 * for them; the general manager two days before the end; the sales managers only on the last day.
 */
const STOPS = { legal: 8, headResubmits: 9, finance: 4, generalManager: 2, salesVp: 2, clerksRevise: 3, managers: 0, warehouse: 3 } as const

/** The office's working week: who sits down on which weekday (1 = Monday). */
/** The first working day of a month on or after its 3rd (the previous working day is before it or in another month). */
function firstFromThe3rd(previous: number, day: number): boolean {
  const [p, d] = [new Date(previous * 86_400_000), new Date(day * 86_400_000)]
  return d.getUTCDate() >= 3 && (p.getUTCMonth() !== d.getUTCMonth() || p.getUTCDate() < 3)
}

async function runCalendar(office: DemoOffice, days: number[], log: (line: string) => void, moneyRandom: Random): Promise<void> {
  const random = office.random
  const clerks = withRole(office, 'sales_clerk')
  const [gm, head, finance, legal] = [person(office, 'wangjh'), person(office, 'chengq'), person(office, 'sunxy'), person(office, 'zhengli')]
  const [planner, salesVp] = [person(office, 'hewei'), person(office, 'zhaozg')]
  const managers = withRole(office, 'sales_manager')
  const left = (index: number) => days.length - 1 - index
  let priceRaised = false
  const collectionsRandom = new Random(1418)
  let nonStandardDone = false
  let clerkRejectDone = false
  let contractRejectDone = false
  for (const [index, day] of days.entries()) {
    const rest = left(index)
    const weekday = (day + 4) % 7
    const at = (hour: number, minute = 0) => office.clock.atLeast(atMinute(day, hour * 60 + minute))
    for (const [k, clerk] of clerks.entries()) {
      if (index > 0 && weekday !== k + 1 && rest > 0) continue
      at(9)
      // One application with its own clauses late enough that its contract reaches legal after legal stopped.
      const nonStandard: boolean = !nonStandardDone && rest >= 6 && rest <= STOPS.legal + 2
      nonStandardDone ||= nonStandard
      await clerkSitting(office, clerk, {
        newCustomers: index === 0 ? 4 : random.chance(0.25) ? 1 : 0, drafts: index === 0 || rest === 0 ? 1 : random.int(1, 3),
        revise: rest > STOPS.clerksRevise, nonStandard: nonStandard || random.chance(0.08), proposeCredit: rest === 0 && k === 0,
      })
    }
    // Finance countersigns on Thursdays, before the head draws new contracts up, and proposes credit.
    // Its last sitting sends one contract back, which the head no longer resubmits.
    if (weekday === 4 && rest > STOPS.finance) {
      at(9, 30)
      const last = rest <= STOPS.finance + 5
      contractRejectDone = (await signerSitting(office, finance, 0.05, last && !contractRejectDone)) || contractRejectDone
      const noCredit = office.customers.find((c) => !c.creditAsked)
      if (noCredit) await proposeCredit(office, finance, noCredit.id)
      // R14: the prepayments that came in; the newest signed contract waits for its money (the planner's 待办).
      await financeMoneySitting(office, moneyRandom, finance, { leaveWaiting: 1 })
      // R11: the signed copies back by now, and their receivables (the newest left to book).
      await signBackSitting(finance, moneyRandom, day, { leaveUnbooked: rest <= STOPS.finance + 5 ? 1 : 0 })
      // R18: the customers pay their receivables, each in its own way (prompt, late, never).
      await collectionsSitting(finance, collectionsRandom, day)
    }
    // R6: the planner compiles notices on Mondays, Wednesdays and the last day; the sales VP signs on
    // Tuesdays and Fridays until two days before the end, so notices wait in the VP's 待办.
    if (weekday === 1 || weekday === 3 || rest === 0) {
      at(11)
      await plannerSitting(planner)
    }
    if ((weekday === 2 || weekday === 5) && rest > STOPS.salesVp) {
      at(16)
      await salesVpSitting(moneyRandom, salesVp, { leaveWaiting: rest <= STOPS.salesVp + 10 ? 1 : 0 })
    }
    // Sales managers sign on Tuesdays and Fridays; the sales head, one of them, then turns to contracts
    // in the same sitting (one login: every sign-in is a deliberately slow password hash).
    for (const manager of managers) {
      at(10, 30)
      if ((weekday === 2 || weekday === 5) && rest > STOPS.managers) {
        const last = rest <= STOPS.clerksRevise
        const rejected = await signerSitting(office, manager, 0.08, last && !clerkRejectDone)
        if (last) clerkRejectDone ||= rejected
      }
      if (manager === head && (weekday === 2 || weekday === 5 || rest === 0))
        await headSitting(office, head, { resubmit: rest > STOPS.headResubmits, draw: true, leaveWaiting: rest <= STOPS.generalManager ? 1 : 0 })
    }
    if ((weekday === 3 || weekday === 5) && rest > STOPS.generalManager) {
      at(14)
      if (!priceRaised && index >= days.length / 2) {
        await issueNextPriceList(office, nextWorkday(day + 3))
        priceRaised = true
      }
      await signerSitting(office, gm, 0.05)
    }
    if (weekday === 3 && rest > STOPS.legal) {
      at(15, 30)
      await signerSitting(office, legal, 0.05)
    }
    // Issue 11: qc on Mondays and Wednesdays, production the day after, the warehouse on Fridays until it stops;
    // the last days leave slips at the warehouse, a draft with production, certificates waiting for one,
    // and the newest signed notice uncertified (qc's and production's 待办).
    if (weekday === 1 || weekday === 3 || rest === 3 || rest === 0) {
      at(8, 30)
      await qcSitting(office, day, rest <= 7 ? 1 : 0)
    }
    if (weekday === 2 || weekday === 4 || rest === 2 || rest === 1) {
      at(16)
      await productionSitting(office, day, rest <= 1)
    }
    if (weekday === 5 && rest > STOPS.warehouse) {
      at(16, 30)
      await warehouseSitting(office)
      // R10: the approved dispatch notes go out.
      await outboundSitting(office, day)
    }
    if (weekday === 4 || rest === 1) {
      at(13)
      await dispatchSitting(office)
    }
    // Issue 12: the warehouse posts approved notes on Mondays and Wednesdays, the guard lets them out at once
    // (the closing week leaves the newest slip waiting at the gate). On the last day the warehouse loads first
    // halves only (demo-outbound.ts): 部分出库 notes wait in its 待办.
    if (weekday === 1 || weekday === 3 || rest === 0) {
      at(9)
      await (rest === 0 ? firstHalvesSitting(office, day) : outboundSitting(office, day))
      at(11)
      await gateSitting(office, rest <= 5 ? 1 : 0)
    }
    // Issue 13: the clerk issues work orders on Wednesdays, service records results on Tuesdays and Thursdays (not in the last days).
    if (weekday === 3 || rest === 1) {
      at(14)
      await installationSitting(office, dayText(day + 3), dayText(day + 4))
    }
    if ((weekday === 2 || weekday === 4) && rest > 2) {
      at(17)
      await serviceSitting(office, dayText(day))
    }
    // R13: service records acceptances on Mondays, Wednesdays and Fridays (and the day before last) and answers
    // rectifications the next day at 15:00 (a Friday's is answered late, on Monday). In the closing fortnight every
    // report fails a check and nothing is answered, so the manager's 逾期整改 has work in the end.
    const closing = rest <= 14
    if ((weekday === 2 || weekday === 4) && !closing) {
      at(15)
      await answerSitting(office)
    }
    // Issue 14: the commission policy on day one; last month's 提成单 on the first working day from the 3rd (demo-commission.ts).
    if (index === 0) await commissionPolicySitting(office)
    else if (firstFromThe3rd(days[index - 1]!, day)) {
      at(14, 30)
      await commissionSitting(office, { gmSigns: rest > STOPS.generalManager })
    }
    // Issue 14: invoices on Thursday afternoons and the last day (demo-invoice.ts).
    if (weekday === 4 || rest === 0) {
      at(15, 30)
      await invoiceSitting(office, moneyRandom, { leaveWaiting: rest <= 7 })
    }
    if (weekday === 1 || weekday === 3 || weekday === 5 || rest === 1) {
      at(16)
      await acceptanceSitting(office, dayText(day), !closing, closing ? 1 : 0.35)
    }
    // Issue 14: the month just ended is reconciled on the first workday of the next (demo-reconciliation.ts).
    const previous = days[index - 1]
    if (previous !== undefined && dayText(previous).slice(0, 7) !== dayText(day).slice(0, 7)) {
      at(17)
      await reconciliationSitting(office, dayText(previous).slice(0, 7), { financeSigns: rest > STOPS.finance })
    }
    if (weekday === 5 || rest === 0) log(`  ${new Date(day * 86_400_000).toISOString().slice(0, 10)}: ${office.customers.length} customers`)
  }
}

/** Open tasks per role (and revise tasks per document type), and each person's 待办 as the queue counts it. */
function openQueues(ws: OpenedWorkstation, office: DemoOffice, at: Date): { byRole: Map<string, number>; logins: DemoLogin[] } {
  const sqlite = ws.database.sqlite!
  const rows = sqlite
    .prepare(`SELECT coalesce(role, 'revise:' || doc_type) AS queue, count(*) AS n FROM tasks WHERE closed_at IS NULL GROUP BY 1`)
    .all() as Array<{ queue: string; n: number }>
  const todo = sqlite.prepare(
    // A role task opens at its opened_at (R13's raise past a rectification's deadline): counted once the clock is there, as the queue does.
    `SELECT count(*) AS n FROM tasks WHERE closed_at IS NULL AND (assignee_user_id = ? OR (assignee_user_id IS NULL AND role IN (SELECT role FROM user_roles WHERE user_id = ?) AND opened_at <= ?))`,
  )
  const now = at.toISOString()
  const logins = office.people.map((p) => ({ login: p.login, name: p.name, roles: p.roles.join('+'), todo: (todo.get(p.id, p.id, now) as { n: number }).n }))
  return { byRole: new Map(rows.map((r) => [r.queue, r.n])), logins }
}

/**
 * A few months of a small office made through the real router (openWorkstation + dispatch), the clock
 * injected so the history spreads over the months before `until`. Ends with work waiting in every
 * signing role's 待办 and in a clerk's, so a new user can try each queue at once.
 */
export async function generateDemoOffice(options: DemoOptions): Promise<{ summary: SeedSummary; logins: DemoLogin[] }> {
  const started = performance.now()
  const log = options.log ?? (() => undefined)
  refuseIfPeople(options.out)
  const fresh = !existsSync(options.out)
  const lastDay = dayFromText(options.until)
  const firstDay = nextWorkday(lastDay - Math.round(options.months * 30.4))
  const clock = new DemoClock(atMinute(firstDay, 8 * 60))
  mkdirSync(dirname(options.out), { recursive: true })
  const ws = await openWorkstation({ sqlitePath: options.out, now: clock.now })
  try {
    const status = await ws.dispatch('system.status', {}, null)
    if (!status.envelope.ok || !(status.envelope.data as { setupNeeded: boolean }).setupNeeded) throw new Error(`refused: ${options.out} is already set up`)
    const office = await openDemoOffice(() => ws, clock, new Random(options.seed), firstDay)
    log(`day one: ${office.people.length} people, products and the first price list`)
    await runCalendar(office, workdaysBetween(firstDay, lastDay), log, new Random(options.seed + 11))
    const { byRole, logins } = openQueues(ws, office, clock.now())
    const empty = MUST_WAIT.filter((q) => !byRole.get(q))
    if (empty.length) throw new Error(`demo: no open tasks for ${empty.join(', ')}; the closing days did not leave work waiting`)
    const generated = performance.now()
    const rows = countRows(ws.database.sqlite!)
    const integrity = await checkIntegrity(ws.database)
    const summary: SeedSummary = {
      path: options.out, rows, bytes: 0, seconds: (generated - started) / 1000, integritySeconds: (performance.now() - generated) / 1000, integrity,
      tally: Object.fromEntries([...byRole].map(([queue, n]) => [`open ${queue}`, n])),
    }
    ws.database.sqlite!.pragma('wal_checkpoint(TRUNCATE)')
    await ws.close()
    return { summary: { ...summary, bytes: fileSize(options.out) }, logins }
  } catch (error) {
    await ws.close()
    // A half-made demo would be refused next time (it has users): remove what this run created.
    if (fresh) for (const suffix of ['', '-wal', '-shm']) rmSync(options.out + suffix, { force: true })
    throw error
  }
}

