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
}
