import { Button, Typography } from 'antd'
import type { ColumnsType } from 'antd/es/table'
import type { CreditRating, CustomerListRow } from '../../../shared/api'
import { CreditRatingTag } from './credit-rating-tag'
import { creditDaysText, creditLimitText } from './credit-terms'

/**
 * The list in pinyin order of the name (the core sorts); 业务员 is the latest contract's. `showCredit`: the
 * credit columns only for posts that see credit terms (the core leaves them out for others).
 */
export function customerColumns(open: (customer: CustomerListRow) => void, showCredit: boolean): ColumnsType<CustomerListRow> {
  const credit: ColumnsType<CustomerListRow> = [
    {
      title: '名称',
      dataIndex: 'name',
      ellipsis: { showTitle: true },
      render: (name: string, customer) => (
        <Button
          type="link"
          size="small"
          onClick={(event) => {
            event.stopPropagation()
            open(customer)
          }}
          style={{ padding: 0, height: 'auto', maxWidth: '100%' }}
          data-testid={`customer-open-${customer.creditCode}`}
        >
          <Typography.Text ellipsis={{ tooltip: name }} style={{ color: 'inherit' }}>
            {name}
          </Typography.Text>
        </Button>
      ),
    },
    {
      title: '业务员',
      dataIndex: 'salespersonName',
      width: 90,
      ellipsis: { showTitle: true },
      render: (name: string | null) => name ?? <Typography.Text type="secondary">—</Typography.Text>,
    },
    {
      title: '统一社会信用代码',
      dataIndex: 'creditCode',
      width: 176,
      render: (code: string) => <span className="tabular-nums">{code}</span>,
    },
  ]
  const creditColumns: ColumnsType<CustomerListRow> = [
    { title: '信用等级', dataIndex: 'rating', width: 120, render: (rating: CreditRating) => <CreditRatingTag rating={rating} /> },
    {
      title: '信用额度（元）',
      dataIndex: 'creditLimitFen',
      width: 146,
      align: 'right',
      render: (fen: number) => <span className="tabular-nums">{creditLimitText(fen)}</span>,
    },
    {
      title: '信用天数',
      dataIndex: 'creditDays',
      width: 84,
      align: 'right',
      render: (days: number) => <span className="tabular-nums">{creditDaysText(days)}</span>,
    },
  ]
  const contact: ColumnsType<CustomerListRow> = [
    {
      title: '联系人',
      key: 'contact',
      width: 176,
      ellipsis: { showTitle: true },
      render: (_: unknown, { contacts }) => {
        const first = contacts[0]
        if (!first) return <Typography.Text type="secondary">—</Typography.Text>
        return `${first.name} ${first.phone}${contacts.length > 1 ? ` 等 ${contacts.length} 人` : ''}`
      },
    },
  ]
  return [...credit, ...(showCredit ? creditColumns : []), ...contact]
}
