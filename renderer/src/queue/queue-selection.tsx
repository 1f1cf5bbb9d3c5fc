import type { ReactNode } from 'react'
import type { QueueColumn } from './queue-body'
import type { QueueListRow } from './queue-rows-merge'

/** The 待办 rows a signer ticked for 批量同意, by document (one task per document is open for them). */
export interface QueueSelection {
  selected: ReadonlySet<number>
  toggle(row: QueueListRow): void
}

export const SELECT_COLUMN_KEY = 'select'
export const SELECT_COLUMN_WIDTH = 40

/** The ticking column, first: its header ticks every loaded row; each row's box is drawn by the body (queue-body.tsx). */
export function selectColumn(header: ReactNode): QueueColumn {
  return { key: SELECT_COLUMN_KEY, title: header, dataIndex: undefined, width: SELECT_COLUMN_WIDTH, align: 'center' }
}

/**
 * A row's box: a click on it ticks, never opens the document as a click on the row does. A native
 * checkbox (styled by accent-color in styles.css), not antd's: rows enter the view at scrolling speed,
 * and antd's Checkbox brings a component tree and a wave effect per row (queue-body.tsx on frame cost).
 */
export function RowCheckbox({ row, checked, onToggle }: { row: QueueListRow; checked: boolean; onToggle(row: QueueListRow): void }) {
  return (
    <input
      type="checkbox"
      className="queue-row-check"
      checked={checked}
      onClick={(event) => event.stopPropagation()}
      onChange={() => onToggle(row)}
      aria-label={`选择 ${row.docNo}`}
      data-testid={`queue-select-${row.docNo}`}
    />
  )
}
