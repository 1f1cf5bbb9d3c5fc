import type { EntityManager } from 'typeorm'
import type { CustomerContractRow } from '../../../shared/api'
import { AppError } from '../../../shared/errors'
import { fenFromDatabase } from '../../../shared/money'
import { CustomerEntity, DocumentEntity } from '../db/entities'
import { ContractEntity } from '../doc-types/contract/contract-entities'

// The customer drawer's contracts (issue 10): every contract of one customer, in any state, newest
// signing day first; later issues add the customer's dispatches, payments, invoices and overdue beside it.
// One seek of idx_contracts_customer (customer_id, signed_on) per page, the document by primary key.

interface RawContract {
  contractId: number | string
  contractNo: string
  customerContractNo: string
  signedOn: string
  amountFen: number | string
  salespersonName: string
  state: string
  closedAt: string | null
}

export async function customerContracts(em: EntityManager, customerId: number, page: number, pageSize: number): Promise<{ rows: CustomerContractRow[]; total: number }> {
  if (!(await em.getRepository(CustomerEntity).existsBy({ id: customerId }))) throw new AppError('CUSTOMER_NOT_FOUND')
  const q = em
    .createQueryBuilder(ContractEntity, 'c')
    .innerJoin(DocumentEntity.options.name, 'd', 'd.id = c.document_id')
    .where('c.customer_id = :customerId', { customerId })
  const total = await q.clone().getCount()
  const raws = await q
    .select('c.document_id', 'contractId')
    .addSelect('d.doc_no', 'contractNo')
    .addSelect('c.customer_contract_no', 'customerContractNo')
    .addSelect('c.signed_on', 'signedOn')
    .addSelect('c.amount_fen', 'amountFen')
    .addSelect('c.salesperson_name', 'salespersonName')
    .addSelect('d.state', 'state')
    .addSelect('d.closed_at', 'closedAt')
    .orderBy('c.signed_on', 'DESC')
    .addOrderBy('c.document_id', 'DESC')
    .offset((page - 1) * pageSize)
    .limit(pageSize)
    .getRawMany<RawContract>()
  return {
    total,
    rows: raws.map((r) => ({
      contractId: Number(r.contractId),
      contractNo: r.contractNo,
      customerContractNo: r.customerContractNo,
      signedOn: r.signedOn,
      amountFen: fenFromDatabase(r.amountFen, 'amountFen') ?? 0,
      salespersonName: r.salespersonName,
      state: r.state,
      closed: r.closedAt !== null,
    })),
  }
}

/**
 * 业务员 of each listed customer: the salesperson of its latest contract (signing day, then the newer
 * contract), null before any. One query for the page, a seek of idx_contracts_customer per customer.
 */
export async function latestSalespeople(em: EntityManager, customerIds: readonly number[]): Promise<Map<number, string | null>> {
  if (customerIds.length === 0) return new Map()
  const raws = await em
    .createQueryBuilder(CustomerEntity, 'cu')
    .select('cu.id', 'id')
    .addSelect(
      `(SELECT ct.salesperson_name FROM contracts ct WHERE ct.customer_id = cu.id ORDER BY ct.signed_on DESC, ct.document_id DESC LIMIT 1)`,
      'salespersonName',
    )
    .where('cu.id IN (:...customerIds)', { customerIds })
    .getRawMany<{ id: number | string; salespersonName: string | null }>()
  return new Map(raws.map((r) => [Number(r.id), r.salespersonName ?? null]))
}
