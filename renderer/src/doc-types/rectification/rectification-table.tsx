import { Table, Tag } from 'antd'
import { useNavigate } from 'react-router-dom'
import type { RectificationQueueRowDto } from '../../../../shared/doc-types/rectification/rectification-body'
import { formatShanghai } from '../../../../shared/dates'
import { stateLabel } from '../../../../shared/doc-types'

/** Rectifications in a queue: an overdue one is red (R13) wherever it shows. */
export function RectificationTable({ rows }: { rows: RectificationQueueRowDto[] | null }) {
  const navigate = useNavigate()
  return (
    <Table<RectificationQueueRowDto>
      size="small" rowKey="id" loading={rows === null} dataSource={rows ?? []} pagination={{ pageSize: 20, hideOnSinglePage: true }}
      rowClassName={(r) => (r.overdue ? 'row-overdue' : '')}
      onRow={(r) => ({ style: r.overdue ? { background: '#fff1f0' } : undefined, 'data-testid': `rectification-row-${r.docNo}` } as React.HTMLAttributes<HTMLElement>)}
      columns={[
        { title: '整改单', dataIndex: 'docNo', render: (no: string, r) => <a onClick={() => navigate(`/documents/${r.id}`)}>{no}</a> },
        { title: '状态', dataIndex: 'state', render: (s: string, r) => (r.overdue ? <Tag color="error" data-testid={`rectification-overdue-${r.docNo}`}>已逾期</Tag> : <Tag>{stateLabel('rectification', s)}</Tag>) },
        { title: '客户', dataIndex: 'customerName' },
        { title: '派工单', dataIndex: 'workOrderNo' },
        { title: '问题', dataIndex: 'problem', ellipsis: true },
        { title: '责任人', dataIndex: 'responsible' },
        { title: '答复期限', dataIndex: 'deadlineAt', render: (d: string, r) => <span style={r.overdue ? { color: '#cf1322', fontWeight: 600 } : undefined} className="tabular-nums">{formatShanghai(d)}</span> },
      ]}
    />
  )
}
