import type { EntityManager } from 'typeorm'
import type { CustomerDto, Paged } from '../../../shared/api'
import { CustomerEntity } from '../db/entities'
import { foldLatin, likePrefix } from '../db/latin-fold'
import { infixSearch, nameSeek, searchEngineOf } from '../search/infix-search'
import { toCustomerDto } from './customer-dto'

/** Customers by name; `search` is any part of the name (search/infix-search.ts) or the start of the 统一社会信用代码 (any letter case). */
export async function listCustomerDtos(em: EntityManager, search: string | undefined, page: number, pageSize: number): Promise<Paged<CustomerDto>> {
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
    .orderBy('c.name', 'ASC')
    .addOrderBy('c.id', 'ASC')
    .skip((page - 1) * pageSize)
    .take(pageSize)
    .getManyAndCount()
  return { rows: rows.map(toCustomerDto), total }
}
