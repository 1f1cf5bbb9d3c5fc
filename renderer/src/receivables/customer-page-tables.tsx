import { Table, Tag } from 'antd'
import type { ColumnsType } from 'antd/es/table'
import { Link } from 'react-router-dom'
import { AGING_BUCKETS } from '../../../shared/aging'
import type { CustomerPageRow, OpenReceivableRow } from '../../../shared/api'
import { stateLabel } from '../../../shared/doc-types'
import type { DocumentType } from '../../../shared/document-number'
import { formatYuan } from '../../../shared/money'
import { BUCKET_COLORS } from './aging-charts'

// The customer page's tables: the open receivables with their age, and the latest documents of each kind.

const right = { align: 'right' as const, className: 'tabular-nums' }

const RECEIVABLE_COLUMNS: ColumnsType<OpenReceivableRow> = [
  { title: '出库单', dataIndex: 'slipNo', width: 150, render: (no: string, r) => <Link to={`/documents/${r.slipId}`}>{no}</Link> },
  { title: '合同号', dataIndex: 'contractNo', width: 150 },
  { title: '入帐日期', dataIndex: 'bookedOn', width: 104 },
  { title: '到期日', dataIndex: 'dueOn', width: 104 },
  { title: '应收金额', dataIndex: 'amountFen', width: 120, ...right, render: (f: number) => formatYuan(f) },
  { title: '未收', dataIndex: 'unpaidFen', width: 120, ...right, render: (f: number) => formatYuan(f) },
  { title: '逾期天数', dataIndex: 'daysOverdue', width: 84, ...right, render: (d: number) => (d ? d : '') },
  {
    title: '账龄',
    dataIndex: 'bucket',
    width: 100,
    render: (b: number) => <Tag color={BUCKET_COLORS[b]} style={{ color: b === 1 ? '#614700' : undefined }}>{AGING_BUCKETS[b]?.label}</Tag>,
  },
]

export function OpenReceivablesTable({ rows }: { rows: OpenReceivableRow[] }) {
  return (
    <Table<OpenReceivableRow>
      size="small"
      rowKey="slipId"
      columns={RECEIVABLE_COLUMNS}
      dataSource={rows}
      pagination={rows.length > 20 ? { pageSize: 20, showSizeChanger: false, size: 'small' } : false}
      locale={{ emptyText: '没有未收的应收款' }}
      data-testid="customer-receivables"
    />
  )
}

/** The latest documents of one kind (发货单, 收款, 开票申请), newest first; the number opens the document. */
export function LatestTable({ rows, docType, dayTitle, testId, linked }: { rows: CustomerPageRow[]; docType: DocumentType; dayTitle: string; testId: string; linked: boolean }) {
  const columns: ColumnsType<CustomerPageRow> = [
    { title: '单号', dataIndex: 'docNo', width: 150, render: (no: string, r) => (linked ? <Link to={`/documents/${r.id}`}>{no}</Link> : no) },
    { title: dayTitle, dataIndex: 'day', width: 110 },
    { title: '金额', dataIndex: 'amountFen', width: 130, ...right, render: (f: number) => formatYuan(f) },
    { title: '状态', dataIndex: 'state', width: 100, render: (s: string) => stateLabel(docType, s) },
    { title: '说明', dataIndex: 'text', ellipsis: true },
  ]
  return <Table<CustomerPageRow> size="small" rowKey="id" columns={columns} dataSource={rows} pagination={false} locale={{ emptyText: '暂无' }} data-testid={testId} />
}
