import type { EntityManager, SelectQueryBuilder } from 'typeorm'
import type { LedgerFilter } from '../../../shared/api'
import { SIGNED_CONTRACT_STATES } from '../../../shared/doc-types/contract/contract-type'
import { CustomerEntity, DocumentEntity, UserEntity } from '../db/entities'
import { ContractEntity, type ContractRow } from '../doc-types/contract/contract-entities'
import { collectedFenSql, invoicedFenSql, receivableFenSql, shippedFenSql } from './contract-money'
import { isAllPeriods, periodRange } from './ledger-period'

// The queries behind the contract ledger (合同台帐, R5), exported so a test can read their plans.

/** A filter on the contracts table itself, which one of its indexes can answer. */
function narrowsContracts(filter: LedgerFilter): boolean {
  return filter.customerId !== undefined || filter.salespersonId !== undefined || !isAllPeriods(filter.period)
}

/**
 * R5: every signed contract (its document approved) that the filter selects (a period left out here is
 * every period: the handlers have already put this month in, ledger-period.ts withDefaultPeriod); R19: status 'closed' is a
 * closed document. Which index leads is decided here, on purpose:
 * - a customer, salesperson or period seeks idx_contracts_customer / _salesperson (both end in
 *   signed_on, so a period narrows the same seek) or idx_contracts_signed_on, and reaches the document
 *   by its primary key. The document's doc_type is then left out: the join already makes it a contract,
 *   and SQLite, which has no statistics here, would take (doc_type, state) as the more selective seek
 *   and read every signed contract of every customer to find one customer's.
 * - with none of those, the ledger is all signed contracts: idx_documents_type_state finds exactly those.
 */
function signedContracts(em: EntityManager, filter: LedgerFilter): SelectQueryBuilder<ContractRow> {
  const qb = em.createQueryBuilder(ContractEntity, 'c').innerJoin(DocumentEntity.options.name, 'd', 'd.id = c.document_id')
  // A signed contract stays in the ledger as its fulfilment moves it on (已排产 …).
  const signed = [...SIGNED_CONTRACT_STATES]
  if (narrowsContracts(filter)) qb.where('d.state IN (:...signed)', { signed })
  else qb.where('d.doc_type = :contract AND d.state IN (:...signed)', { contract: 'contract', signed })
  if (filter.customerId !== undefined) qb.andWhere('c.customer_id = :customerId', { customerId: filter.customerId })
  if (filter.salespersonId !== undefined) qb.andWhere('c.salesperson_user_id = :salespersonId', { salespersonId: filter.salespersonId })
  if (filter.period !== undefined && !isAllPeriods(filter.period)) {
    const { from, until } = periodRange(filter.period)
    qb.andWhere('c.signed_on >= :from AND c.signed_on < :until', { from, until })
  }
  if (filter.status === 'closed') qb.andWhere('d.closed_at IS NOT NULL')
  // The contract's own state (R6: 已排产 once a production notice is signed), while it is open.
  if (filter.status === 'signed') qb.andWhere("d.closed_at IS NULL AND d.state = 'approved'")
  if (filter.status === 'scheduled') qb.andWhere("d.closed_at IS NULL AND d.state = 'scheduled'")
  // R10: 部分发货 / 已发货 once outbound is posted against it.
  if (filter.status === 'partlyShipped') qb.andWhere("d.closed_at IS NULL AND d.state = 'partlyShipped'")
  if (filter.status === 'shipped') qb.andWhere("d.closed_at IS NULL AND d.state = 'shipped'")
  // R13: every line accepted by the customer.
  if (filter.status === 'accepted') qb.andWhere("d.closed_at IS NULL AND d.state = 'accepted'")
  // 款项: what is still open on the contract, by the same expressions as its columns.
  if (filter.money === 'receivable')
    qb.andWhere('EXISTS (SELECT 1 FROM contract_receivables k WHERE k.contract_id = c.document_id AND k.booked_fen > k.collected_fen)')
  if (filter.money === 'uncollected') qb.andWhere(`c.amount_fen > ${collectedFenSql('c')}`)
  if (filter.money === 'uninvoiced') qb.andWhere(`${shippedFenSql('c')} > ${invoicedFenSql('c')}`)
  return qb
}

