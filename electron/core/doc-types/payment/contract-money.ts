import type { EntityManager } from 'typeorm'
import type { InstalmentDto } from '../../../../shared/api'
import type { ContractMoneyDto } from '../../../../shared/doc-types/contract/contract-body'
import { fenFromDatabase } from '../../../../shared/money'
import { ratioBps } from '../../../../shared/percent'
import type { ContractRow } from '../contract/contract-entities'
import { readRows } from '../../db/driver-query'

// The money a contract has received, in one place for every later gate (WORKFLOW.md Definitions):
// R6 prepayment received, R12 first payment received, R15 collected ratio, R5 the ledger's 已回款.
// Collected = the net of the allocations to the contract (a de-allocation is a row of direction −1; a
// reversed payment had to be fully de-allocated first, so it no longer counts).

/** 已回款 as SQL over one contracts row (alias), for the ledger's rows and totals: idx_payment_allocations_contract covers it. */
export function collectedFenSql(contract: string): string {
  return `(SELECT COALESCE(SUM(pa.direction * pa.amount_fen), 0) FROM payment_allocations pa WHERE pa.contract_id = ${contract}.document_id)`
}

/** 已回款 of one contract. */
export async function collectedFen(em: EntityManager, contractId: number): Promise<number> {
  const [row] = await readRows<{ total: number | string }>(
    em,
    `SELECT COALESCE(SUM(pa.direction * pa.amount_fen), 0) AS total FROM payment_allocations pa WHERE pa.contract_id = :contractId`,
    { contractId },
  )
  return fenFromDatabase(row?.total ?? 0) ?? 0
}

type Terms = Pick<ContractRow, 'amountFen' | 'prepaymentFen' | 'instalments'>

/** R12: the first amount the terms ask for: the prepayment, or the first instalment where there is none. */
export function firstPaymentFen(terms: Terms): number {
  if (terms.prepaymentFen > 0) return terms.prepaymentFen
  const instalments = JSON.parse(terms.instalments) as InstalmentDto[]
  return instalments[0]?.amountFen ?? 0
}

/** R6: the prepayment is received when allocations cover what the terms ask (none asked: received). */
export const prepaymentReceived = (terms: Terms, collected: number): boolean => collected >= terms.prepaymentFen

/** R15: collected × 100 ≥ amount × percent, in integers. */
export const collectedAtLeast = (terms: Terms, collected: number, percent: number): boolean => collected * 100 >= terms.amountFen * percent

/** Everything the contract knows of its money, for its page and the gates. */
export function contractMoneyOf(terms: Terms, collected: number): ContractMoneyDto {
  const first = firstPaymentFen(terms)
  return {
    amountFen: terms.amountFen,
    collectedFen: collected,
    collectedBps: ratioBps(collected, terms.amountFen),
    prepaymentRequiredFen: terms.prepaymentFen,
    prepaymentReceived: prepaymentReceived(terms, collected),
    firstPaymentFen: first,
    firstPaymentReceived: collected >= first,
  }
}

export async function contractMoney(em: EntityManager, contract: ContractRow): Promise<ContractMoneyDto> {
  return contractMoneyOf(contract, await collectedFen(em, contract.documentId))
}
