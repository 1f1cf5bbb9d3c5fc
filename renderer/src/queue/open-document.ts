import type { QueueRow } from '../../../shared/api'

/**
 * Opens the document behind a queue row. Document pages arrive with their own issues (one folder per
 * document type); until then a click deliberately does nothing rather than show a fake page.
 */
export function openDocument(_row: QueueRow): void {}
