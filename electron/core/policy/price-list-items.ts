import { In, type EntityManager } from 'typeorm'
import { ROLE_KEYS, type RoleKey } from '../../../shared/roles'
import { DiscountAuthorityEntity, PriceListItemEntity, ProductEntity, type DiscountAuthorityRow, type ProductRow } from '../db/entities'

export interface PricedProduct {
  product: ProductRow
  listPriceFen: number
  floorPriceFen: number
}

/** A version's lines with their products, by product code. Loaded through the entities, so R23's fen checks apply. */
export async function loadPricedProducts(em: EntityManager, priceListId: number): Promise<PricedProduct[]> {
  const items = await em.getRepository(PriceListItemEntity).findBy({ priceListId })
  if (items.length === 0) return []
  const products = new Map<number, ProductRow>()
  // Chunked: a list may hold 5000 products, more than some drivers take as bound parameters at once.
  for (let i = 0; i < items.length; i += 500) {
    const ids = items.slice(i, i + 500).map((it) => it.productId)
    for (const p of await em.getRepository(ProductEntity).findBy({ id: In(ids) })) products.set(p.id, p)
  }
  return items
    .map((it) => ({ product: products.get(it.productId)!, listPriceFen: it.listPriceFen, floorPriceFen: it.floorPriceFen }))
    .sort((a, b) => (a.product.code < b.product.code ? -1 : a.product.code > b.product.code ? 1 : 0))
}

/** R1 价格浮动权 of a version, in the order of the roles table. */
export async function loadAuthorities(em: EntityManager, priceListId: number): Promise<DiscountAuthorityRow[]> {
  const rows = await em.getRepository(DiscountAuthorityEntity).findBy({ priceListId })
  const rank = (role: string) => ROLE_KEYS.indexOf(role as RoleKey)
  return rows.sort((a, b) => rank(a.role) - rank(b.role))
}
