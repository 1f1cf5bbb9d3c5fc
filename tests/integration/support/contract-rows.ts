import type { EntityManager } from 'typeorm'
import type { Database } from '../../../electron/core/db/database'
import { CustomerEntity, DocumentEntity, type DocumentRow } from '../../../electron/core/db/entities'
import { ContractEntity, SealUsageEntity, type ContractRow, type SealUsageRow } from '../../../electron/core/doc-types/contract/contract-entities'

// Rows straight into the tables, for ledger and seal-register tests that do not need the signing chain
// (queue-rows.ts does the same for the queue). Foreign keys are on, so every contract gets its own
// application document and a real customer.

let creditCodes = 0

export async function insertCustomer(em: EntityManager, name: string): Promise<number> {
  creditCodes += 1
  const at = '2026-01-05T02:00:00.000Z'
  const { identifiers } = await em.getRepository(CustomerEntity).insert({
    name, creditCode: `91310000TEST${String(creditCodes).padStart(6, '0')}`, address: '上海市浦东新区', bankName: '工商银行',
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
    route: null, round: state === 'draft' ? 0 : 1, lastSignerUserId: null,
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

/**
 * Thousands of signed contracts at once, for the ledger's speed test: the same rows as insertContract,
 * through prepared statements on the raw SQLite handle in one transaction (seconds faster than TypeORM).
 */
export async function insertContractsInBulk(db: Database, seeds: readonly ContractSeed[]): Promise<void> {
  const raw = db.sqlite
  if (!raw) throw new Error('bulk insert needs SQLite')
  const document = raw.prepare(`INSERT INTO documents (doc_type, doc_no, title, state, version, drafter_user_id, drafter_name,
    customer_name, amount_fen, created_at, updated_at, closed_at, current_step, route, round, last_signer_user_id)
    VALUES (?, ?, ?, ?, 1, ?, ?, ?, ?, ?, ?, ?, NULL, NULL, 1, NULL)`)
  const contract = raw.prepare(`INSERT INTO contracts (document_id, application_id, customer_id, customer_contract_no, signed_on,
    amount_fen, salesperson_user_id, salesperson_name, prepayment_bps, prepayment_fen, instalments, installation_needed,
    non_standard_terms, delivery_date) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 0, 0, '[]', 0, NULL, ?)`)
  await db.read(async () =>
    raw.transaction(() => {
      for (const seed of seeds) {
        const at = `${seed.signedOn}T01:00:00.000Z`
        const header = (type: string, no: string, state: string, closedAt: string | null) =>
          document.run(type, no, type === 'contract' ? '销售合同' : '合同申报', state, seed.salesperson.id, seed.salesperson.name,
            seed.customerName, seed.amountFen, at, at, closedAt).lastInsertRowid
        const applicationId = header('application', `SQ${seed.contractNo.slice(2)}`, 'approved', null)
        const documentId = header('contract', seed.contractNo, seed.state ?? 'approved', seed.closedAt ?? null)
        contract.run(documentId, applicationId, seed.customerId, seed.customerContractNo ?? '', seed.signedOn, seed.amountFen,
          seed.salesperson.id, seed.salesperson.name, seed.signedOn)
      }
    })(),
  )
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
