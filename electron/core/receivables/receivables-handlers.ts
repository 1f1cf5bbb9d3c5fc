import { formatShanghai } from '../../../shared/dates'
import type { Handler } from '../router/call-context'
import { shanghaiToday } from '../policy/shanghai-day'
import { agingDay, agingReport } from './aging-report'
import { assertOwnCustomer, callerScope } from './aging-scope'
import { agingFileName, agingWorkbook } from './aging-workbook'
import { collectionsByMonth } from './collections'
import { customerPage } from './customer-page'
import { issueInterestRate, listInterestRates } from './interest-policy'

// R18 应收账款 (shared/api/receivables.ts): the aging, its export, the collections chart, the customer page,
// and the overdue-interest policy. Reads only, but the interest rate, which the general manager issues.

const aging: Handler<'receivables.aging'> = ({ asOf, customerId, salespersonId }, { db, user, at }) =>
  db.read(async (em) => agingReport(em, await callerScope(em, user, { customerId, salespersonId }), agingDay(asOf, shanghaiToday(at))))

const exportAging: Handler<'receivables.export'> = ({ asOf, customerId, salespersonId }, { db, user, at }) =>
  db.read(async (em) => {
    const report = await agingReport(em, await callerScope(em, user, { customerId, salespersonId }), agingDay(asOf, shanghaiToday(at)))
    const file = agingWorkbook(report, formatShanghai(at.toISOString()), at)
    return { fileName: agingFileName(report.asOf), base64: file.toString('base64'), rowCount: report.customers.length }
  })

const collections: Handler<'receivables.collections'> = ({ months }, { db, at }) => db.read((em) => collectionsByMonth(em, shanghaiToday(at), months))

const page: Handler<'customers.page'> = ({ id, asOf }, { db, user, at }) =>
  db.read(async (em) => {
    await assertOwnCustomer(em, user, id)
    const today = shanghaiToday(at)
    return customerPage(em, id, agingDay(asOf, today), today)
  })

const rates: Handler<'overdueInterest.list'> = (_input, { db, at }) => db.read((em) => listInterestRates(em, shanghaiToday(at)))

const issue: Handler<'overdueInterest.issue'> = (input, ctx) => ctx.db.transaction((em) => issueInterestRate(em, input, ctx, shanghaiToday(ctx.at)))

export const receivablesHandlers = {
  'receivables.aging': aging,
  'receivables.export': exportAging,
  'receivables.collections': collections,
  'customers.page': page,
  'overdueInterest.list': rates,
  'overdueInterest.issue': issue,
}
