import { cursorOf, type QueueCursor, type QueueFilter, type QueueRow, type QueueTab } from '../../../shared/api'

/**
 * Where the user opened a document from: the list (tab and filter) and the row's place in its order.
 * Only the place is kept; 同意并处理下一条 asks the core for the row after it (next-in-queue.ts), so the
 * answer is today's list, not what this window loaded minutes ago.
 */
export interface QueuePosition {
  tab: QueueTab
  filter: QueueFilter
  cursor: QueueCursor
  documentId: number
}

const KEY = 'queue-position'
let question: { tab: QueueTab; filter: QueueFilter } = { tab: 'todo', filter: {} }

/** The queue page says which list it shows, so a row opened from it knows its list. */
export function setQueueQuestion(tab: QueueTab, filter: QueueFilter): void {
  question = { tab, filter }
}

export function rememberPosition(row: QueueRow, from = question): void {
  const position: QueuePosition = { ...from, cursor: cursorOf(row), documentId: row.documentId }
  sessionStorage.setItem(KEY, JSON.stringify(position))
}

/** The place of this document in the list it was opened from; null when it was opened another way. */
export function positionOf(documentId: number): QueuePosition | null {
  const text = sessionStorage.getItem(KEY)
  if (!text) return null
  try {
    const position = JSON.parse(text) as QueuePosition
    return position.documentId === documentId ? position : null
  } catch {
    return null
  }
}
