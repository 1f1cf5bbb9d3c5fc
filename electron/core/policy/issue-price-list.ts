import { In, type EntityManager } from 'typeorm'
import type { ParsedInputOf } from '../../../shared/api'
import { AppError, ERROR_MESSAGES } from '../../../shared/errors'
import { appendAuditEvent } from '../audit/append-audit-event'
import { DiscountAuthorityEntity, PriceListEntity, PriceListItemEntity, ProductEntity, type ProductRow } from '../db/entities'
import { lockKey } from '../db/locks'
import { assertCalendarDay } from './shanghai-day'

export type PriceListIssue = ParsedInputOf<'priceLists.issue'>

const CHUNK = 500

/** R1: every line names an existing, active product. */
async function assertProductsUsable(em: EntityManager, productIds: number[]): Promise<void> {
  const found = new Map<number, ProductRow>()
  for (let i = 0; i < productIds.length; i += CHUNK) {
    for (const p of await em.getRepository(ProductEntity).findBy({ id: In(productIds.slice(i, i + CHUNK)) })) found.set(p.id, p)
  }
  const missing = productIds.filter((id) => !found.has(id))
  if (missing.length) throw new AppError('PRODUCT_NOT_FOUND', undefined, { productIds: missing })
  const inactive = productIds.map((id) => found.get(id)!).filter((p) => !p.active)
  if (inactive.length) {
    const first = inactive[0]!
    throw new AppError('PRODUCT_INACTIVE', `${ERROR_MESSAGES.PRODUCT_INACTIVE}（${first.code} ${first.name}）`, { productIds: inactive.map((p) => p.id) })
  }
}

/**
 * R1: the general manager issues a new version of the sales policy (the router checks the role).
 * A version is only ever added: history is never edited or deleted, and no version may start
 * before today (Shanghai), so what was in force on any past day stays what it was.
 */
export async function issuePriceList(
  em: EntityManager,
  input: PriceListIssue,
  actor: { at: Date; user: { id: number; name: string }; today: string },
): Promise<number> {
  assertCalendarDay(input.effectiveFrom, 'effectiveFrom')
  if (input.effectiveFrom < actor.today) throw new AppError('POLICY_BACKDATED')
  const lists = em.getRepository(PriceListEntity)
  // One issue at a time (locks.ts): the date check and the next version number hold until the insert.
  await lockKey(em, 'price_lists.issue')
  if (await lists.existsBy({ effectiveFrom: input.effectiveFrom })) throw new AppError('POLICY_DATE_TAKEN')
  await assertProductsUsable(em, input.items.map((i) => i.productId))

  const { max } = (await lists.createQueryBuilder('pl').select('MAX(pl.versionNo)', 'max').getRawOne<{ max: number | null }>()) ?? { max: null }
  const versionNo = Number(max ?? 0) + 1
  const { identifiers } = await lists.insert({
    versionNo,
    effectiveFrom: input.effectiveFrom,
    issuedByUserId: actor.user.id,
    issuedByName: actor.user.name,
    issuedAt: actor.at.toISOString(),
    note: input.note ?? null,
  })
  const priceListId = Number(identifiers[0]?.id)
  const items = input.items.map((i) => ({ priceListId, productId: i.productId, listPriceFen: i.listPriceFen, floorPriceFen: i.floorPriceFen }))
  for (let i = 0; i < items.length; i += CHUNK) await em.getRepository(PriceListItemEntity).insert(items.slice(i, i + CHUNK))
  if (input.authorities.length) {
    await em.getRepository(DiscountAuthorityEntity).insert(input.authorities.map((a) => ({ priceListId, role: a.role, maxBelowFloorBps: a.maxBelowFloorBps })))
  }
  await appendAuditEvent(em, {
    at: actor.at, actor: actor.user, role: 'general_manager', action: 'priceList.issue', entityType: 'price_list', entityId: priceListId,
    comment: input.note ?? null,
    details: { versionNo, effectiveFrom: input.effectiveFrom, itemCount: items.length, authorities: input.authorities },
  })
  return priceListId
}
