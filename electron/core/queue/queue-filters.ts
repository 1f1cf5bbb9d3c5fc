import type { SelectQueryBuilder, ObjectLiteral } from 'typeorm'
import type { QueueFilter } from '../../../shared/api'
import { shanghaiDayEnd, shanghaiDayStart } from '../../../shared/dates'

/** LIKE treats % and _ as wildcards; a search for "50%" must mean the characters. */
function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`)
}

/**
 * The filters of the queue page, applied identically to the list and to its tab counts.
 * `timeColumn` is what the tab sorts by (arrived, acted, started). Search is a prefix match, so
 * it can use an index: a document number (FH2026…) or the start of a customer's name.
 */
export function applyQueueFilter<T extends ObjectLiteral>(
  qb: SelectQueryBuilder<T>,
  alias: string,
  timeColumn: string,
  filter: QueueFilter | undefined,
): SelectQueryBuilder<T> {
  if (!filter) return qb
  if (filter.docType) qb.andWhere(`${alias}.doc_type = :docType`, { docType: filter.docType })
  if (filter.from) qb.andWhere(`${alias}.${timeColumn} >= :from`, { from: shanghaiDayStart(filter.from) })
  if (filter.to) qb.andWhere(`${alias}.${timeColumn} < :to`, { to: shanghaiDayEnd(filter.to) })
  const search = filter.search?.trim()
  if (search) {
    qb.andWhere(`(${alias}.doc_no LIKE :noPrefix ESCAPE '\\' OR ${alias}.customer_name LIKE :namePrefix ESCAPE '\\')`, {
      noPrefix: `${escapeLike(search.toUpperCase())}%`,
      namePrefix: `${escapeLike(search)}%`,
    })
  }
  return qb
}
