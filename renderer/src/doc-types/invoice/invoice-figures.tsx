import { Descriptions, Tag } from 'antd'
import type { InvoiceFiguresDto } from '../../../../shared/doc-types/invoice/invoice-body'
import { formatYuan } from '../../../../shared/money'
import { ratioText } from '../../../../shared/percent'

const yuan = (fen: number) => <span className="tabular-nums">{formatYuan(fen)}</span>

/** R15: the figures an invoice request is decided on: collected against the threshold, shipped, invoiced, requested. */
export function InvoiceFigures({ f }: { f: InvoiceFiguresDto }) {
  return (
    <Descriptions
      size="small"
      column={{ xs: 1, sm: 2, lg: 4 }}
      data-testid="invoice-figures"
      items={[
        { key: 'amount', label: '合同金额（元）', children: yuan(f.amountFen) },
        {
          key: 'collected', label: '已回款（元）',
          children: (
            <span data-testid="invoice-collected">
              {yuan(f.collectedFen)}（{ratioText(f.collectedFen, f.amountFen)}）{' '}
              <Tag color={f.thresholdMet ? 'success' : 'warning'}>{f.thresholdMet ? '已达' : '未达'}开票条件 {f.thresholdPercent}%</Tag>
            </span>
          ),
        },
        { key: 'shipped', label: '已发货（元）', children: yuan(f.shippedFen) },
        { key: 'invoiced', label: '已开票（元）', children: <span data-testid="invoice-invoiced">{yuan(f.invoicedFen)}</span> },
        { key: 'requested', label: '其他申请中（元）', children: yuan(f.requestedFen) },
        { key: 'available', label: '尚可开票（元）', children: <b data-testid="invoice-available">{yuan(f.availableFen)}</b> },
      ]}
    />
  )
}
