import type { DocumentHeaderDto } from '../../../../shared/api'
import { DOC_PARTS } from '../../documents/document-parts'
import { ReviewSummary } from '../../documents/review-summary'
import type { ContractBody } from './contract-body'

/** 审阅要点 of a contract: legal reads the non-standard wording first (R4). */
export function ContractSummary({ body }: { header: DocumentHeaderDto; body: ContractBody }) {
  if (!body.nonStandardTerms) return null
  return <ReviewSummary points={[{ key: 'non-standard', level: 'warning', text: '有非标准条款，须法务审核', target: DOC_PARTS.nonStandard, linkText: '查看条款' }]} />
}
