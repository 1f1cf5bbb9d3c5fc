import { Typography } from 'antd'
import type { QueueRow, QueueTab } from '../../../shared/api'
import { stateLabel } from '../../../shared/doc-types'
import { CLOSED_LABEL } from '../../../shared/document-states'
import { docTypeLabel } from '../doc-types/labels'
import { formatDateTime } from '../format/datetime'
import { yuanOrDash } from '../format/guarded-yuan'
import type { QueueColumn } from './queue-body'

/** The time column means something different on each tab; its title says which. */
const TIME_TITLES: Record<QueueTab, string> = { todo: '到达时间', done: '办理时间', started: '发起时间' }

/** The narrowest the table gets (a narrower window scrolls it sideways): 客户 keeps 190 px. */
export const MIN_TABLE_WIDTH = 1000

/**
 * The queue's columns for a table `tableWidth` wide. Every column has a width in pixels (the body lays
 * its cells out by them, and antd's header must match); 客户 takes what the others leave.
 */
export function queueColumns(tab: QueueTab, tableWidth: number): QueueColumn[] {
  const columns = fixedColumns(tab)
  const others = columns.reduce((sum, column) => sum + column.width, 0)
  const width = Math.max(MIN_TABLE_WIDTH, tableWidth) - others
  return columns.map((column) => (column.width === 0 ? { ...column, width } : column))
}

/** 客户's width is 0 here: the rest of the table's width. */
function fixedColumns(tab: QueueTab): QueueColumn[] {
  return [
    {
      title: '单号',
      dataIndex: 'docNo',
      width: 150,
      // On the cell, not a span inside it: one element fewer per cell to style and lay out while scrolling.
      className: 'tabular-nums',
    },
    {
      title: '单据类型',
      dataIndex: 'docType',
      width: 110,
      render: (type: QueueRow['docType']) => docTypeLabel(type),
    },
    {
      title: '客户',
      dataIndex: 'customerName',
      width: 0,
      ellipsis: { showTitle: true },
      render: (name: string | null) => name ?? <Typography.Text type="secondary">—</Typography.Text>,
    },
    {
      // R23: integer fen from the core, shown as yuan; right-aligned so the digits line up.
      title: '金额（元）',
      dataIndex: 'amountFen',
      width: 140,
      align: 'right',
      className: 'tabular-nums',
      // Need-to-know: absent for a post outside AMOUNT_READERS (a dash, as for no amount).
      render: (fen: number | null | undefined) => yuanOrDash(fen),
    },
    {
      title: tab === 'todo' ? '当前步骤' : '当前步骤/状态',
      key: 'step',
      dataIndex: undefined,
      width: 160,
      ellipsis: { showTitle: true },
      // 我发起的 rows carry the document's state key (no step): shown in the office's words (审批中, 已签订),
      // and a closed document says so (R19), whatever state it was closed in.
      render: (_: unknown, row) => row.stepName ?? (row.closed ? CLOSED_LABEL : stateLabel(row.docType, row.state)),
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
      className: 'tabular-nums',
      render: (at: string) => formatDateTime(at),
    },
  ]
}
