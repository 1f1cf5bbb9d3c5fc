import type { DocumentLineDto, PaymentTermsDto } from '../../api/documents'

/** What the document page shows of an application beyond its header (R3). */
export interface ApplicationBody {
  kind: 'application'
  customerId: number
  priceListId: number
  lines: DocumentLineDto[]
  deliveryDate: string
  terms: PaymentTermsDto
  installationNeeded: boolean
  nonStandardTerms: string | null
  note: string | null
  /** The contract made from it, once there is one (R4). */
  contractId: number | null
  contractNo: string | null
}
