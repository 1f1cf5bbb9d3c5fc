import { Typography } from 'antd'
import type { QueueRow, QueueTab } from '../../../shared/api'
import { stateLabel } from '../../../shared/doc-types'
import { CLOSED_LABEL } from '../../../shared/document-states'
import { docTypeLabel } from '../doc-types/labels'
import { formatDateTime } from '../format/datetime'
import { yuanOrDash } from '../format/guarded-yuan'
import type { QueueColumn } from './queue-body'
import { HandledCell, StepCell, WhereNowCell } from './queue-position-cells'

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
      width: 130,
      // On the cell, not a span inside it: one element fewer per cell to style and lay out while scrolling.
      className: 'tabular-nums',
    },
    {
      title: '单据类型',
      dataIndex: 'docType',
      width: 96,
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
      width: 124,
      align: 'right',
      className: 'tabular-nums',
      // Need-to-know: absent for a post outside AMOUNT_READERS (a dash, as for no amount).
      render: (fen: number | null | undefined) => yuanOrDash(fen),
    },
    ...STEP_COLUMNS[tab],
    // 我发起的 are all mine: the column would repeat my name on every row. 已办 gives its width to 当前位置
    // (at 1366 px "已转合同 销售合同 HT…" must show whole); a rejected document names its drafter there anyway.
    ...(tab !== 'todo' ? [] : [{ title: '发起人', dataIndex: 'drafterName' as const, width: 70, ellipsis: { showTitle: true } }]),
    {
      title: TIME_TITLES[tab],
      dataIndex: 'at',
      width: 140,
      className: 'tabular-nums',
      render: (at: string) => formatDateTime(at),
    },
  ]
}

/** Each tab's middle: the step waiting on me (待办), what I did and where it is now (已办), its state and whose desk (我发起的). */
const STEP_COLUMNS: Record<QueueTab, QueueColumn[]> = {
  todo: [{ title: '当前步骤', key: 'step', dataIndex: 'stepName', width: 170, ellipsis: { showTitle: true }, render: (_: unknown, row) => <StepCell row={row} /> }],
  done: [
    { title: '我办理的', key: 'handled', dataIndex: undefined, width: 150, ellipsis: true, render: (_: unknown, row) => <HandledCell row={row} /> },
    { title: '当前位置', key: 'now', dataIndex: undefined, width: 260, ellipsis: true, render: (_: unknown, row) => <WhereNowCell row={row} withState /> },
  ],
  started: [
    {
      title: '状态',
      key: 'state',
      dataIndex: undefined,
      width: 96,
      // The state key in the office's words (审批中, 已签订); a closed document says so (R19), whatever state it was closed in.
      render: (_: unknown, row) => (row.closed ? CLOSED_LABEL : stateLabel(row.docType, row.state)),
    },
    { title: '当前位置', key: 'now', dataIndex: undefined, width: 250, ellipsis: true, render: (_: unknown, row) => <WhereNowCell row={row} withState={false} /> },
  ],
}
