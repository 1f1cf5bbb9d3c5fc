import type { EntityManager } from 'typeorm'
import type { ProductDto } from '../../../shared/api'
import { AppError } from '../../../shared/errors'
import { ProductEntity, type ProductRow } from '../db/entities'
import { foldLatin, likePrefix } from '../db/latin-fold'

export function toProductDto(p: ProductRow): ProductDto {
  return { id: p.id, code: p.code, name: p.name, spec: p.spec, unit: p.unit, active: p.active }
}

export async function productDto(em: EntityManager, id: number): Promise<ProductDto> {
  const product = await em.getRepository(ProductEntity).findOneBy({ id })
  if (!product) throw new AppError('PRODUCT_NOT_FOUND')
  return toProductDto(product)
}

/** Products by code; `search` matches a code prefix or any part of the name. */
export async function listProductDtos(em: EntityManager, includeInactive: boolean, search: string | undefined): Promise<ProductDto[]> {
  const q = em.createQueryBuilder(ProductEntity, 'p')
  if (!includeInactive) q.andWhere('p.active = 1')
  if (search) {
    // Case-blind for A–Z only, the same on SQLite and PostgreSQL (latin-fold.ts).
    q.andWhere("(lower(p.code) LIKE :prefix ESCAPE '\\' OR lower(p.name) LIKE :part ESCAPE '\\')", {
      prefix: likePrefix(foldLatin(search)),
      part: `%${likePrefix(foldLatin(search))}`,
    })
  }
  const rows = await q.orderBy('p.code', 'ASC').getMany()
  return rows.map(toProductDto)
}
