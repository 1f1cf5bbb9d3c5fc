import type { EntityManager } from 'typeorm'
import type { PriceListDto, PriceListSummary } from '../../../shared/api'
import { AppError } from '../../../shared/errors'
import type { RoleKey } from '../../../shared/roles'
import { PriceListEntity, PriceListItemEntity, type PriceListRow } from '../db/entities'
import { loadAuthorities, loadPricedProducts } from './price-list-items'
import { priceListRowInForce } from './price-list-in-force'

function toSummary(list: PriceListRow, itemCount: number, inForceTodayId: number | null): PriceListSummary {
  return {
    id: list.id,
    versionNo: list.versionNo,
    effectiveFrom: list.effectiveFrom,
    issuedByName: list.issuedByName,
    issuedAt: list.issuedAt,
    note: list.note,
    itemCount,
    inForce: list.id === inForceTodayId,
  }
}

/** Every version, newest first; `inForce` marks the one in force today (R1). */
export async function listPriceListSummaries(em: EntityManager, today: string): Promise<PriceListSummary[]> {
  const lists = await em.getRepository(PriceListEntity).find({ order: { versionNo: 'DESC' } })
  const counts: Array<{ id: number; n: number }> = await em
    .createQueryBuilder(PriceListItemEntity, 'i')
    .select('i.priceListId', 'id')
    .addSelect('COUNT(*)', 'n')
    .groupBy('i.priceListId')
    .getRawMany()
  const countOf = new Map(counts.map((c) => [Number(c.id), Number(c.n)]))
  const inForceId = (await priceListRowInForce(em, today))?.id ?? null
  return lists.map((l) => toSummary(l, countOf.get(l.id) ?? 0, inForceId))
}

/** One version with its lines and discount authorities (R1). */
export async function priceListDto(em: EntityManager, id: number, today: string): Promise<PriceListDto> {
  const list = await em.getRepository(PriceListEntity).findOneBy({ id })
  if (!list) throw new AppError('PRICE_LIST_NOT_FOUND')
  const priced = await loadPricedProducts(em, id)
  const authorities = await loadAuthorities(em, id)
  const inForceId = (await priceListRowInForce(em, today))?.id ?? null
  return {
    ...toSummary(list, priced.length, inForceId),
    items: priced.map(({ product: p, listPriceFen, floorPriceFen }) => ({
      productId: p.id, code: p.code, name: p.name, spec: p.spec, unit: p.unit, listPriceFen, floorPriceFen,
    })),
    authorities: authorities.map((a) => ({ role: a.role as RoleKey, maxBelowFloorBps: a.maxBelowFloorBps })),
  }
}
