import { Table, theme as antdTheme } from 'antd'
import { memo, useMemo, type ReactNode } from 'react'
import type { QueueTab } from '../../../shared/api'
import { theme } from '../app/theme'
import { QueueBody, type QueueBodyRender } from './queue-body'
import { queueColumns } from './queue-columns'
import { FOOTER_HEIGHT } from './queue-footer'
import type { QueueListRow } from './queue-rows-merge'
import { selectColumn, SELECT_COLUMN_WIDTH, type QueueSelection } from './queue-selection'
import { useFillHeight, type FillGuess } from './use-fill-height'
import { CONTENT_PADDING_X, siderWidth } from '../layout/layout-sizes'

/** Under the 共 N 条 line: the content's bottom padding (16), the card body's (24) and its border (1). */
const PAGE_BELOW = 41
/** The queue card's border and body padding, left and right (antd Card: 1 + 24 each side). */
const CARD_INSET_X = 2 * (1 + 24)
/**
 * Where the table starts on the home page as laid out: under the header, the tabs and one row of filters
 * (180.2 px at 1280 to 1920 px wide, sider folded or not; any value in (180, 181) gives the same height).
 * Only a guess (use-fill-height.ts): filters wrapped on a narrow window or an error bar above move it, and
 * the measure corrects it before the first paint.
 */
const GUESSED_TOP = 180.5
const guessBox = (): FillGuess => ({ top: GUESSED_TOP, width: window.innerWidth - siderWidth() - 2 * CONTENT_PADDING_X - CARD_INSET_X })
/** Below this the page scrolls instead: at least six rows stay in view on a very short window. */
const MIN_BODY = 240

/**
 * The height of one row as it renders: the theme pads small cells by 7 px (antd's own estimate for a
 * small row is 39 px from paddingXS). The body places row n at n × this height, so it must be exact.
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
  loadingFirst: boolean
  empty: ReactNode
  onNearEnd(): void
  /** 待办: rows may be ticked for 批量同意, with this header (tick all loaded). */
  selection?: QueueSelection & { header: ReactNode }
}

/**
 * The queue as one table that fills the window under the filters: antd's header, and a virtual body
 * of our own (QueueBody: only the rows in view are in the DOM, so ten thousand loaded rows scroll like
 * fifty). More rows are asked for as the user nears the end of what is loaded; there is no pager.
 */
export const QueueTable = memo(function QueueTable({ tab, questionKey, rows, loadingFirst, empty, onNearEnd, selection }: QueueTableProps) {
  const rowHeight = useRowHeight()
  // The header row is padded like the body rows, so it is one row high.
  const [wrapRef, fill, width] = useFillHeight<HTMLDivElement>(PAGE_BELOW + FOOTER_HEIGHT, rowHeight + MIN_BODY, guessBox)
  const selectHeader = selection?.header
  const columns = useMemo(
    () => (selectHeader === undefined ? queueColumns(tab, width) : [selectColumn(selectHeader), ...queueColumns(tab, width - SELECT_COLUMN_WIDTH)]),
    [tab, width, selectHeader],
  )
  const bodyHeight = fill - rowHeight
  const tableWidth = columns.reduce((sum, column) => sum + column.width, 0)

  const body = useMemo<QueueBodyRender>(
    () => (data, info) => (
      <QueueBody
        rows={data}
        columns={columns}
        rowHeight={rowHeight}
        height={bodyHeight}
        scrollbarSize={info.scrollbarSize}
        tableRef={info.ref}
        onHorizontalScroll={info.onScroll}
        onNearEnd={onNearEnd}
        questionKey={questionKey}
        selection={selection}
      />
    ),
    [columns, rowHeight, bodyHeight, onNearEnd, questionKey, selection],
  )
  // No rows: antd's own body, which shows the empty text (as antd's virtual table does).
  const hasRows = rows.length > 0
  const components = useMemo(() => (hasRows ? { body } : undefined), [hasRows, body])
  const locale = useMemo(() => ({ emptyText: empty }), [empty])
  const scroll = useMemo(() => ({ x: tableWidth, y: bodyHeight }), [tableWidth, bodyHeight])

  // No width (no guess): the table would be built for a zero width and at once built again at the
  // measured size, with a layout of the page for each; only the wrapper until it is measured (issue 10).
  if (width === 0) return <div ref={wrapRef} />
  return (
    <div ref={wrapRef}>
      <Table<QueueListRow>
        className="clickable-rows"
        size="small"
        rowKey="key"
        columns={columns}
        dataSource={rows}
        loading={loadingFirst}
        locale={locale}
        scroll={scroll}
        components={components}
        pagination={false}
        data-testid="queue-table"
      />
    </div>
  )
})
