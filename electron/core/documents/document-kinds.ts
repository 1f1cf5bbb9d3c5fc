import type { DocumentType } from '../../../shared/document-number'
import { applicationKind } from '../applications/application-kind'
import { contractKind } from '../contracts/contract-kind'
import { creditChangeKind } from '../credit/credit-change-kind'
import type { DocumentKind } from '../workflow/document-kind'

/** The document types the engine runs so far; later issues add theirs here. */
export const DOCUMENT_KINDS: Partial<Record<DocumentType, DocumentKind>> = {
  application: applicationKind,
  contract: contractKind,
  creditChange: creditChangeKind,
}
