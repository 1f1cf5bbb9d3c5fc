import { Table, Typography } from 'antd'
import type { ColumnsType } from 'antd/es/table'
import { Link } from 'react-router-dom'
import { AGING_BUCKETS } from '../../../shared/aging'
import type { AgingFigures, AgingRow } from '../../../shared/api'
import { formatYuan } from '../../../shared/money'

// R18 the aging tables (按客户 / 按业务员): the six buckets, the balance, what is overdue and its interest.
// Amounts in 元 with two decimals; a zero bucket reads as blank so the old money stands out.

const money = (fen: number) => (fen === 0 ? '' : formatYuan(fen))
const right = { align: 'right' as const, className: 'tabular-nums' }

export function agingColumns(first: { title: string; linkToCustomer: boolean }): ColumnsType<AgingRow> {
  return [
    {
      title: first.title,
      dataIndex: 'name',
      fixed: 'left',
      width: 190,
      ellipsis: true,
      render: (name: string, row) => (first.linkToCustomer ? <Link to={`/customers/${row.id}`} data-testid={`aging-customer-${row.id}`}>{name}</Link> : name),
    },
    { title: '笔数', dataIndex: 'count', width: 56, ...right },
    ...AGING_BUCKETS.map((b, i) => ({
      title: b.label,
      key: b.key,
      width: 100,
      ...right,
      render: (_: unknown, row: AgingRow) => <span style={i >= 3 && row.bucketsFen[i] ? { color: '#cf1322' } : undefined}>{money(row.bucketsFen[i] ?? 0)}</span>,
    })),
    { title: '应收余额', dataIndex: 'totalFen', width: 120, ...right, render: (fen: number) => <Typography.Text strong>{formatYuan(fen)}</Typography.Text> },
    { title: '逾期利息', dataIndex: 'interestFen', width: 96, ...right, render: money },
  ]
}

/** 合计 under a table: the same figures for the whole report. */
export function AgingSummary({ totals, label }: { totals: AgingFigures; label: string }) {
  const cells = [String(totals.count), ...totals.bucketsFen.map(money), formatYuan(totals.totalFen), money(totals.interestFen)]
  return (
    <Table.Summary fixed>
      <Table.Summary.Row>
        <Table.Summary.Cell index={0}>
          <Typography.Text strong>{label}</Typography.Text>
        </Table.Summary.Cell>
        {cells.map((text, i) => (
          <Table.Summary.Cell key={i} index={i + 1} align="right" className="tabular-nums">
            <Typography.Text strong>{text}</Typography.Text>
          </Table.Summary.Cell>
        ))}
      </Table.Summary.Row>
    </Table.Summary>
  )
}
