import type { EntityManager } from 'typeorm'
import { PriceListEntity, type PriceListRow } from '../db/entities'
import { loadAuthorities, loadPricedProducts } from './price-list-items'

export interface PriceListInForceItem {
  listPriceFen: number
  floorPriceFen: number
  code: string
  name: string
  spec: string
  unit: string
  active: boolean
}

/** The policy an application is priced against (R1), in the shape the engine looks things up by. */
export interface PriceListInForce {
  id: number
  versionNo: number
  effectiveFrom: string
  items: Map<number /* productId */, PriceListInForceItem>
  /** R1 价格浮动权 per role: max basis points below the floor; null = unlimited. */
  authorities: Map<string /* role */, number | null>
}

/**
 * R1: exactly one version is in force on a day: the one with the greatest effective date on or
 * before it. Days are Shanghai calendar days as 'YYYY-MM-DD' text, which sorts as it reads.
 */
export async function priceListRowInForce(em: EntityManager, day: string): Promise<PriceListRow | null> {
  return em
    .createQueryBuilder(PriceListEntity, 'pl')
    .where('pl.effectiveFrom <= :day', { day })
    .orderBy('pl.effectiveFrom', 'DESC')
    .limit(1)
    .getOne()
}

/** The version in force on `day` ('YYYY-MM-DD', Shanghai), with items and discount authorities; null before the first issue. */
export async function priceListInForce(em: EntityManager, day: string): Promise<PriceListInForce | null> {
  const list = await priceListRowInForce(em, day)
  if (!list) return null
  const items = new Map<number, PriceListInForceItem>()
  for (const { product: p, listPriceFen, floorPriceFen } of await loadPricedProducts(em, list.id)) {
    items.set(p.id, { listPriceFen, floorPriceFen, code: p.code, name: p.name, spec: p.spec, unit: p.unit, active: p.active })
  }
  const authorities = new Map((await loadAuthorities(em, list.id)).map((a) => [a.role, a.maxBelowFloorBps] as const))
  return { id: list.id, versionNo: list.versionNo, effectiveFrom: list.effectiveFrom, items, authorities }
}
