import type { EntityManager } from 'typeorm'
import type { CustomerDto, Paged } from '../../../shared/api'
import { CustomerEntity } from '../db/entities'
import { toCustomerDto } from './customer-dto'

/** LIKE pattern for "starts with", the user's % and _ taken literally. */
function likePrefix(text: string): string {
  return `${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`
}

/** Customers by name; `search` is the start of the name or of the 统一社会信用代码 (any letter case). */
export async function listCustomerDtos(em: EntityManager, search: string | undefined, page: number, pageSize: number): Promise<Paged<CustomerDto>> {
  const q = em.createQueryBuilder(CustomerEntity, 'c')
  if (search) {
    q.where("(c.name LIKE :name ESCAPE '\\' OR c.creditCode LIKE :code ESCAPE '\\')", {
      name: likePrefix(search),
      code: likePrefix(search.toUpperCase()),
    })
  }
  const [rows, total] = await q
    .orderBy('c.name', 'ASC')
    .addOrderBy('c.id', 'ASC')
    .skip((page - 1) * pageSize)
    .take(pageSize)
    .getManyAndCount()
  return { rows: rows.map(toCustomerDto), total }
}
