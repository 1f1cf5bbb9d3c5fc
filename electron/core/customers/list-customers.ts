import type { EntityManager } from 'typeorm'
import type { CustomerListRow, Paged } from '../../../shared/api'
import { CustomerEntity } from '../db/entities'
import { foldLatin, likePrefix } from '../db/latin-fold'
import { infixSearch, nameSeek, searchEngineOf } from '../search/infix-search'
import { latestSalespeople } from './customer-contracts'
import { toCustomerDto } from './customer-dto'

/**
 * Customers in pinyin order of their names (name_sort_key, name-sort-key.ts; id breaks a tie), paged by
 * the database over idx_customers_name_sort; `search` is any part of the name (search/infix-search.ts) or
 * the start of the 统一社会信用代码 (any letter case).
 */
export async function listCustomerDtos(em: EntityManager, search: string | undefined, page: number, pageSize: number): Promise<Paged<CustomerListRow>> {
  const q = em.createQueryBuilder(CustomerEntity, 'c')
  if (search) {
    // 顺达 finds 郑州市顺达热电…, "abb" finds ABB（中国）: the names holding the fragment come from the
    // search index, folded on both sides, the same on SQLite and PostgreSQL (latin-fold.ts).
    const infix = infixSearch(search)
    q.where(`(${nameSeek(searchEngineOf(em), infix, 'c', 'name')} OR lower(c.creditCode) LIKE :code ESCAPE '\\')`, {
      ...infix.params,
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
