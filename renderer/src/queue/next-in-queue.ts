import type { QueueRow } from '../../../shared/api'
import { call } from '../api/client'
import { positionOf, rememberPosition } from './queue-position'

const LOOK = 5

/**
 * The next document of the same 待办 after the one just handled, as the core lists it now (newest
 * first): the row after the handled one's place, or — when it was the last, or was opened outside the
 * list — the first row still waiting. Null when the 待办 (with the same filter) is empty.
 */
export async function nextInQueue(handledDocumentId: number): Promise<QueueRow | null> {
  const position = positionOf(handledDocumentId)
  const question = { tab: 'todo' as const, filter: position?.tab === 'todo' ? position.filter : {} }
  const other = (rows: QueueRow[]) => rows.find((row) => row.documentId !== handledDocumentId) ?? null
  let next: QueueRow | null = null
  if (position?.tab === 'todo') {
    const after = await call('queue.list', { ...question, filter: question.filter, after: position.cursor, pageSize: LOOK })
    next = other(after.rows)
  }
  if (!next) next = other((await call('queue.list', { ...question, pageSize: LOOK })).rows)
  if (next) rememberPosition(next, question)
  return next
}
