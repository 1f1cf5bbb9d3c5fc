import type { QueueRow } from '../../../shared/api'
import { rememberPosition } from './queue-position'

/**
 * Opens the document behind a queue row on its page (#/documents/{documentId}, one page for every type).
 * The queue columns call this outside React's router hooks; the HashRouter follows the hash change.
 * Its place in the list is kept for 同意并处理下一条 (queue-position.ts).
 */
export function openDocument(row: QueueRow): void {
  rememberPosition(row)
  window.location.hash = `#/documents/${row.documentId}`
}
