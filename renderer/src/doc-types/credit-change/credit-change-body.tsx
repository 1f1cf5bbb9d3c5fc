import { Table, Typography } from 'antd'
import type { ReactNode } from 'react'
import { CREDIT_RATINGS, type DocumentBody } from '../../../../shared/api'
import { formatYuan } from '../../../../shared/money'
import { Section } from '../../documents/section'

export type CreditChangeBody = Extract<DocumentBody, { kind: 'creditChange' }>

interface Row {
  key: string
  item: string
  before: ReactNode
  after: ReactNode
  changed: boolean
}

/** R2: a rating, limit and days change proposed by one post and approved by the general manager. */
export function CreditChangeBodyView({ body }: { body: CreditChangeBody }) {
  const { before, after } = body
  const rows: Row[] = [
    { key: 'rating', item: '信用等级', before: CREDIT_RATINGS[before.rating], after: CREDIT_RATINGS[after.rating], changed: before.rating !== after.rating },
    {
      key: 'limit',
      item: '信用额度（元）',
      before: <span className="tabular-nums">{formatYuan(before.creditLimitFen)}</span>,
      after: <span className="tabular-nums">{formatYuan(after.creditLimitFen)}</span>,
      changed: before.creditLimitFen !== after.creditLimitFen,
    },
    {
      key: 'days',
      item: '信用天数',
      before: `${before.creditDays} 天`,
      after: `${after.creditDays} 天`,
      changed: before.creditDays !== after.creditDays,
    },
  ]
  return (
    <div data-testid="doc-body-credit-change">
      <Section title="调整内容">
        <Table<Row>
          size="small"
          bordered
          pagination={false}
          dataSource={rows}
          style={{ maxWidth: 640 }}
          data-testid="doc-credit-table"
          columns={[
            { title: '项目', dataIndex: 'item', width: 160 },
            { title: '调整前', dataIndex: 'before', align: 'right' },
            {
              title: '调整后',
              dataIndex: 'after',
              align: 'right',
              // Changed values stand out without alarm colours: a raised limit is not an error.
              render: (value: ReactNode, row) => (row.changed ? <Typography.Text strong style={{ color: '#1f6fd1' }}>{value}</Typography.Text> : value),
            },
          ]}
        />
      </Section>
      <Section title="调整理由">
        <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', margin: 0 }} data-testid="doc-credit-reason">
          {body.reason}
        </Typography.Paragraph>
      </Section>
    </div>
  )
}
