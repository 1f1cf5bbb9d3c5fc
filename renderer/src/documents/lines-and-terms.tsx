import type { DocumentLineDto, PaymentTermsDto } from '../../../shared/api'
import { DocumentLinesTable } from './document-lines-table'
import { NonStandardTerms } from './non-standard-terms'
import { PaymentTermsView } from './payment-terms-view'
import { Section } from './section'

/** What a contract copies from its application (R4): the lines, the payment terms, the non-standard wording. */
export function LinesAndTerms({ lines, terms, nonStandardTerms }: { lines: DocumentLineDto[]; terms: PaymentTermsDto; nonStandardTerms: string | null }) {
  return (
    <>
      <Section title="产品明细">
        <DocumentLinesTable lines={lines} />
      </Section>
      <Section title="付款条件">
        <PaymentTermsView terms={terms} />
      </Section>
      <Section title="非标准条款">
        <NonStandardTerms text={nonStandardTerms} />
      </Section>
    </>
  )
}
