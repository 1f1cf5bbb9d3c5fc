import type { DocumentView } from '../../../shared/api'
import { DOC_TYPES } from '../../../shared/doc-types'
import { typeUi } from '../doc-types'

/** The part of a document that differs by type (doc-types/<type>); the header, chain and trail are the same for all. */
export function DocumentBodyView({ view, onChanged }: { view: DocumentView; onChanged(): void }) {
  const { Body } = typeUi(view.body.kind)
  return <Body header={view.header} body={view.body} onChanged={onChanged} />
}

/** The body card's title, as the type declares it (申报内容, 合同内容 …). */
export function bodyTitle(view: DocumentView): string {
  return DOC_TYPES[view.body.kind].bodyTitle
}
