import type { EntityManager, SelectQueryBuilder } from 'typeorm'
import type { SealUsageDto } from '../../../../shared/api'
import { shanghaiDayEnd, shanghaiDayStart } from '../../../../shared/dates'
import { DocumentEntity } from '../../db/entities'
import { SealUsageEntity, type SealUsageRow } from './contract-entities'
import type { Handler } from '../../router/call-context'

// R4: the register of the contract seal (合同章): every use, who, when, which contract, newest first.

export interface SealRegisterRange {
  /** Inclusive calendar days in Asia/Shanghai; used_at is stored as UTC. */
  from?: string | undefined
  to?: string | undefined
}

function withinDays<T extends SealUsageRow>(qb: SelectQueryBuilder<T>, range: SealRegisterRange): SelectQueryBuilder<T> {
  if (range.from) qb.andWhere('s.used_at >= :from', { from: shanghaiDayStart(range.from) })
  if (range.to) qb.andWhere('s.used_at < :to', { to: shanghaiDayEnd(range.to) })
  return qb
}

/**
 * One page's query, newest first, walking idx_seal_usages_used_at (its implicit rowid makes the id
 * tie-break free), and the contract's number and customer by its primary key. Exported for the plan test.
 */
export function sealRegisterQuery(em: EntityManager, range: SealRegisterRange): SelectQueryBuilder<SealUsageRow> {
  const qb = em.createQueryBuilder(SealUsageEntity, 's').innerJoin(DocumentEntity.options.name, 'd', 'd.id = s.contract_id')
  return withinDays(qb, range)
    .select('s.id', 'id')
    .addSelect('s.contract_id', 'contractId')
    .addSelect('d.doc_no', 'contractNo')
    .addSelect('d.customer_name', 'customerName')
    .addSelect('s.used_by_name', 'usedByName')
    .addSelect('s.used_at', 'usedAt')
    .addSelect('s.copies', 'copies')
    .addSelect('s.purpose', 'purpose')
    .orderBy('s.used_at', 'DESC')
    .addOrderBy('s.id', 'DESC')
}

/** The count behind the pager: seal_usages alone (its foreign key guarantees the contract), on the same index. */
export function sealRegisterCountQuery(em: EntityManager, range: SealRegisterRange): SelectQueryBuilder<SealUsageRow> {
  return withinDays(em.createQueryBuilder(SealUsageEntity, 's').select('COUNT(*)', 'count'), range)
}

type SealUsageRaw = Omit<SealUsageDto, 'customerName'> & { customerName: string | null }

function toDto(raw: SealUsageRaw): SealUsageDto {
  return {
    id: Number(raw.id),
    contractId: Number(raw.contractId),
    contractNo: raw.contractNo,
    customerName: raw.customerName ?? '',
    usedByName: raw.usedByName,
    usedAt: raw.usedAt,
    copies: Number(raw.copies),
    purpose: raw.purpose,
  }
}

const register: Handler<'seal.register'> = ({ from, to, page, pageSize }, { db }) =>
  db.read(async (em) => {
    const raws = await sealRegisterQuery(em, { from, to }).offset((page - 1) * pageSize).limit(pageSize).getRawMany<SealUsageRaw>()
    const count = await sealRegisterCountQuery(em, { from, to }).getRawOne<{ count: number | string }>()
    return { rows: raws.map(toDto), total: Number(count?.count ?? 0) }
  })

export const sealRegisterHandlers = { 'seal.register': register }
