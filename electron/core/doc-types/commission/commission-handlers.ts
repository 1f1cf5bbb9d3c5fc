import type { Handler } from '../../router/call-context'
import { shanghaiToday } from '../../policy/shanghai-day'
import { readRows } from '../../db/driver-query'
import { loadDocument } from '../../workflow/apply-action'
import { documentView } from '../../workflow/document-view'
import { computeCommission } from './commission-figures'
import { commissionKind } from './commission-kind'
import { issuePolicy, listPolicies } from './commission-policy'
import { recordPayout } from './record-payout'
import { saveCommission } from './save-commission'

const compute: Handler<'commissions.compute'> = ({ salespersonUserId, month }, ctx) =>
  ctx.db.read((em) => computeCommission(em, salespersonUserId, month, shanghaiToday(ctx.at)))

/** The people named on signed contracts (idx_contracts_salesperson answers the distinct ids). */
const salespeople: Handler<'commissions.salespeople'> = (_input, ctx) =>
  ctx.db.read(async (em) => {
    const rows = await readRows<{ id: number | string; name: string }>(
      em,
      `SELECT u.id, u.name FROM users u WHERE u.id IN (SELECT DISTINCT c.salesperson_user_id FROM contracts c) ORDER BY u.name, u.id`,
      {},
    )
    return rows.map((r) => ({ userId: Number(r.id), name: r.name }))
  })

const save: Handler<'commissions.save'> = (input, ctx) =>
  ctx.db.transaction(async (em) => documentView(em, commissionKind, await loadDocument(em, (await saveCommission(em, input, ctx)).id), ctx))

const paid: Handler<'commissions.recordPaid'> = (input, ctx) =>
  ctx.db.transaction(async (em) => documentView(em, commissionKind, await loadDocument(em, (await recordPayout(em, input, ctx)).id), ctx))

const policies: Handler<'commissionPolicies.list'> = (_input, ctx) => ctx.db.read((em) => listPolicies(em, shanghaiToday(ctx.at)))

const issue: Handler<'commissionPolicies.issue'> = (input, ctx) => ctx.db.transaction((em) => issuePolicy(em, input, ctx, shanghaiToday(ctx.at)))

export const commissionHandlers = {
  'commissions.compute': compute,
  'commissions.salespeople': salespeople,
  'commissions.save': save,
  'commissions.recordPaid': paid,
  'commissionPolicies.list': policies,
  'commissionPolicies.issue': issue,
}
