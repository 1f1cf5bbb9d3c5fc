import type { QueueRow } from '../../../shared/api'

/**
 * Opens the document behind a queue row on its page (#/documents/{documentId}, one page for every type).
 * The queue columns call this outside React's router hooks; the HashRouter follows the hash change.
 */
export function openDocument(row: QueueRow): void {
  window.location.hash = `#/documents/${row.documentId}`
}
