import type { TableProps } from 'antd'
import type { ColumnType } from 'antd/es/table'
import { isValidElement, memo, useCallback, useEffect, useMemo, useRef, useState, type CSSProperties, type ReactNode, type UIEvent } from 'react'
import { openDocument } from './open-document'
import { useKeyboardRow } from './use-keyboard-row'
import type { QueueListRow } from './queue-rows-merge'
import { RowCheckbox, SELECT_COLUMN_KEY, type QueueSelection } from './queue-selection'

/** A column of the queue: every one has a width in pixels (the body lays cells out by it). */
export type QueueColumn = Omit<ColumnType<QueueListRow>, 'dataIndex' | 'width'> & { dataIndex: keyof QueueListRow | undefined; width: number }

/** What antd's table hands a custom body: the rows to show and its handles on the scroller. */
export type QueueBodyRender = Extract<NonNullable<NonNullable<TableProps<QueueListRow>['components']>['body']>, (...args: never[]) => unknown>
type TableScrollRef = Parameters<QueueBodyRender>[1]['ref']

/** Rows drawn above and below the view, so a short wheel turn (scrolled by the compositor before React draws) finds rows there. */
const OVERSCAN = 8
/** Ask for the next chunk while this many screens of loaded rows are still below the view. */
const LOAD_AHEAD_SCREENS = 2

export interface QueueBodyProps {
  rows: readonly QueueListRow[]
  columns: readonly QueueColumn[]
  /** Every row is this tall (one line per cell), so row n sits at n × rowHeight: no measuring. */
  rowHeight: number
  /** The scroller's height (antd's scroll.y). */
  height: number
  /** The header's scrollbar gutter; the last column gives it up so body and header line up. */
  scrollbarSize: number
  /** rc-table's handle on the scroller: it measures the scrollbar and keeps the header's scrollLeft in step. */
  tableRef: TableScrollRef
  /** Tells rc-table about horizontal moves (header and shadows follow). */
  onHorizontalScroll(info: { currentTarget: HTMLElement; scrollLeft: number }): void
  onNearEnd(): void
  /** A new question scrolls back to the top. */
  questionKey: string
  /** 待办's ticked rows (批量同意); absent on the other tabs. */
  selection?: QueueSelection
}

/**
 * The queue table's body (antd `components.body`): a plain virtual list of fixed-height rows in a
 * natively scrolling box, under antd's own header. It replaces antd's `virtual` body, whose every
 * cell subscribes to three table contexts: with rows entering at scrolling speed that allocated
 * ~1.7 MB a frame, and the young-generation collections it caused (20–35 ms each, every ~20 frames)
 * were the frames over 50 ms. Here a row is one memoised component of plain divs, drawn only when it
 * enters the view, into the element of a row that left. The class names are antd's virtual body's, so
 * antd's styles apply unchanged.
 */