/** One raw row of the ledger, before conversion (bigint money may arrive as text on PostgreSQL). */
export interface LedgerRawRow {
  contractId: number
  contractNo: string
  customerContractNo: string
  customerId: number
  customerName: string | null
  salespersonName: string
  signedOn: string
  amountFen: number | string
  shippedFen: number | string
  collectedFen: number | string
  invoicedFen: number | string
  receivableFen: number | string
  closedAt: string | null
  state: string
}

/**
 * The ledger's rows, newest signing day first, then contract number descending. The customer's name is
 * the one on the contract (the document header), as the contract was signed with it.
 */
export function ledgerRowsQuery(em: EntityManager, filter: LedgerFilter): SelectQueryBuilder<ContractRow> {
  return signedContracts(em, filter)
    .select('c.document_id', 'contractId')
    .addSelect('d.doc_no', 'contractNo')
    .addSelect('c.customer_contract_no', 'customerContractNo')
    .addSelect('c.customer_id', 'customerId')
    .addSelect('d.customer_name', 'customerName')
    .addSelect('c.salesperson_name', 'salespersonName')
    .addSelect('c.signed_on', 'signedOn')
    .addSelect('c.amount_fen', 'amountFen')
    .addSelect(shippedFenSql('c'), 'shippedFen')
    .addSelect(collectedFenSql('c'), 'collectedFen')
    .addSelect(invoicedFenSql('c'), 'invoicedFen')
    .addSelect(receivableFenSql('c'), 'receivableFen')
    .addSelect('d.closed_at', 'closedAt')
    .addSelect('d.state', 'state')
    .orderBy('c.signed_on', 'DESC')
    .addOrderBy('d.doc_no', 'DESC')
}

export interface LedgerTotalsRaw {
  count: number | string
  amountFen: number | string
  shippedFen: number | string
  collectedFen: number | string
  invoicedFen: number | string
  receivableFen: number | string
}

/** The count and the money totals over the whole filtered ledger (every page), in one pass. */
export function ledgerTotalsQuery(em: EntityManager, filter: LedgerFilter): SelectQueryBuilder<ContractRow> {
  return signedContracts(em, filter)
    .select('COUNT(*)', 'count')
    .addSelect('COALESCE(SUM(c.amount_fen), 0)', 'amountFen')
    .addSelect(`COALESCE(SUM(${shippedFenSql('c')}), 0)`, 'shippedFen')
    .addSelect(`COALESCE(SUM(${collectedFenSql('c')}), 0)`, 'collectedFen')
    .addSelect(`COALESCE(SUM(${invoicedFenSql('c')}), 0)`, 'invoicedFen')
    .addSelect(`COALESCE(SUM(${receivableFenSql('c')}), 0)`, 'receivableFen')
}

/** Everyone who has a signed contract, for the ledger's salesperson filter. */
export function salespeopleQuery(em: EntityManager): SelectQueryBuilder<ContractRow> {
  // A name can differ between contracts (the name at signing); one entry per person, whichever name.
  return signedContracts(em, {})
    .select('c.salesperson_user_id', 'id')
    .addSelect('MAX(c.salesperson_name)', 'name')
    .groupBy('c.salesperson_user_id')
}

/** The export's title names the filter's customer; one primary-key lookup. */
export function customerNameQuery(em: EntityManager, customerId: number) {
  return em.createQueryBuilder(CustomerEntity, 'cu').select('cu.name', 'name').where('cu.id = :customerId', { customerId })
}

/** The export's title names the filter's salesperson; one primary-key lookup. */
export function salespersonNameQuery(em: EntityManager, userId: number) {
  return em.createQueryBuilder(UserEntity, 'u').select('u.name', 'name').where('u.id = :userId', { userId })
}
