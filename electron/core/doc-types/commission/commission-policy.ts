import type { EntityManager } from 'typeorm'
import type { CommissionPolicyDto } from '../../../../shared/doc-types/commission/commission-body'
import type { OverdueRates } from '../../../../shared/doc-types/commission/commission-rules'
import { AppError } from '../../../../shared/errors'
import { formatBps } from '../../../../shared/percent'
import { appendAuditEvent } from '../../audit/append-audit-event'
import { lockKey } from '../../db/locks'
import { insertRow } from '../../db/write-rows'
import { assertCalendarDay } from '../../policy/shanghai-day'
import type { ActionContext } from '../../workflow/document-kind'
import { CommissionPolicyEntity, type CommissionPolicyRow } from './commission-entities'

// R16: the commission policy is the GM's, versioned as prices and the invoice threshold are
// (invoice/invoice-threshold.ts): the version in force on a day is the one with the greatest effective
// date on or before it; versions are only added, never from a past day — so a month that is over keeps
// the policy it ended under for good. Deduction form (issue 14 allows either): a percentage per aging
// bucket of what is overdue and unpaid at the month's end, in basis points.

export interface PolicyInForce { versionNo: number; rateBps: number; overdueRates: OverdueRates }

export const ratesOf = (r: Pick<CommissionPolicyRow, 'od1To30Bps' | 'od31To60Bps' | 'od61To90Bps' | 'od91To180Bps' | 'odOver180Bps'>): OverdueRates => ({
  d1_30: r.od1To30Bps, d31_60: r.od31To60Bps, d61_90: r.od61To90Bps, d91_180: r.od91To180Bps, over180: r.odOver180Bps,
})

export const rateColumns = (o: OverdueRates) => ({
  od1To30Bps: o.d1_30, od31To60Bps: o.d31_60, od61To90Bps: o.d61_90, od91To180Bps: o.d91_180, odOver180Bps: o.over180,
})

/** The version in force on `day` ('YYYY-MM-DD', Shanghai); null before the first. */
export async function policyInForce(em: EntityManager, day: string): Promise<PolicyInForce | null> {
  const row = await em.createQueryBuilder(CommissionPolicyEntity, 'p').where('p.effectiveFrom <= :day', { day }).orderBy('p.effectiveFrom', 'DESC').limit(1).getOne()
  return row ? { versionNo: row.versionNo, rateBps: row.rateBps, overdueRates: ratesOf(row) } : null
}

const dto = (r: CommissionPolicyRow, inForce: number | null): CommissionPolicyDto => ({
  versionNo: r.versionNo, effectiveFrom: r.effectiveFrom, rateBps: r.rateBps, overdueRates: ratesOf(r), issuedByName: r.issuedByName,
  issuedAt: r.issuedAt, note: r.note, inForce: r.versionNo === inForce,
})

export async function listPolicies(em: EntityManager, today: string): Promise<CommissionPolicyDto[]> {
  const inForce = (await policyInForce(em, today))?.versionNo ?? null
  const rows = await em.getRepository(CommissionPolicyEntity).find({ order: { effectiveFrom: 'DESC' } })
  return rows.map((r) => dto(r, inForce))
}

/** R16: the general manager issues a version from today or a later day (the router checks the role). */
export async function issuePolicy(
  em: EntityManager,
  input: { effectiveFrom: string; rateBps: number; overdueRates: OverdueRates; note?: string | undefined },
  ctx: ActionContext,
  today: string,
): Promise<CommissionPolicyDto> {
  assertCalendarDay(input.effectiveFrom, 'effectiveFrom')
  if (input.effectiveFrom < today)
    throw new AppError('COMMISSION_POLICY_BACKDATED', `提成政策只能从今天（${today}）或以后生效，不能从 ${input.effectiveFrom} 起追溯`, { today, effectiveFrom: input.effectiveFrom })
  await lockKey(em, 'commission_policies.issue')
  const repo = em.getRepository(CommissionPolicyEntity)
  if (await repo.existsBy({ effectiveFrom: input.effectiveFrom }))
    throw new AppError('COMMISSION_POLICY_DATE_TAKEN', `${input.effectiveFrom} 已有一个提成政策版本，请另选日期`)
  const { max } = (await repo.createQueryBuilder('p').select('MAX(p.versionNo)', 'max').getRawOne<{ max: number | null }>()) ?? { max: null }
  const row = {
    versionNo: Number(max ?? 0) + 1, effectiveFrom: input.effectiveFrom, rateBps: input.rateBps, ...rateColumns(input.overdueRates),
    issuedByUserId: ctx.user.id, issuedByName: ctx.user.name, issuedAt: ctx.at.toISOString(), note: input.note ?? null,
  }
  const id = Number(await insertRow(em, CommissionPolicyEntity, row))
  await appendAuditEvent(em, {
    at: ctx.at, actor: ctx.user, role: 'general_manager', action: 'commissionPolicy.issue', entityType: 'commission_policy', entityId: id,
    comment: input.note ?? `提成 ${formatBps(input.rateBps)}`, details: { versionNo: row.versionNo, effectiveFrom: row.effectiveFrom, rateBps: row.rateBps, overdueRates: input.overdueRates },
  })
  return dto({ ...row, id }, (await policyInForce(em, today))?.versionNo ?? null)
}
