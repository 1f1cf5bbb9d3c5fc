import { createHash } from 'node:crypto'
import type { RoleKey } from '../../../shared/roles'
import { atMinute, iso, MINUTE, momentOn, monthOf, MONTH_WEIGHTS, workdaysBetween, yearOf } from '../calendar'
import { startApplication } from './application-life'
import type { CustomerFile } from './customer-book'
import { proposeCreditChange } from './credit-life'
import { hoursLater, type OfficeContext } from './office-context'

// When things start: customers arrive (a third entered in the first two weeks, the rest over the
// years), each working day brings a Poisson number of new applications, fewer around the Spring
// Festival and more before the year end, growing a little year on year; and people sign in.

export interface Volume {
  customers: number
  /** Signed contracts wanted per year; applications are drafted a little above that (some never sign). */
  contractsPerYear: number
}

/** Share of applications that end as a signed contract (approved ~94 %, then all signed). */
const SIGNED_SHARE = 0.94
const INITIAL_SHARE = 0.3
const FIRST_ORDER_SHARE = 0.7

function afterArrival(ctx: OfficeContext, customer: CustomerFile, at: number, initial: boolean): void {
  const random = ctx.random
  // A customer entered mid-year usually comes with an order.
  if (!initial && random.chance(FIRST_ORDER_SHARE))
    ctx.queue.schedule(hoursLater(ctx, at, random.between(2, 60)), (t) => startApplication(ctx, t, customer))
  if (customer.big || random.chance(0.3))
    ctx.queue.schedule(hoursLater(ctx, at, customer.big ? random.between(20, 150) : random.between(60, 600)), (t) => proposeCreditChange(ctx, customer, t, true))
}

export function scheduleCustomers(ctx: OfficeContext, day0: number, lastDay: number, total: number): void {
  const random = ctx.random
  const clerks = ctx.people.withRole('sales_clerk')
  const firstWeeks = workdaysBetween(day0, day0 + 14)
  const allDays = workdaysBetween(day0 + 1, lastDay)
  const initial = Math.round(total * INITIAL_SHARE)
  for (let i = 0; i < total; i++) {
    const isInitial = i < initial
    const day = isInitial ? random.pick(firstWeeks) : random.pick(allDays)
    const at = day === day0 ? momentOn(day, random, 11 * 60) : momentOn(day, random)
    const clerk = random.pick(clerks)
    ctx.queue.schedule(at, (t) => afterArrival(ctx, ctx.customers.create(ctx, t, clerk), t, isInitial))
  }
}

export function scheduleOrders(ctx: OfficeContext, day0: number, lastDay: number, volume: Volume, years: number): void {
  const random = ctx.random
  const meanWeight = MONTH_WEIGHTS.reduce((a, b) => a + b, 0) / 12
  const firstOrdersPerYear = (volume.customers * (1 - INITIAL_SHARE) * FIRST_ORDER_SHARE) / years
  const perYear = Math.max(0, volume.contractsPerYear / SIGNED_SHARE - firstOrdersPerYear)
  const perDay = perYear / (245 * meanWeight)
  const firstYear = yearOf(day0)
  const initialCustomers = Math.round(volume.customers * INITIAL_SHARE)
  for (const day of workdaysBetween(day0 + 1, lastDay)) {
    const growth = years > 1 ? 0.9 + (0.2 * (yearOf(day) - firstYear)) / (years - 1) : 1
    // Each morning: how many applications today. Orders ramp up while the first customers are entered.
    ctx.queue.schedule(atMinute(day, 8 * 60), () => {
      const ramp = Math.min(1, ctx.customers.onFile / Math.max(1, initialCustomers))
      const n = random.poisson(perDay * MONTH_WEIGHTS[monthOf(day) - 1]! * growth * ramp)
      for (let i = 0; i < n; i++) ctx.queue.schedule(momentOn(day, random), (t) => startApplication(ctx, t))
    })
  }
}

/** The posts that work in the contract chain every day; the others have no queue yet. */
const DAILY_ROLES: readonly RoleKey[] = ['sales_clerk', 'sales_manager', 'sales_head', 'sales_vp', 'general_manager', 'finance', 'finance_vp', 'legal']

/**
 * auth.login each working morning before 08:30 (the 'login' audit event and the session), and
 * auth.logout in the evening (which ends the session and writes no event). The token hash is derived
 * from the seed, never a token anyone holds.
 */
export function scheduleSignIns(ctx: OfficeContext, day0: number, lastDay: number): void {
  const staff = ctx.people.all.filter((p) => p.roles.some((r) => DAILY_ROLES.includes(r)))
  for (const day of workdaysBetween(day0 + 1, lastDay)) {
    ctx.queue.schedule(atMinute(day, 8 * 60 + 10), () => {
      for (const person of staff) {
        if (person.id === ctx.gmAway.personId && atMinute(day, 0) >= ctx.gmAway.from) continue
        const login = iso(atMinute(day, 8 * 60 + 10) + ctx.random.int(0, 19 * 60) * 1000)
        const logout = atMinute(day, 17 * 60 + 30) + ctx.random.int(0, 40) * MINUTE
        const tokenHash = createHash('sha256').update(`seed-session:${person.login}:${day}`).digest('hex')
        ctx.rows.session({ tokenHash, userId: person.id, createdAt: login, lastSeenAt: iso(logout - ctx.random.int(1, 20) * MINUTE), endedAt: iso(logout) })
        ctx.engine.audit(login, person, null, 'login', person.id, null, null, null, null, null, 'user')
      }
    })
  }
}
