import { Descriptions, Typography } from 'antd'
import type { CustomerCreditReview } from '../../../../shared/doc-types/application/application-body'
import { formatYuan } from '../../../../shared/money'
import { CreditRatingTag } from '../../customers/credit-rating-tag'

/** R2, R9: the customer's credit as the signer weighs it; exposure and overdue wait for receivables. */
export function ApplicationCredit({ credit }: { credit: CustomerCreditReview }) {
  const pending = <Typography.Text type="secondary">{credit.pendingNote ?? '—'}</Typography.Text>
  return (
    <Descriptions
      size="small"
      bordered
      column={{ xs: 1, sm: 2, lg: 4 }}
      data-testid="doc-credit"
      items={[
        { key: 'rating', label: '信用等级', children: <CreditRatingTag rating={credit.rating} /> },
        { key: 'limit', label: '信用额度', children: <span className="tabular-nums" data-testid="doc-credit-limit">¥{formatYuan(credit.creditLimitFen)}</span> },
        { key: 'days', label: '账期', children: <span className="tabular-nums">{credit.creditDays} 天</span> },
        {
          key: 'exposure',
          label: '占用 / 逾期',
          children:
            credit.exposureFen === null || credit.overdueFen === null ? (
              pending
            ) : (
              <span className="tabular-nums">
                ¥{formatYuan(credit.exposureFen)} / ¥{formatYuan(credit.overdueFen)}
              </span>
            ),
        },
      ]}
    />
  )
}
