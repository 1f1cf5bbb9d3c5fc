import type { EntityManager } from 'typeorm'
import type { InterestRateDto, InterestRateInForce } from '../../../shared/api'
import { AppError } from '../../../shared/errors'
import { appendAuditEvent } from '../audit/append-audit-event'
import { lockKey } from '../db/locks'
import { insertRow } from '../db/write-rows'
import { assertCalendarDay } from '../policy/shanghai-day'
import type { ActionContext } from '../workflow/document-kind'
import { InterestRateEntity, type InterestRateRow } from './interest-entity'

// R18: overdue interest "per policy". The general manager sets a daily rate in basis points, versioned as
// the invoice threshold is (doc-types/invoice/invoice-threshold.ts): the version in force on a day is the
// one with the greatest effective date on or before it; versions are only added, never from a past day.
// Before the first version: 5 bp a day (日万分之五), the late-payment rate Chinese contracts and the tax
// code (税收征管法 §32) use, so the figure reads as people expect until the GM sets the company's own.

export const DEFAULT_INTEREST_BPS_PER_DAY = 5

export async function interestRateInForce(em: EntityManager, day: string): Promise<InterestRateInForce> {
  const row = await em.createQueryBuilder(InterestRateEntity, 't').where('t.effectiveFrom <= :day', { day }).orderBy('t.effectiveFrom', 'DESC').limit(1).getOne()
  return row ? { bpsPerDay: row.bpsPerDay, versionNo: row.versionNo } : { bpsPerDay: DEFAULT_INTEREST_BPS_PER_DAY, versionNo: null }
}

const dto = (r: InterestRateRow, inForce: number | null): InterestRateDto => ({
  versionNo: r.versionNo, effectiveFrom: r.effectiveFrom, bpsPerDay: r.bpsPerDay, issuedByName: r.issuedByName, issuedAt: r.issuedAt, note: r.note,
  inForce: r.versionNo === inForce,
})

export async function listInterestRates(em: EntityManager, today: string): Promise<InterestRateDto[]> {
  const { versionNo } = await interestRateInForce(em, today)
  const rows = await em.getRepository(InterestRateEntity).find({ order: { effectiveFrom: 'DESC' } })
  return rows.map((r) => dto(r, versionNo))
}

/** R18: the general manager issues a version from today or a later day (the router checks the role). */
export async function issueInterestRate(
  em: EntityManager,
  input: { effectiveFrom: string; bpsPerDay: number; note?: string | undefined },
  ctx: ActionContext,
  today: string,
): Promise<InterestRateDto> {
  assertCalendarDay(input.effectiveFrom, 'effectiveFrom')
  if (input.effectiveFrom < today) throw new AppError('INTEREST_RATE_BACKDATED', `逾期利率只能从今天（${today}）或以后生效，不能从 ${input.effectiveFrom} 起追溯`)
  await lockKey(em, 'overdue_interest_rates.issue')
  const repo = em.getRepository(InterestRateEntity)
  if (await repo.existsBy({ effectiveFrom: input.effectiveFrom })) throw new AppError('INTEREST_RATE_DATE_TAKEN', `${input.effectiveFrom} 起已有一个逾期利率版本，请另选日期`)
  const { max } = (await repo.createQueryBuilder('t').select('MAX(t.versionNo)', 'max').getRawOne<{ max: number | null }>()) ?? { max: null }
  const row = {
    versionNo: Number(max ?? 0) + 1, effectiveFrom: input.effectiveFrom, bpsPerDay: input.bpsPerDay, issuedByUserId: ctx.user.id,
    issuedByName: ctx.user.name, issuedAt: ctx.at.toISOString(), note: input.note ?? null,
  }
  const id = Number(await insertRow(em, InterestRateEntity, row))
  await appendAuditEvent(em, {
    at: ctx.at, actor: ctx.user, role: 'general_manager', action: 'overdueInterest.issue', entityType: 'overdue_interest_rate', entityId: id,
    comment: input.note ?? null, details: { versionNo: row.versionNo, effectiveFrom: row.effectiveFrom, bpsPerDay: row.bpsPerDay },
  })
  return dto({ ...row, id }, (await interestRateInForce(em, today)).versionNo)
}
