import type { QueuePosition, QueueRow } from '../../../shared/api'

/*
 * Pure list arithmetic for the incrementally loaded queue. The core answers the rows after a cursor
 * (newest first), and a refresh lays a fresh head over rows loaded earlier, so the same row can meet
 * itself twice. Everything here works on row keys and positions only, never on the core's sort order,
 * so it stays right if the core's ORDER BY changes.
 */

/** A queue row with its table key, made once when it arrives. */
export interface QueueListRow extends QueueRow {
  /**
   * One row per task (待办, 已办) or per document (我发起的, no task). Kept on the row rather than
   * computed by a rowKey function: the virtual list looks up every loaded row's key on every scrolled
   * frame, and 10,000 fresh strings per frame (hashed and collected) cost more than the rows shown.
   */
  key: string
}

export function withKeys(rows: readonly QueueRow[]): QueueListRow[] {
  return rows.map((row) => ({ ...row, key: `${row.taskId ?? 'doc'}-${row.documentId}` }))
}

/** `next` after `loaded`, without rows already shown. */
export function appendChunk(loaded: readonly QueueListRow[], next: readonly QueueListRow[]): { rows: QueueListRow[]; added: number } {
  const seen = new Set(loaded.map((row) => row.key))
  const fresh = next.filter((row) => {
    if (seen.has(row.key)) return false
    seen.add(row.key)
    return true
  })
  return { rows: fresh.length ? [...loaded, ...fresh] : [...loaded], added: fresh.length }
}

/**
 * A refreshed head (the first chunks, fetched again) laid over a long loaded list, keeping the rows
 * below it so the user's scroll position survives.
 *
 * The head's last row is the seam: rows after it in the old list are still below the head (their
 * order never changes: a row's time is fixed once it exists); rows before it that the head no longer
 * has were closed or withdrawn meanwhile and are dropped. Without a seam (the whole head is new, or
 * the old list is shorter) the head alone is the truth we know.
 */
export function mergeHead(loaded: readonly QueueListRow[], head: readonly QueueListRow[]): QueueListRow[] {
  const last = head.at(-1)
  if (!last) return []
  const seam = loaded.findIndex((row) => row.key === last.key)
  if (seam < 0) return [...head]
  return appendChunk(head, loaded.slice(seam + 1)).rows
}

/**
 * The same rows in the same order with the same values. A refresh that changed nothing keeps the old
 * list, so the page does not re-render every 15 s (a re-render redraws every row in view: a dropped
 * frame in the middle of a scroll).
 */
export function sameRows(a: readonly QueueListRow[], b: readonly QueueListRow[]): boolean {
  if (a.length !== b.length) return false
  for (let i = 0; i < a.length; i++) {
    const x = a[i]!
    const y = b[i]!
    if (x === y) continue
    for (const field of Object.keys(x) as Array<keyof QueueListRow>) {
      if (x[field] !== y[field] && !(field === 'now' && samePosition(x.now, y.now))) return false
    }
  }
  return true
}

/** Where a document is now arrives as a fresh object on every read: the same place is the same row. */
function samePosition(a: QueuePosition | undefined, b: QueuePosition | undefined): boolean {
  if (!a || !b) return a === b
  return (
    a.state === b.state && a.closed === b.closed && a.steps.join('\n') === b.steps.join('\n') && a.holders.join('\n') === b.holders.join('\n') &&
    a.madeInto?.docNo === b.madeInto?.docNo
  )
}
