import type { DocumentView } from '../../../shared/api'
import { typeUi } from '../doc-types'

/** The type's 审阅要点 on top of the page, when it has any (what its signers must read). */
export function DocumentSummary({ view }: { view: DocumentView }) {
  const { Summary } = typeUi(view.body.kind)
  return Summary ? <Summary header={view.header} body={view.body} onChanged={() => undefined} /> : null
}
