import type { DocumentHeaderDto } from '../../../../shared/api'
import { formatYuan } from '../../../../shared/money'
import { DOC_PARTS } from '../../documents/document-parts'
import { ReviewSummary, type ReviewPoint } from '../../documents/review-summary'
import type { ApplicationBody } from './application-body'

/**
 * 审阅要点 of an application: the R1 verdict for this signer with a link to the first line under its
 * floor, the non-standard wording (R4), and the customer's credit (R2, R9) — all from the core's answer.
 */
export function applicationPoints(body: ApplicationBody): ReviewPoint[] {
  const points: ReviewPoint[] = []
  const review = body.priceReview
  if (review && review.linesBelowFloor > 0) {
    const first = review.lines.find((l) => l.belowFloorBps > 0)!
    points.push({
      key: 'below-floor',
      // Red only when no post may sign it (R1 refuses it); past this signer's authority the route goes on to one who may.
      level: review.covered || review.neededRole !== null ? 'warning' : 'error',
      text: `${review.linesBelowFloor} 行低于底价：${review.text}`,
      target: DOC_PARTS.line(first.lineNo),
      linkText: `查看第 ${first.lineNo} 行`,
    })
  }
  if (body.nonStandardTerms) {
    points.push({ key: 'non-standard', level: 'warning', text: '有非标准条款，合同须经法务审核', target: DOC_PARTS.nonStandard, linkText: '查看条款' })
  }
  if (body.credit) {
    const { credit } = body
    points.push({
      key: 'credit',
      level: 'info',
      text: `客户信用额度 ¥${formatYuan(credit.creditLimitFen)}，${credit.rating} 级，账期 ${credit.creditDays} 天${credit.pendingNote ? `；${credit.pendingNote}` : ''}`,
      target: DOC_PARTS.credit,
      linkText: '查看信用',
    })
  }
  return points
}

export function ApplicationSummary({ body }: { header: DocumentHeaderDto; body: ApplicationBody }) {
  return <ReviewSummary points={applicationPoints(body)} />
}
