import type { EntityManager } from 'typeorm'
import type { ProductDto } from '../../../shared/api'
import { AppError } from '../../../shared/errors'
import { ProductEntity, type ProductRow } from '../db/entities'

export function toProductDto(p: ProductRow): ProductDto {
  return { id: p.id, code: p.code, name: p.name, spec: p.spec, unit: p.unit, active: p.active }
}

export async function productDto(em: EntityManager, id: number): Promise<ProductDto> {
  const product = await em.getRepository(ProductEntity).findOneBy({ id })
  if (!product) throw new AppError('PRODUCT_NOT_FOUND')
  return toProductDto(product)
}

/** LIKE pattern for "starts with", the user's % and _ taken literally (codes may contain _). */
export function likePrefix(text: string): string {
  return `${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`
}

/** Products by code; `search` matches a code prefix or any part of the name. */
export async function listProductDtos(em: EntityManager, includeInactive: boolean, search: string | undefined): Promise<ProductDto[]> {
  const q = em.createQueryBuilder(ProductEntity, 'p')
  if (!includeInactive) q.andWhere('p.active = 1')
  if (search) {
    q.andWhere("(lower(p.code) LIKE lower(:prefix) ESCAPE '\\' OR p.name LIKE :part ESCAPE '\\')", {
      prefix: likePrefix(search),
      part: `%${likePrefix(search)}`,
    })
  }
  const rows = await q.orderBy('p.code', 'ASC').getMany()
  return rows.map(toProductDto)
}
