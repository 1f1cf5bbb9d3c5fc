import type { DocumentLineDto, PaymentTermsDto } from '../../../shared/api'
import type { LinePriceReview } from '../../../shared/doc-types/application/application-body'
import { DOC_PARTS } from './document-parts'
import { DocumentLinesTable } from './document-lines-table'
import { NonStandardTerms } from './non-standard-terms'
import { PaymentTermsView } from './payment-terms-view'
import { Section } from './section'

/** What a contract copies from its application (R4): the lines, the payment terms, the non-standard wording. */
interface Props {
  lines: DocumentLineDto[]
  terms: PaymentTermsDto
  nonStandardTerms: string | null
  /** R1: each line's floor and distance under it, for the posts the core gives them to. */
  floors?: readonly LinePriceReview[]
}

export function LinesAndTerms({ lines, terms, nonStandardTerms, floors }: Props) {
  return (
    <>
      <Section title="产品明细" anchor={DOC_PARTS.lines}>
        <DocumentLinesTable lines={lines} floors={floors} />
      </Section>
      <Section title="付款条件" anchor={DOC_PARTS.terms}>
        <PaymentTermsView terms={terms} />
      </Section>
      <Section title="非标准条款" anchor={DOC_PARTS.nonStandard}>
        <NonStandardTerms text={nonStandardTerms} />
      </Section>
    </>
  )
}
