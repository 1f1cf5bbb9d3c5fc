import type { DocumentHeaderDto } from '../../../shared/api'
import { lifecycleOf } from '../../../shared/doc-types'

/** R19: closed documents are read-only, whatever state they were closed in. */
export function isClosed(header: DocumentHeaderDto): boolean {
  return header.closedAt !== null
}

/** Whether the drafter may change it now: its type's editable states (R3: draft, rejected, withdrawn), not closed. */
export function isEditableState(header: DocumentHeaderDto): boolean {
  return !isClosed(header) && (lifecycleOf(header.docType)?.editable.includes(header.state) ?? false)
}
