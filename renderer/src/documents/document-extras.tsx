import type { DocumentView } from '../../../shared/api'
import { ApplicationExtras } from '../doc-types/application/application-extras'
import { ContractExtras } from '../doc-types/contract/contract-extras'

/** The buttons a document type adds next to the workflow actions (edit, print, sign, seal). */
export function DocumentExtras({ view, onChanged }: { view: DocumentView; onChanged(): void }) {
  const { body, header } = view
  switch (body.kind) {
    case 'application':
      return <ApplicationExtras header={header} body={body} />
    case 'contract':
      return <ContractExtras header={header} onChanged={onChanged} />
    case 'creditChange':
      return null
  }
}
