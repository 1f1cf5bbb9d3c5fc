import type { EntityManager } from 'typeorm'
import { AGING_BUCKET_COUNT, bucketDueBounds, overdueInterestFen } from '../../../shared/aging'
import type { AgingFigures, AgingReport, AgingRow, InterestRateInForce } from '../../../shared/api'
import { AppError } from '../../../shared/errors'
import { fenFromDatabase } from '../../../shared/money'
import { readRows } from '../db/driver-query'
import { agingGroupedSql, dayNumber, type AgingScope } from './aging-sql'
import { interestRateInForce } from './interest-policy'

// R18: the aging of every open receivable as of a day, per customer and per salesperson, with totals and
// the overdue interest at the policy's rate. One grouped statement (aging-sql.ts), then a fold of its
// few rows. Interest is rounded per (customer, salesperson) group and summed, so every table adds up.

interface GroupedRow {
  customer_id: number | string
  salesperson_user_id: number | string
  bucket: number | string
  n: number | string
  unpaid_fen: number | string
  fen_days: number | string | null
}

export const emptyFigures = (): AgingFigures => ({ bucketsFen: Array<number>(AGING_BUCKET_COUNT).fill(0), count: 0, totalFen: 0, overdueFen: 0, interestFen: 0 })

function add(into: AgingFigures, bucket: number, count: number, unpaidFen: number, interestFen: number): void {
  into.bucketsFen[bucket] = (into.bucketsFen[bucket] ?? 0) + unpaidFen
  into.count += count
  into.totalFen += unpaidFen
  if (bucket > 0) into.overdueFen += unpaidFen
  into.interestFen += interestFen
}

/** The aging's day: today unless asked, never before today (the balances are today's). */
export function agingDay(asked: string | undefined, today: string): string {
  const asOf = asked ?? today
  if (asOf < today) throw new AppError('AGING_AS_OF_PAST', `账龄按今天（${today}）的余额计算，不能选 ${asOf}；过去月末的应收请看该月的月末对帐`)
  return asOf
}

export interface AgingParts {
  rate: InterestRateInForce
  totals: AgingFigures
  byCustomer: Map<number, AgingFigures>
  bySalesperson: Map<number, AgingFigures>
}

/** The grouped statement run and folded: figures per customer, per salesperson and in total. */
export async function agingParts(em: EntityManager, scope: AgingScope, asOf: string): Promise<AgingParts> {
  const rate = await interestRateInForce(em, asOf)
  const [b0, b1, b2, b3, b4] = bucketDueBounds(asOf)
  const params: Record<string, unknown> = { b0, b1, b2, b3, b4, asOf, asOfDay: dayNumber(asOf) }
  if (scope.customerId !== undefined) params.customerId = scope.customerId
  if (scope.salespersonId !== undefined) params.salespersonId = scope.salespersonId
  const rows = await readRows<GroupedRow>(em, agingGroupedSql(em, scope), params)
  const totals = emptyFigures()
  const byCustomer = new Map<number, AgingFigures>()
  const bySalesperson = new Map<number, AgingFigures>()
  const of = (map: Map<number, AgingFigures>, key: number) => map.get(key) ?? map.set(key, emptyFigures()).get(key)!
  for (const r of rows) {
    const bucket = Number(r.bucket)
    const count = Number(r.n)
    const unpaid = fenFromDatabase(r.unpaid_fen, 'unpaid_fen') ?? 0
    const interest = overdueInterestFen(Number(r.fen_days ?? 0), rate.bpsPerDay)
    for (const into of [totals, of(byCustomer, Number(r.customer_id)), of(bySalesperson, Number(r.salesperson_user_id))]) add(into, bucket, count, unpaid, interest)
  }
  return { rate, totals, byCustomer, bySalesperson }
}

async function namesOf(em: EntityManager, table: 'customers' | 'users', ids: number[]): Promise<Map<number, string>> {
  if (!ids.length) return new Map()
  const rows = await readRows<{ id: number | string; name: string }>(em, `SELECT id, name FROM ${table} WHERE id IN (:...ids)`, { ids })
  return new Map(rows.map((r) => [Number(r.id), r.name]))
}

/** Largest overdue first (what finance chases), then the largest balance, then the name. */
const byWeight = (a: AgingRow, b: AgingRow) => b.overdueFen - a.overdueFen || b.totalFen - a.totalFen || (a.name < b.name ? -1 : a.name > b.name ? 1 : a.id - b.id)

export async function agingReport(em: EntityManager, scope: AgingScope & { own: boolean }, asOf: string): Promise<AgingReport> {
  const parts = await agingParts(em, scope, asOf)
  const customers = await namesOf(em, 'customers', [...parts.byCustomer.keys()])
  const salespeople = await namesOf(em, 'users', [...parts.bySalesperson.keys()])
  const rowsOf = (map: Map<number, AgingFigures>, names: Map<number, string>) =>
    [...map].map(([id, figures]): AgingRow => ({ id, name: names.get(id) ?? `#${id}`, ...figures })).sort(byWeight)
  return {
    asOf, rate: parts.rate, scope: scope.own ? 'own' : 'all',
    customers: rowsOf(parts.byCustomer, customers),
    salespeople: rowsOf(parts.bySalesperson, salespeople),
    totals: parts.totals,
  }
}
