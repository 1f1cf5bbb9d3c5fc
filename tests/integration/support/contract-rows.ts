import type { EntityManager } from 'typeorm'
import type { Database } from '../../../electron/core/db/database'
import { CustomerEntity, DocumentEntity, type DocumentRow } from '../../../electron/core/db/entities'
import { customerNameSortKey } from '../../../electron/core/customers/name-sort-key'
import { ContractEntity, SealUsageEntity, type ContractRow, type SealUsageRow } from '../../../electron/core/doc-types/contract/contract-entities'

// Rows straight into the tables, for ledger and seal-register tests that do not need the signing chain
// (queue-rows.ts does the same for the queue). Foreign keys are on, so every contract gets its own
// application document and a real customer.

let creditCodes = 0

export async function insertCustomer(em: EntityManager, name: string): Promise<number> {
  creditCodes += 1
  const at = '2026-01-05T02:00:00.000Z'
  const { identifiers } = await em.getRepository(CustomerEntity).insert({
    name, nameSortKey: customerNameSortKey(name), creditCode: `91310000TEST${String(creditCodes).padStart(6, '0')}`, address: '上海市浦东新区', bankName: '工商银行',
    bankAccount: '1001', taxAddressPhone: '上海市浦东新区 021-5000', contacts: '[]', rating: 'B', creditLimitFen: 0, creditDays: 0,
    createdByUserId: 1, createdAt: at, updatedAt: at, version: 1,
  })
  return Number(identifiers[0]?.id)
}

export interface ContractSeed {
  /** HT + yyyymm + 4 digits (R22). */
  contractNo: string
  customerId: number
  customerName: string
  salesperson: { id: number; name: string }
  signedOn: string
  amountFen: number
  customerContractNo?: string
  /** 'approved' is a signed contract; anything else is still on its way (or voided). */
  state?: string
  /** R19: set once the contract is closed. */
  closedAt?: string | null
}

function documentHeader(docType: string, docNo: string, seed: ContractSeed, state: string): Omit<DocumentRow, 'id'> {
  const createdAt = `${seed.signedOn}T01:00:00.000Z`
  return {
    docType, docNo, title: docType === 'contract' ? '销售合同' : '合同申报', state, version: 1,
    drafterUserId: seed.salesperson.id, drafterName: seed.salesperson.name, customerName: seed.customerName,
    amountFen: seed.amountFen, createdAt, updatedAt: createdAt, closedAt: null, currentStep: state === 'pending' ? 'finance_countersign' : null,
    route: null, round: state === 'draft' ? 0 : 1, lastSignerUserId: null, chainVersion: null,
  }
}

/** A contract document, the approved application it came from (R4), and its contracts row. Returns the contract's id. */
export async function insertContract(em: EntityManager, seed: ContractSeed): Promise<number> {
  const documents = em.getRepository(DocumentEntity)
  const application = await documents.insert(documentHeader('application', `SQ${seed.contractNo.slice(2)}`, seed, 'approved'))
  const contract = await documents.insert({
    ...documentHeader('contract', seed.contractNo, seed, seed.state ?? 'approved'),
    closedAt: seed.closedAt ?? null,
  })
  const documentId = Number(contract.identifiers[0]?.id)
  const row: ContractRow = {
    documentId, applicationId: Number(application.identifiers[0]?.id), customerId: seed.customerId,
    customerContractNo: seed.customerContractNo ?? '', signedOn: seed.signedOn, amountFen: seed.amountFen,
    salespersonUserId: seed.salesperson.id, salespersonName: seed.salesperson.name,
    prepaymentBps: 3000, prepaymentFen: Math.floor((seed.amountFen * 3) / 10), instalments: '[]', installationNeeded: false,
    nonStandardTerms: null, deliveryDate: seed.signedOn,
  }
  await em.getRepository(ContractEntity).insert(row)
  return documentId
}

/** R4: one line of the seal register. */
export async function insertSealUsage(em: EntityManager, usage: Omit<SealUsageRow, 'id'>): Promise<number> {
  const { identifiers } = await em.getRepository(SealUsageEntity).insert(usage)
  return Number(identifiers[0]?.id)
}

/** Rows per multi-row INSERT: well under SQLite's and PostgreSQL's limits on bound values. */
const CHUNK = 500

async function insertInChunks<T>(em: EntityManager, entity: { options: { name: string } }, rows: T[]): Promise<void> {
  for (let i = 0; i < rows.length; i += CHUNK) await em.getRepository(entity.options.name).insert(rows.slice(i, i + CHUNK) as never)
}

/**
 * Thousands of signed contracts at once, for the ledger's volume tests: the same rows as insertContract, as
 * multi-row inserts in one transaction, on either backend. The headers go first; their ids are read back by
 * number (R22: numbers are unique) to link each contract to its application.
 */
export async function insertContractsInBulk(db: Database, seeds: readonly ContractSeed[]): Promise<void> {
  await db.transaction(async (em) => {
    await insertInChunks(em, DocumentEntity, seeds.flatMap((seed) => [
      documentHeader('application', `SQ${seed.contractNo.slice(2)}`, seed, 'approved'),
      { ...documentHeader('contract', seed.contractNo, seed, seed.state ?? 'approved'), closedAt: seed.closedAt ?? null },
    ]))
    const ids = new Map<string, number>()
    const headers: Array<{ id: number | string; doc_no: string }> = await em.query(`SELECT id, doc_no FROM documents`)
    for (const { id, doc_no } of headers) ids.set(doc_no, Number(id))
    const idOf = (docNo: string) => ids.get(docNo) ?? Number.NaN
    await insertInChunks(em, ContractEntity, seeds.map((seed): ContractRow => ({
      documentId: idOf(seed.contractNo), applicationId: idOf(`SQ${seed.contractNo.slice(2)}`), customerId: seed.customerId,
      customerContractNo: seed.customerContractNo ?? '', signedOn: seed.signedOn, amountFen: seed.amountFen,
      salespersonUserId: seed.salesperson.id, salespersonName: seed.salesperson.name, prepaymentBps: 0, prepaymentFen: 0,
      instalments: '[]', installationNeeded: false, nonStandardTerms: null, deliveryDate: seed.signedOn,
    })))
  })
}

/**
 * A year of contracts spread over its months and days, 40 customers and 10 salespeople (ids 1001–1010):
 * every 10th still pending, so not in the ledger; every 7th closed (R19).
 */
export function contractsOfYear(year: number, count: number, customerIds: readonly number[]): ContractSeed[] {
  return Array.from({ length: count }, (_, i) => {
    const month = String((i % 12) + 1).padStart(2, '0')
    const customer = i % customerIds.length
    const salesperson = i % 10
    return {
      contractNo: `HT${year}${month}${String(Math.floor(i / 12) + 1).padStart(4, '0')}`,
      customerId: customerIds[customer] ?? 0, customerName: `客户${customer}`,
      salesperson: { id: 1001 + salesperson, name: `业务员${salesperson}` },
      signedOn: `${year}-${month}-${String((i % 28) + 1).padStart(2, '0')}`, amountFen: 1_000_000 + i,
      state: i % 10 === 9 ? 'pending' : 'approved', closedAt: i % 7 === 0 ? '2026-11-19T08:00:00.000Z' : null,
    }
  })
}
