import { Flex, Spin, Table, theme as antdTheme, Typography, type TableRef } from 'antd'
import { memo, useCallback, useEffect, useMemo, useRef, type ReactNode } from 'react'
import type { QueueTab } from '../../../shared/api'
import { theme } from '../app/theme'
import { openDocument } from './open-document'
import { queueColumns } from './queue-columns'
import type { QueueListRow } from './queue-rows-merge'
import { useFillHeight } from './use-fill-height'

/** Under the 共 N 条 line: the content's bottom padding (16), the card body's (24) and its border (1). */
const PAGE_BELOW = 41
/** The line under the table: 共 N 条 and the loading indicator. */
const FOOTER_HEIGHT = 32
/** Below this the page scrolls instead: at least six rows stay in view on a very short window. */
const MIN_BODY = 240
/** Ask for the next chunk while this many screens of loaded rows are still below the view. */
const LOAD_AHEAD_SCREENS = 2

/**
 * The height of one row as it renders. antd estimates a small virtual row from the global paddingXS
 * (39 px) while the theme pads small cells by 7 px (37 px): every row the list measures would then
 * shrink the scroll height, so the scrollbar drifts and a scroll position lands hundreds of rows
 * further down than it did a moment before. antd passes unknown props on to rc-table, where
 * `listItemHeight` is the virtual list's estimate.
 */
function useRowHeight(): number {
  const { token } = antdTheme.useToken()
  const padding = theme.components?.Table?.cellPaddingBlockSM ?? token.paddingXS
  return padding * 2 + Math.floor(token.fontSize * token.lineHeight) + token.lineWidth
}

interface QueueTableProps {
  tab: QueueTab
  /** The question the rows answer; a new one scrolls back to the top. */
  questionKey: string
  rows: QueueListRow[]
  total: number
  loadingFirst: boolean
  loadingMore: boolean
  empty: ReactNode
  onNearEnd(): void
}

/**
 * The queue as one virtual table that fills the window under the filters: only the rows in view are
 * in the DOM, so ten thousand loaded rows scroll like fifty. More rows are asked for as the user
 * nears the end of what is loaded; there is no pager.
 */
export const QueueTable = memo(function QueueTable({ tab, questionKey, rows, total, loadingFirst, loadingMore, empty, onNearEnd }: QueueTableProps) {
  const tableRef = useRef<TableRef>(null)
  const rowHeight = useRowHeight()
  // The header row is padded like the body rows, so it is one row high.
  const [wrapRef, fill] = useFillHeight<HTMLDivElement>(PAGE_BELOW + FOOTER_HEIGHT, rowHeight + MIN_BODY)
  const columns = useMemo(() => queueColumns(tab), [tab])
  const virtualRow: object = useMemo(() => ({ listItemHeight: rowHeight }), [rowHeight])

  useEffect(() => {
    tableRef.current?.scrollTo({ top: 0 })
  }, [questionKey])

  // Read from the virtual list's own scroller: antd also calls onScroll for horizontal moves with a
  // stand-in element whose numbers would always look like "at the end".
  const checkNearEnd = useCallback(() => {
    const holder = wrapRef.current?.querySelector<HTMLElement>('.ant-table-tbody-virtual-holder')
    if (!holder) return
    const below = holder.scrollHeight - holder.scrollTop - holder.clientHeight
    if (below < holder.clientHeight * LOAD_AHEAD_SCREENS) onNearEnd()
  }, [wrapRef, onNearEnd])
  // Look again after every answer: someone who dragged the scrollbar to the end is still waiting there.
  useEffect(checkNearEnd, [checkNearEnd, rows, loadingFirst, loadingMore])

  return (
    <div ref={wrapRef}>
      <Table<QueueListRow>
        ref={tableRef}
        virtual
        {...virtualRow}
        className="clickable-rows"
        size="small"
        rowKey="key"
        columns={columns}
        dataSource={rows}
        loading={loadingFirst}
        locale={{ emptyText: empty }}
        // Virtual tables want both numbers: x keeps the columns readable on a narrow window.
        scroll={{ x: 1000, y: fill - rowHeight }}
        onScroll={checkNearEnd}
        onRow={(row) => ({ onClick: () => openDocument(row), 'data-testid': `queue-row-${row.docNo}` })}
        pagination={false}
        data-testid="queue-table"
      />
      <Flex
        align="center"
        justify="space-between"
        gap={16}
        style={{ height: FOOTER_HEIGHT }}
        data-testid="queue-footer"
        data-loaded={rows.length}
        data-total={total}
      >
        <Typography.Text type="secondary">
          {loadingMore ? (
            <Flex align="center" gap={8} data-testid="queue-loading-more">
              <Spin size="small" />
              正在加载更多…
            </Flex>
          ) : rows.length > 0 && rows.length < total ? (
            `已载入 ${rows.length.toLocaleString('zh-CN')} 条，向下滚动继续加载`
          ) : null}
        </Typography.Text>
        <Typography.Text className="tabular-nums" data-testid="queue-total">
          共 {total.toLocaleString('zh-CN')} 条
        </Typography.Text>
      </Flex>
    </div>
  )
})
