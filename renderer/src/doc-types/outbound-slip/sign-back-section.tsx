import { Descriptions, Tag } from 'antd'
import type { SignBackDto } from '../../../../shared/doc-types/outbound-slip/sign-back-body'
import { formatShanghai } from '../../../../shared/dates'
import { formatYuan } from '../../../../shared/money'
import { Section } from '../../documents/section'

const yuan = (fen: number | undefined) => (fen === undefined ? '—' : <span className="tabular-nums">{formatYuan(fen)}</span>)
const day = (d: string) => <span className="tabular-nums">{d}</span>

/** R11 on the slip's page: the customer's signed copy and the receivable (amounts only for their readers). */
export function SignBackSection({ signBack, posted }: { signBack: SignBackDto; posted: boolean }) {
  if (!posted && !signBack.copy) return null
  const { copy, receivable } = signBack
  return (
    <Section title="客户签收与入帐（R11）" testId="doc-sign-back">
      <Descriptions
        size="small"
        column={{ xs: 1, sm: 2, lg: 3 }}
        items={
          copy
            ? [
                { key: 'by', label: '签收人', children: <span data-testid="sign-back-signed-by">{copy.signedBy}</span> },
                { key: 'on', label: '签收日期', children: day(copy.signedOn) },
                { key: 'back', label: '签收联交回', children: day(copy.returnedOn) },
                { key: 'diff', label: '差异说明', children: copy.discrepancy ?? '无' },
                { key: 'rec', label: '登记', children: `${copy.recordedByName} ${formatShanghai(copy.recordedAt)}` },
                {
                  key: 'receivable', label: '应收入帐',
                  children: receivable ? <Tag color="green" data-testid="sign-back-booked">已入帐 {receivable.bookedOn}</Tag> : <Tag color="orange" data-testid="sign-back-not-booked">未入帐</Tag>,
                },
                ...(receivable
                  ? [
                      { key: 'amount', label: '应收金额（元）', children: yuan(receivable.amountFen) },
                      { key: 'unpaid', label: '未收（元）', children: <span data-testid="sign-back-unpaid">{yuan(receivable.unpaidFen)}</span> },
                      {
                        key: 'due', label: '到期日',
                        children: (
                          <span data-testid="sign-back-due">
                            {day(receivable.dueOn)} {receivable.overdueDays > 0 && <Tag color="red">逾期 {receivable.overdueDays} 天</Tag>}
                          </span>
                        ),
                      },
                    ]
                  : []),
              ]
            : [{ key: 'none', label: '客户签收联', children: <Tag color="orange" data-testid="sign-back-missing">未交回</Tag> }]
        }
      />
    </Section>
  )
}
