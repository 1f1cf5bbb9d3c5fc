import { Alert, Descriptions, Tag } from 'antd'
import type { CreditCheckDto } from '../../../../shared/doc-types/dispatch-note/dispatch-note-body'
import { formatYuan } from '../../../../shared/money'
import { Section } from '../../documents/section'

const yuan = (fen: number) => <span className="tabular-nums">¥{formatYuan(fen)}</span>

function verdict(c: CreditCheckDto): { type: 'success' | 'warning' | 'error'; text: string } {
  if (c.blocked) return { type: 'error', text: '客户信用等级为冻结发货（E），不能提交' }
  if (c.zeroCredit)
    return c.shippedAgainstMoneyFen <= c.moneyReceivedFen
      ? { type: 'success', text: `零信用客户：已到款 ¥${formatYuan(c.moneyReceivedFen)}，本单与其他有效发货单合计 ¥${formatYuan(c.shippedAgainstMoneyFen)}，款到可发` }
      : { type: 'error', text: `零信用客户：已到款 ¥${formatYuan(c.moneyReceivedFen)}，本单与其他有效发货单合计 ¥${formatYuan(c.shippedAgainstMoneyFen)}，须先收款` }
  if (c.overdueFen > 0) return { type: 'warning', text: `客户有逾期应收款 ¥${formatYuan(c.overdueFen)}（最长 ${c.oldestOverdueDays} 天），需总经理审批` }
  if (c.overLimitFen > 0) return { type: 'warning', text: `信用占用加本单超出信用额度 ¥${formatYuan(c.overLimitFen)}，需总经理审批` }
  return { type: 'success', text: `在信用额度内，尚余 ¥${formatYuan(-c.overLimitFen)}` }
}

/** R9 as the approvers read it: the limit, the exposure now term by term, this note, overdue (CREDIT_READERS only). */
export function DispatchCredit({ credit }: { credit: CreditCheckDto }) {
  const v = verdict(credit)
  return (
    <Section title="信用检查（R9）" testId="dispatch-credit">
      <Alert type={v.type} showIcon title={v.text} style={{ marginBottom: 12 }} data-testid="dispatch-credit-verdict" />
      <Descriptions
        size="small"
        bordered
        column={2}
        items={[
          { key: 'limit', label: '信用额度', children: <>{yuan(credit.creditLimitFen)} <Tag style={{ marginLeft: 8 }}>{credit.rating} 级 · {credit.creditDays} 天</Tag></> },
          { key: 'exposure', label: '当前信用占用', children: <span data-testid="dispatch-credit-exposure">{yuan(credit.exposureFen)}</span> },
          ...credit.terms.map((t) => ({
            key: t.key,
            label: `　其中：${t.label}`,
            children: t.pending ? <span style={{ color: 'rgba(0,0,0,0.45)' }}>{yuan(t.amountFen)}（该单据上线后计入）</span> : yuan(t.amountFen),
          })),
          { key: 'note', label: '本单金额（未出库部分）', children: yuan(credit.noteFen) },
          { key: 'total', label: '占用 + 本单', children: <span data-testid="dispatch-credit-total">{yuan(credit.exposureFen + credit.noteFen)}</span> },
          { key: 'over', label: '超出额度', children: credit.overLimitFen > 0 ? <span style={{ color: '#cf1322' }}>{yuan(credit.overLimitFen)}</span> : '未超出' },
          { key: 'overdue', label: '逾期应收 / 最长天数', children: <>{yuan(credit.overdueFen)} / {credit.oldestOverdueDays} 天 <span style={{ color: 'rgba(0,0,0,0.45)' }}>（应收账款上线后计入）</span></> },
        ]}
      />
    </Section>
  )
}
