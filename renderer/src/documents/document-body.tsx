import type { DocumentView } from '../../../shared/api'
import { ApplicationBodyView } from '../doc-types/application/application-body'
import { ContractBodyView } from '../doc-types/contract/contract-body'
import { CreditChangeBodyView } from '../doc-types/credit-change/credit-change-body'

/** The part of a document that differs by type; the header, chain and trail are the same for all. */
export function DocumentBodyView({ view }: { view: DocumentView }) {
  const { body, header } = view
  switch (body.kind) {
    case 'application':
      return <ApplicationBodyView header={header} body={body} />
    case 'contract':
      return <ContractBodyView header={header} body={body} />
    case 'creditChange':
      return <CreditChangeBodyView body={body} />
  }
}

export const BODY_TITLES: Record<DocumentView['body']['kind'], string> = {
  application: '申报内容',
  contract: '合同内容',
  creditChange: '信用变更',
}
