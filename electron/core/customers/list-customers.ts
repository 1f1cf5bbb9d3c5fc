import type { EntityManager } from 'typeorm'
import type { CustomerListRow, Paged } from '../../../shared/api'
import { CustomerEntity } from '../db/entities'
import { foldLatin, likePrefix } from '../db/latin-fold'
import { latestSalespeople } from './customer-contracts'
import { toCustomerDto } from './customer-dto'

/**
 * Customers in pinyin order of their names (name_sort_key, name-sort-key.ts; id breaks a tie), paged by
 * the database over idx_customers_name_sort; `search` is the start of the name or of the 统一社会信用代码
 * (any letter case).
 */
export async function listCustomerDtos(em: EntityManager, search: string | undefined, page: number, pageSize: number): Promise<Paged<CustomerListRow>> {
  const q = em.createQueryBuilder(CustomerEntity, 'c')
  if (search) {
    // "abb" finds ABB（中国）: folded on both sides, the same on SQLite and PostgreSQL (latin-fold.ts).
    q.where("(lower(c.name) LIKE :name ESCAPE '\\' OR lower(c.creditCode) LIKE :code ESCAPE '\\')", {
      name: likePrefix(foldLatin(search)),
      code: likePrefix(foldLatin(search)),
    })
  }
  const [rows, total] = await q
    .orderBy('c.nameSortKey', 'ASC')
    .addOrderBy('c.id', 'ASC')
    .skip((page - 1) * pageSize)
    .take(pageSize)
    .getManyAndCount()
  const salespeople = await latestSalespeople(em, rows.map((c) => c.id))
  return { rows: rows.map((c) => ({ ...toCustomerDto(c), salespersonName: salespeople.get(c.id) ?? null })), total }
}
