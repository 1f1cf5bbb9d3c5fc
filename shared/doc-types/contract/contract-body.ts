import type { DocumentLineDto, PaymentTermsDto, SealUsageDto } from '../../api/documents'

/** What the document page shows of a contract beyond its header (R4). */
export interface ContractBody {
  kind: 'contract'
  customerId: number
  applicationId: number
  applicationNo: string
  customerContractNo: string
  signedOn: string
  salespersonName: string
  lines: DocumentLineDto[]
  deliveryDate: string
  terms: PaymentTermsDto
  installationNeeded: boolean
  nonStandardTerms: string | null
  seals: SealUsageDto[]
  /** R5, R6, R12, R15: the money the contract has received (absent for those who may not see amounts). */
  money?: ContractMoneyDto
}

/** What the contract has collected (WORKFLOW.md Definitions), from payment allocations. */
export interface ContractMoneyDto {
  amountFen: number
  collectedFen: number
  /** Collected ÷ amount in basis points, rounded down (for display; gates compare in integers). */
  collectedBps: number
  prepaymentRequiredFen: number
  prepaymentReceived: boolean
  firstPaymentFen: number
  firstPaymentReceived: boolean
}
