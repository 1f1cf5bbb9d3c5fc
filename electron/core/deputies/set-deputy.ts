import type { EntityManager } from 'typeorm'
import type { ParsedInputOf } from '../../../shared/api'
import { AppError } from '../../../shared/errors'
import { appendAuditEvent } from '../audit/append-audit-event'
import { DeputyEntity, UserEntity, type DeputyRow } from '../db/entities'
import { readRows } from '../db/driver-query'
import { lockKey } from '../db/locks'
import { shanghaiToday } from '../policy/shanghai-day'
import type { SignedInContext } from '../router/call-context'

const isAdmin = (ctx: SignedInContext) => ctx.user.roles.includes('admin')

/** Who may name or revoke a principal's deputy: the principal themself, or an administrator. */
export function assertMayManage(ctx: SignedInContext, principalUserId: number): void {
  if (principalUserId !== ctx.user.id && !isAdmin(ctx)) throw new AppError('FORBIDDEN', '只有本人或系统管理员可以设置代理')
}

const auditRole = (ctx: SignedInContext, principalUserId: number) => (principalUserId === ctx.user.id ? null : 'admin')

/**
 * Names a deputy for a period. Refused (nothing written): someone else's desk by a non-administrator
 * (FORBIDDEN), oneself (DEPUTY_SELF), a disabled or unknown deputy (DEPUTY_INACTIVE), an end before the
 * start (DEPUTY_PERIOD_INVALID), a period already over (DEPUTY_PERIOD_PAST), and a period overlapping
 * another live one of the same principal (DEPUTY_PERIOD_OVERLAP): whose desk is it on, otherwise?
 */
export async function setDeputy(em: EntityManager, input: ParsedInputOf<'deputies.set'>, ctx: SignedInContext): Promise<number> {
  const principalUserId = input.principalUserId ?? ctx.user.id
  assertMayManage(ctx, principalUserId)
  const principal = await em.getRepository(UserEntity).findOneBy({ id: principalUserId })
  if (!principal) throw new AppError('USER_NOT_FOUND')
  if (input.deputyUserId === principalUserId) throw new AppError('DEPUTY_SELF')
  const deputy = await em.getRepository(UserEntity).findOneBy({ id: input.deputyUserId })
  if (!deputy || deputy.disabled) throw new AppError('DEPUTY_INACTIVE', deputy ? `${deputy.name} 的账号已停用，不能担任代理人，请另选` : undefined)
  if (input.to < input.from) throw new AppError('DEPUTY_PERIOD_INVALID', `结束日期 ${input.to} 早于开始日期 ${input.from}，请重新选择`)
  const today = shanghaiToday(ctx.at)
  if (input.to < today) throw new AppError('DEPUTY_PERIOD_PAST', `代理期间 ${input.from} 至 ${input.to} 已经结束（今天是 ${today}），请选择今天或以后的日期`)
  // The check and the insert decide on the principal's set of periods: two at once run one after the other.
  await lockKey(em, `deputies.${principalUserId}`)
  const [clash] = await readRows<{ id: number; from_day: string; to_day: string; name: string }>(
    em,
    `SELECT d.id, d.from_day, d.to_day, u.name FROM deputies d JOIN users u ON u.id = d.deputy_user_id
      WHERE d.principal_user_id = :principal AND d.revoked_at IS NULL AND d.from_day <= :to AND d.to_day >= :from
      ORDER BY d.from_day LIMIT 1`,
    { principal: principalUserId, from: input.from, to: input.to },
  )
  if (clash) {
    throw new AppError(
      'DEPUTY_PERIOD_OVERLAP',
      `${principal.name} 在 ${clash.from_day} 至 ${clash.to_day} 已由 ${clash.name} 代理，与 ${input.from} 至 ${input.to} 重叠；请先撤销原代理或换一个期间`,
      { deputyId: Number(clash.id), from: clash.from_day, to: clash.to_day },
    )
  }
  const row: Omit<DeputyRow, 'id'> = {
    principalUserId, deputyUserId: deputy.id, fromDay: input.from, toDay: input.to, createdByUserId: ctx.user.id,
    createdAt: ctx.at.toISOString(), revokedAt: null,
  }
  const inserted = await em.getRepository(DeputyEntity).insert(row)
  const id = Number(inserted.identifiers[0]!.id)
  await appendAuditEvent(em, {
    at: ctx.at, actor: ctx.user, role: auditRole(ctx, principalUserId), action: 'deputySet', entityType: 'deputy', entityId: id,
    details: { principalUserId, deputyUserId: deputy.id, from: input.from, to: input.to },
  })
  return id
}

/** Ends a period now (it stays on record for the trail's 代). */
export async function revokeDeputy(em: EntityManager, id: number, ctx: SignedInContext): Promise<void> {
  const row = await em.getRepository(DeputyEntity).findOneBy({ id })
  if (!row) throw new AppError('DEPUTY_NOT_FOUND')
  assertMayManage(ctx, row.principalUserId)
  await lockKey(em, `deputies.${row.principalUserId}`)
  const current = await em.getRepository(DeputyEntity).findOneByOrFail({ id })
  if (current.revokedAt !== null) throw new AppError('DEPUTY_ALREADY_REVOKED')
  await em.getRepository(DeputyEntity).update({ id }, { revokedAt: ctx.at.toISOString() })
  await appendAuditEvent(em, {
    at: ctx.at, actor: ctx.user, role: auditRole(ctx, row.principalUserId), action: 'deputyRevoke', entityType: 'deputy', entityId: id,
    details: { principalUserId: row.principalUserId, deputyUserId: row.deputyUserId },
  })
}
