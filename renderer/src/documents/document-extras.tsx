import type { DocumentView } from '../../../shared/api'
import { typeUi } from '../doc-types'

/** The buttons a document type adds next to the workflow actions (edit, print, sign, seal), if any. */
export function DocumentExtras({ view, onChanged }: { view: DocumentView; onChanged(): void }) {
  const { Extras } = typeUi(view.body.kind)
  return Extras ? <Extras header={view.header} body={view.body} onChanged={onChanged} /> : null
}
