import type { OverdueBucket, OverdueRates } from './commission-rules'

/** One contract's part of a person-month's commission (R16): every figure the form shows, computed, never typed. */
export interface CommissionLineDto {
  lineNo: number
  contractId: number
  contractNo: string
  customerName: string
  /** Net of the allocations made to the contract in the month (de-allocations count against it). */
  collectedFen: number
  rateBps: number
  /** round(collected × rate), half up to the fen. */
  commissionFen: number
  /** Unpaid after the due date at the month's end, by aging bucket (WORKFLOW.md Definitions "Overdue"). */
  overdue: Partial<Record<OverdueBucket, number>>
  overdueFen: number
  /** round(Σ overdue_bucket × bucket rate), half up to the fen. */
  deductionFen: number
}

/** A person-month's commission as the core computes it (the form before saving, and the saved form). */
export interface CommissionFiguresDto {
  salespersonUserId: number
  salespersonName: string
  month: string
  /** The policy version in force on the month's last day (null: the office's default before any version). */
  policyVersion: number | null
  rateBps: number
  overdueRates: OverdueRates
  lines: CommissionLineDto[]
  collectedFen: number
  commissionFen: number
  deductionFen: number
  /** max(0, Σ commission − Σ deduction): the form's amount. */
  payableFen: number
}

export interface CommissionPayoutDto {
  id: number
  paidOn: string
  amountFen: number
  note: string | null
  byName: string
  at: string
}

/** What the document page shows of a 提成单. */
export interface CommissionBody {
  kind: 'commission'
  figures: CommissionFiguresDto
  remark: string | null
  payouts: CommissionPayoutDto[]
  paidFen: number
}

/** One version of the commission policy (R16), as the GM's page lists it. */
export interface CommissionPolicyDto {
  versionNo: number
  effectiveFrom: string
  rateBps: number
  overdueRates: OverdueRates
  issuedByName: string
  issuedAt: string
  note: string | null
  inForce: boolean
}

/** A salesperson the form can be filled for: someone named on a signed contract. */
export interface SalespersonDto {
  userId: number
  name: string
}
