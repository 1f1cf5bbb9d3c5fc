import { z } from 'zod'
import { day, id, optionalText } from './common'
import { method } from './define'
import type { CreditRating } from './customers'
import type { RoleKey } from '../roles'

// R18 应收账款: aging of every open receivable, overdue interest per policy, collections against shipments,
// and the customer page (issue 14 "Everywhere"). Amounts are integer fen (R23); days are Asia/Shanghai.

/**
 * Who reads receivables: sales (a 销售内勤 only their own contracts' customers — the contracts they are
 * the salesperson of), the general manager and finance. Not the warehouse, the gate, production or legal.
 */
export const RECEIVABLE_READERS: readonly RoleKey[] = ['sales_clerk', 'sales_manager', 'sales_head', 'sales_vp', 'general_manager', 'finance', 'finance_vp']
/** Posts that see every customer's receivables; a caller holding none of them (a 销售内勤) sees their own contracts'. */
export const ALL_RECEIVABLE_READERS: readonly RoleKey[] = ['sales_manager', 'sales_head', 'sales_vp', 'general_manager', 'finance', 'finance_vp']

/** Six figures in fen, in AGING_BUCKETS order (shared/aging.ts). */
export interface AgingFigures {
  bucketsFen: number[]
  /** Open receivables counted in the figures. */
  count: number
  totalFen: number
  overdueFen: number
  /** R18: overdue interest at the policy's daily rate (Σ unpaid × days overdue × rate). */
  interestFen: number
}

export interface AgingRow extends AgingFigures {
  id: number
  name: string
}

export interface InterestRateInForce {
  bpsPerDay: number
  /** null: no version issued yet, the default holds. */
  versionNo: number | null
}

export interface AgingReport {
  asOf: string
  rate: InterestRateInForce
  /** 'own': the caller is a 销售内勤 and sees only the contracts they are the salesperson of. */
  scope: 'all' | 'own'
  customers: AgingRow[]
  salespeople: AgingRow[]
  totals: AgingFigures
}

export const agingQuery = z
  .object({
    /** Today by the core's clock when left out; never before today (the balances are today's). */
    asOf: day.optional(),
    customerId: id.optional(),
    salespersonId: id.optional(),
  })
  .strict()
export type AgingQuery = z.infer<typeof agingQuery>

/** One month of the collections chart: money received against goods shipped (posted outbound slips). */
export interface MonthFigures {
  month: string
  collectedFen: number
  shippedFen: number
}

/** One open receivable on the customer page. */
export interface OpenReceivableRow {
  slipId: number
  contractId: number
  slipNo: string
  contractNo: string
  bookedOn: string
  dueOn: string
  amountFen: number
  unpaidFen: number
  daysOverdue: number
  bucket: number
}

/** R18 a customer's payment history: how their receivables were paid against their due dates. */
export interface CustomerHistory {
  /** Receivables due by the day (paid or not). */
  dueCount: number
  onTimeCount: number
  /** on time ÷ due, in basis points; null when nothing has fallen due. */
  onTimeBps: number | null
  /** Mean days late of the late ones (paid late, or still unpaid past due), one decimal; null when none. */
  averageDaysLate: number | null
  /** The largest amount that was or is overdue, with its days late and slip; null when none ever was. */
  largestOverdue: { slipNo: string; amountFen: number; daysLate: number; open: boolean } | null
  longestDaysLate: number
  /** Per month (the last 24): booked, collected, and the mean days late of what was settled that month. */
  months: Array<{ month: string; bookedFen: number; collectedFen: number; averageDaysLate: number | null }>
}

export interface CustomerPageRow {
  id: number
  docNo: string
  day: string
  state: string
  amountFen: number
  text: string
}

export interface CustomerPage {
  customer: { id: number; name: string; rating: CreditRating; creditLimitFen: number; creditDays: number; salespersonName: string | null }
  asOf: string
  /** R9 exposure by term, and the credit left (limit − exposure, may be negative). */
  credit: { limitFen: number; exposureFen: number; availableFen: number; overdueFen: number; terms: Array<{ key: string; label: string; amountFen: number }> }
  aging: AgingFigures
  rate: InterestRateInForce
  receivables: OpenReceivableRow[]
  history: CustomerHistory
  /** The latest 20 of each, newest first. */
  dispatches: CustomerPageRow[]
  payments: CustomerPageRow[]
  invoices: CustomerPageRow[]
}

export interface InterestRateDto {
  versionNo: number
  effectiveFrom: string
  bpsPerDay: number
  issuedByName: string
  issuedAt: string
  note: string | null
  inForce: boolean
}

const FINANCE_AND_GM: readonly RoleKey[] = ['general_manager', 'finance', 'finance_vp']

export const receivablesApi = {
  'receivables.aging': method<AgingReport>()(agingQuery, RECEIVABLE_READERS, 'read'),
  /** The same report as an .xlsx workbook (per customer, per salesperson, totals), base64. */
  'receivables.export': method<{ fileName: string; base64: string; rowCount: number }>()(agingQuery, RECEIVABLE_READERS, 'read'),
  /** The last `months` months (12 unless told), oldest first, ending with this month. */
  'receivables.collections': method<MonthFigures[]>()(z.object({ months: z.number().int().min(1).max(36).default(12) }).strict(), RECEIVABLE_READERS, 'read'),
  /** The customer page (客户页): credit used, aging, open receivables, payment history, dispatches, payments, invoices. */
  'customers.page': method<CustomerPage>()(z.object({ id, asOf: day.optional() }).strict(), RECEIVABLE_READERS, 'read'),
  'overdueInterest.list': method<InterestRateDto[]>()(z.object({}).strict(), [...FINANCE_AND_GM, 'sales_manager', 'sales_head', 'sales_vp', 'sales_clerk'], 'read'),
  /** R18: the general manager issues the daily overdue-interest rate, versioned like the invoice threshold. */
  'overdueInterest.issue': method<InterestRateDto>()(
    z.object({ effectiveFrom: day, bpsPerDay: z.number({ error: '请输入日利率' }).int('日利率按万分之几填写整数').min(0, '日利率不能为负').max(100, '日利率不能超过 1%'), note: optionalText('说明', 200) }).strict(),
    ['general_manager'],
    'write',
  ),
} as const
