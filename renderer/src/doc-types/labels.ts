import type { DocumentType } from '../../../shared/document-number'
import { DOCUMENT_TYPE_LABELS } from '../../../shared/document-types'
import { DOC_TYPES, isBuiltDocType, type BuiltDocType } from '../../../shared/doc-types'

/** A type's name as the office says it: the built type's own label, else the R22 list's (future types). */
export function docTypeLabel(docType: DocumentType | string): string {
  if (isBuiltDocType(docType)) return DOC_TYPES[docType].label
  return (DOCUMENT_TYPE_LABELS as Record<string, string>)[docType] ?? docType
}

/** The types the workstation runs, in the registry's order (filters offer only these). */
export const BUILT_DOC_TYPES = Object.keys(DOC_TYPES) as BuiltDocType[]
