import { Typography } from 'antd'
import type { ColumnsType } from 'antd/es/table'
import type { QueueRow, QueueTab } from '../../../shared/api'
import { stateLabel } from '../../../shared/document-states'
import { DOCUMENT_TYPE_LABELS } from '../../../shared/document-types'
import { formatYuan } from '../../../shared/money'
import { formatDateTime } from '../format/datetime'
import type { QueueListRow } from './queue-rows-merge'

/** The time column means something different on each tab; its title says which. */
const TIME_TITLES: Record<QueueTab, string> = { todo: '到达时间', done: '办理时间', started: '发起时间' }

export function queueColumns(tab: QueueTab): ColumnsType<QueueListRow> {
  return [
    {
      title: '单号',
      dataIndex: 'docNo',
      width: 150,
      render: (docNo: string) => <span className="tabular-nums">{docNo}</span>,
    },
    {
      title: '单据类型',
      dataIndex: 'docType',
      width: 110,
      render: (type: QueueRow['docType']) => DOCUMENT_TYPE_LABELS[type] ?? type,
    },
    {
      title: '客户',
      dataIndex: 'customerName',
      ellipsis: { showTitle: true },
      render: (name: string | null) => name ?? <Typography.Text type="secondary">—</Typography.Text>,
    },
    {
      // R23: integer fen from the core, shown as yuan; right-aligned so the digits line up.
      title: '金额（元）',
      dataIndex: 'amountFen',
      width: 140,
      align: 'right',
      render: (fen: number | null) => (fen === null ? '—' : <span className="tabular-nums">{formatYuan(fen)}</span>),
    },
    {
      title: tab === 'todo' ? '当前步骤' : '当前步骤/状态',
      key: 'step',
      width: 160,
      ellipsis: { showTitle: true },
      // 我发起的 rows carry the document's state key (no step): shown in the office's words (审批中, 已签订).
      render: (_: unknown, row) => row.stepName ?? stateLabel(row.docType, row.state),
    },
    {
      title: '发起人',
      dataIndex: 'drafterName',
      width: 110,
      ellipsis: { showTitle: true },
    },
    {
      title: TIME_TITLES[tab],
      dataIndex: 'at',
      width: 140,
      render: (at: string) => <span className="tabular-nums">{formatDateTime(at)}</span>,
    },
  ]
}
