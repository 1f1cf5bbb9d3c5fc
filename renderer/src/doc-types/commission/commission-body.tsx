import { Descriptions, Table } from 'antd'
import type { DocumentHeaderDto } from '../../../../shared/api'
import type { CommissionPayoutDto } from '../../../../shared/doc-types/commission/commission-body'
import { formatYuan } from '../../../../shared/money'
import { Section } from '../../documents/section'
import { formatDateTime } from '../../format/datetime'
import type { BodyOf } from '../doc-type-ui'
import { CommissionLines } from './commission-lines'

export type CommissionBody = BodyOf<'commission'>

const yuan = (fen: number) => <span className="tabular-nums">{formatYuan(fen)}</span>

/** 提成单 (R16): the person-month's computed lines, the clerk's remark, and what finance has paid out. */
export function CommissionBodyView({ body }: { header: DocumentHeaderDto; body: CommissionBody }) {
  const f = body.figures
  return (
    <div data-testid="doc-body-commission">
      <CommissionLines f={f} />
      <Descriptions size="small" column={1} style={{ marginTop: 16 }} items={[{ key: 'remark', label: '备注', children: body.remark ?? '—' }]} />
      <Section title="发放" testId="commission-payouts">
        <Descriptions
          size="small"
          column={{ xs: 1, sm: 3 }}
          items={[
            { key: 'approved', label: '应发（元）', children: yuan(f.payableFen) },
            { key: 'paid', label: '已发放（元）', children: <span data-testid="commission-paid">{yuan(body.paidFen)}</span> },
            { key: 'open', label: '未发放（元）', children: yuan(f.payableFen - body.paidFen) },
          ]}
        />
        {body.payouts.length > 0 && (
          <Table<CommissionPayoutDto>
            style={{ marginTop: 12 }}
            size="small"
            rowKey="id"
            pagination={false}
            dataSource={body.payouts}
            columns={[
              { title: '发放日期', dataIndex: 'paidOn' },
              { title: '金额（元）', dataIndex: 'amountFen', align: 'right', render: yuan },
              { title: '备注', dataIndex: 'note', render: (n: string | null) => n ?? '—' },
              { title: '经办', dataIndex: 'byName' },
              { title: '登记时间', dataIndex: 'at', render: (at: string) => formatDateTime(at) },
            ]}
          />
        )}
      </Section>
    </div>
  )
}
