import { Table, Typography } from 'antd'
import type { InstalmentDto, PaymentTermsDto } from '../../../shared/api'
import { formatYuan } from '../../../shared/money'
import { formatBps } from '../../../shared/percent'
import { yuanOrDash } from '../format/guarded-yuan'

/** 付款条件: the prepayment (R6: production waits for it) and the instalments after it. */
export function PaymentTermsView({ terms }: { terms: PaymentTermsDto }) {
  return (
    <div data-testid="doc-terms">
      <Typography.Paragraph style={{ marginBottom: 8 }}>
        预付款：
        <Typography.Text strong>{formatBps(terms.prepaymentBps)}</Typography.Text>
        {terms.prepaymentFen !== undefined && (
          <Typography.Text className="tabular-nums" style={{ marginInlineStart: 8 }}>
            （¥{formatYuan(terms.prepaymentFen)}）
          </Typography.Text>
        )}
      </Typography.Paragraph>
      {terms.instalments.length > 0 && (
        <Table<InstalmentDto & { key: number }>
          size="small"
          bordered
          rowKey="key"
          pagination={false}
          dataSource={terms.instalments.map((row, index) => ({ ...row, key: index }))}
          style={{ maxWidth: 560 }}
          columns={[
            { title: '款项', dataIndex: 'label' },
            { title: '到期日', dataIndex: 'dueDate', width: 120, render: (d: string) => <span className="tabular-nums">{d}</span> },
            {
              title: '金额（元）',
              dataIndex: 'amountFen',
              width: 150,
              align: 'right',
              render: (fen: number | undefined) => <span className="tabular-nums">{yuanOrDash(fen)}</span>,
            },
          ]}
        />
      )}
    </div>
  )
}
