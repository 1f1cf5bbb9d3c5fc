import { Descriptions, Tag } from 'antd'
import type { ContractMoneyDto } from '../../../../shared/doc-types/contract/contract-body'
import { formatYuan } from '../../../../shared/money'
import { formatBps } from '../../../../shared/percent'
import { Section } from '../../documents/section'

const yuan = (fen: number) => <span className="tabular-nums">{formatYuan(fen)}</span>

/** R5, R6, R12, R15: what the contract has collected (payments allocated to it), for those who see amounts. */
export function ContractMoneyView({ money }: { money: ContractMoneyDto }) {
  return (
    <Section title="回款" testId="contract-money">
      <Descriptions
        size="small"
        column={{ xs: 1, sm: 2, lg: 4 }}
        items={[
          { key: 'collected', label: '已回款（元）', children: <span data-testid="contract-collected">{yuan(money.collectedFen)}</span> },
          { key: 'outstanding', label: '未回款（元）', children: yuan(money.amountFen - money.collectedFen) },
          { key: 'ratio', label: '回款比例', children: <span className="tabular-nums">{formatBps(money.collectedBps)}</span> },
          {
            key: 'prepayment',
            label: '预付款',
            children:
              money.prepaymentRequiredFen === 0 ? (
                '合同无预付款'
              ) : (
                <span data-testid="contract-prepayment">
                  {yuan(money.prepaymentRequiredFen)} {money.prepaymentReceived ? <Tag color="success">已到齐</Tag> : <Tag color="warning">未到齐</Tag>}
                </span>
              ),
          },
          { key: 'first', label: '首期款', children: <>{yuan(money.firstPaymentFen)} {money.firstPaymentReceived ? <Tag color="success">已到</Tag> : <Tag>未到</Tag>}</> },
        ]}
      />
    </Section>
  )
}