export function QueueBody({ rows, columns, rowHeight, height, scrollbarSize, tableRef, onHorizontalScroll, onNearEnd, questionKey, selection }: QueueBodyProps) {
  const holderRef = useRef<HTMLDivElement | null>(null)
  const [first, setFirst] = useState(0)
  const left = useRef(0)

  const setHolder = useCallback(
    (element: HTMLDivElement | null) => {
      holderRef.current = element
      if (typeof tableRef === 'function') tableRef(element)
      else if (tableRef) tableRef.current = element
    },
    [tableRef],
  )

  const checkNearEnd = useCallback(() => {
    const holder = holderRef.current
    if (!holder) return
    if (holder.scrollHeight - holder.scrollTop - holder.clientHeight < holder.clientHeight * LOAD_AHEAD_SCREENS) onNearEnd()
  }, [onNearEnd])

  const onScroll = (event: UIEvent<HTMLDivElement>) => {
    const holder = event.currentTarget
    // React skips the render when the first row drawn stays the same.
    setFirst(Math.max(0, Math.floor(holder.scrollTop / rowHeight) - OVERSCAN))
    if (holder.scrollLeft !== left.current) {
      left.current = holder.scrollLeft
      onHorizontalScroll({ currentTarget: holder, scrollLeft: holder.scrollLeft })
    }
    checkNearEnd()
  }

  useEffect(() => {
    if (holderRef.current) holderRef.current.scrollTop = 0
  }, [questionKey])
  const openRow = useCallback((index: number) => openDocument(rows[index]!), [rows])
  const keyboard = useKeyboardRow(holderRef, rows.length, rowHeight, questionKey, openRow)
  // Look again after every answer: someone who dragged the scrollbar to the end is still waiting there.
  useEffect(checkNearEnd, [checkNearEnd, rows])

  const count = Math.min(rows.length, Math.ceil(height / rowHeight) + 2 * OVERSCAN)
  // A refresh can shorten the list under a scrolled view; the browser then scrolls up and says so.
  const start = Math.max(0, Math.min(first, rows.length - count))
  const width = columns.reduce((sum, column) => sum + column.width, 0) - scrollbarSize
  const grid = useMemo(() => columns.map((column, c) => `${c === columns.length - 1 ? column.width - scrollbarSize : column.width}px`).join(' '), [columns, scrollbarSize])
  const cellClasses = useMemo(() => columns.map(cellClass), [columns])

  // Row r is drawn in slot r mod count: as the view moves, a row that stays keeps its element, and a
  // row that enters takes over the element of one that left (new text, a new top) instead of React
  // creating seven cells and removing seven. Slots stay in one order, so nothing is moved in the DOM
  // (which is why, scrolled, the DOM's order of rows is a rotation of the screen's: find rows by place).
  const slots: ReactNode[] = new Array(count)
  for (let r = start; r < start + count; r++) {
    slots[r % count] = (
      <QueueBodyRow
        key={r % count}
        row={rows[r]!}
        index={r}
        active={r === keyboard.active}
        checked={selection?.selected.has(rows[r]!.documentId) ?? false}
        onToggle={selection?.toggle}
        columns={columns}
        cellClasses={cellClasses}
        grid={grid}
        height={rowHeight}
      />
    )
  }

  return (
    <div className="ant-table-tbody-virtual ant-table-tbody" style={{ position: 'relative' }}>
      <div
        ref={setHolder}
        className="ant-table-tbody-virtual-holder queue-list"
        style={{ maxHeight: height, overflowY: 'scroll', overflowX: 'auto', overflowAnchor: 'none' }}
        onScroll={onScroll}
        tabIndex={0}
        aria-label="单据列表：↑ ↓ 选择，回车打开"
        onKeyDown={keyboard.onKeyDown}
        data-testid="queue-list"
      >
        <div className="ant-table-tbody-virtual-holder-inner" style={{ height: rows.length * rowHeight, width, position: 'relative', overflow: 'hidden' }}>
          {slots}
        </div>
      </div>
    </div>
  )
}

/** rc-table's classes for a body cell of this column. */
function cellClass(column: QueueColumn): string {
  return ['ant-table-cell', column.className, column.ellipsis ? 'ant-table-cell-ellipsis' : ''].filter(Boolean).join(' ')
}

/** What rc-table shows as an ellipsis cell's tooltip: the text, or the text inside a single element. */
function titleOf(content: ReactNode): string | undefined {
  if (typeof content === 'string' || typeof content === 'number') return String(content)
  if (isValidElement<{ children?: unknown }>(content)) {
    const inner = content.props.children
    if (typeof inner === 'string' || typeof inner === 'number') return String(inner)
  }
  return undefined
}

interface RowProps {
  row: QueueListRow
  index: number
  /** Highlighted from the keyboard (useKeyboardRow). */
  active: boolean
  /** Ticked for 批量同意: a prop of its own, so ticking one row redraws that row only. */
  checked: boolean
  onToggle: QueueSelection['toggle'] | undefined
  columns: readonly QueueColumn[]
  cellClasses: readonly string[]
  /** The columns' widths as a grid template: one style on the row instead of a width on every cell. */
  grid: string
  height: number
}

/**
 * One queue row at its place in the list. Memoised: a row that stays in view is not drawn again as the
 * list scrolls or grows; a slot handed another row updates its text and its top.
 */
const QueueBodyRow = memo(function QueueBodyRow({ row, index, active, checked, onToggle, columns, cellClasses, grid, height }: RowProps) {
  const style: CSSProperties = { position: 'absolute', top: index * height, left: 0, right: 0, height, display: 'grid', gridTemplateColumns: grid }
  return (
    <div
      className={['ant-table-row', active ? 'queue-row-active' : '', row.overdue ? 'queue-row-overdue' : ''].filter(Boolean).join(' ')}
      style={style}
      aria-selected={active}
      data-testid={`queue-row-${row.docNo}`}
      data-overdue={row.overdue ? 'true' : undefined}
      onClick={() => openDocument(row)}
    >
      {columns.map((column, c) => {
        const value = column.dataIndex === undefined ? undefined : row[column.dataIndex]
        const content: ReactNode =
          column.key === SELECT_COLUMN_KEY && onToggle ? <RowCheckbox row={row} checked={checked} onToggle={onToggle} />
          : column.render ? (column.render(value, row, index) as ReactNode) : (value as ReactNode)
        return (
          <div
            key={c}
            className={cellClasses[c]}
            title={column.ellipsis ? titleOf(content) : undefined}
            style={column.align ? { textAlign: column.align } : undefined}
          >
            {content}
          </div>
        )
      })}
    </div>
  )
})
