import type { EntityManager } from 'typeorm'
import type { InvoiceThresholdDto } from '../../../../shared/doc-types/invoice/invoice-body'
import { AppError } from '../../../../shared/errors'
import { appendAuditEvent } from '../../audit/append-audit-event'
import { lockKey } from '../../db/locks'
import { insertRow } from '../../db/write-rows'
import { assertCalendarDay } from '../../policy/shanghai-day'
import type { ActionContext } from '../../workflow/document-kind'
import { InvoiceThresholdEntity, type InvoiceThresholdRow } from './invoice-entities'

// R15: the invoice threshold is part of the sales policy, versioned as prices are (policy/price-list-in-force.ts):
// the version in force on a day is the one with the greatest effective date on or before it; versions
// are only ever added, never from a past day. Before the first version the rule's own 60 % holds.

export const DEFAULT_INVOICE_THRESHOLD_PERCENT = 60

export interface ThresholdInForce { percent: number; versionNo: number | null }

/** The threshold in force on `day` ('YYYY-MM-DD', Shanghai). */
export async function thresholdInForce(em: EntityManager, day: string): Promise<ThresholdInForce> {
  const row = await em
    .createQueryBuilder(InvoiceThresholdEntity, 't')
    .where('t.effectiveFrom <= :day', { day })
    .orderBy('t.effectiveFrom', 'DESC')
    .limit(1)
    .getOne()
  return row ? { percent: row.percent, versionNo: row.versionNo } : { percent: DEFAULT_INVOICE_THRESHOLD_PERCENT, versionNo: null }
}

const dto = (r: InvoiceThresholdRow, inForce: number | null): InvoiceThresholdDto => ({
  versionNo: r.versionNo, effectiveFrom: r.effectiveFrom, percent: r.percent, issuedByName: r.issuedByName, issuedAt: r.issuedAt, note: r.note,
  inForce: r.versionNo === inForce,
})

export async function listThresholds(em: EntityManager, today: string): Promise<InvoiceThresholdDto[]> {
  const { versionNo } = await thresholdInForce(em, today)
  const rows = await em.getRepository(InvoiceThresholdEntity).find({ order: { effectiveFrom: 'DESC' } })
  return rows.map((r) => dto(r, versionNo))
}

/** R15: the general manager issues a version from today or a later day (the router checks the role). */
export async function issueThreshold(
  em: EntityManager,
  input: { effectiveFrom: string; percent: number; note?: string | undefined },
  ctx: ActionContext,
  today: string,
): Promise<InvoiceThresholdDto> {
  assertCalendarDay(input.effectiveFrom, 'effectiveFrom')
  if (input.effectiveFrom < today) throw new AppError('THRESHOLD_BACKDATED', `开票条件只能从今天（${today}）或以后生效，不能从 ${input.effectiveFrom} 起追溯`)
  await lockKey(em, 'invoice_thresholds.issue')
  const repo = em.getRepository(InvoiceThresholdEntity)
  if (await repo.existsBy({ effectiveFrom: input.effectiveFrom })) throw new AppError('THRESHOLD_DATE_TAKEN')
  const { max } = (await repo.createQueryBuilder('t').select('MAX(t.versionNo)', 'max').getRawOne<{ max: number | null }>()) ?? { max: null }
  const row = {
    versionNo: Number(max ?? 0) + 1, effectiveFrom: input.effectiveFrom, percent: input.percent, issuedByUserId: ctx.user.id,
    issuedByName: ctx.user.name, issuedAt: ctx.at.toISOString(), note: input.note ?? null,
  }
  const id = Number(await insertRow(em, InvoiceThresholdEntity, row))
  await appendAuditEvent(em, {
    at: ctx.at, actor: ctx.user, role: 'general_manager', action: 'invoiceThreshold.issue', entityType: 'invoice_threshold', entityId: id,
    comment: input.note ?? null, details: { versionNo: row.versionNo, effectiveFrom: row.effectiveFrom, percent: row.percent },
  })
  return dto({ ...row, id }, (await thresholdInForce(em, today)).versionNo)
}
