import type { EntityManager } from 'typeorm'
import type { QueuePosition, QueueRow } from '../../../shared/api'
import type { DocumentType } from '../../../shared/document-number'
import { ROLES } from '../../../shared/roles'
import { readRows } from '../db/driver-query'
import type { QueueSql } from './queue-sql'

/**
 * Where the documents of a 已办 or 我发起的 page are now: their state, the open tasks (whose desk), and a
 * live document made from them (an approved application's contract, R24). A second statement after the
 * page, by primary key and by idx_tasks_document / idx_document_links_to: the page's own query (and its
 * plan, and the benchmark's floor) stays as it is, and this costs a few index lookups per row.
 */

/** Id lists are padded to one of these lengths (repeating the last id): one SQL text per size, prepared once. */
const ID_BUCKETS = [10, 50, 200, 500]
export const POSITION_CHUNK = ID_BUCKETS[ID_BUCKETS.length - 1]!

function padded(ids: readonly number[]): number[] {
  const size = ID_BUCKETS.find((b) => b >= ids.length) ?? ids.length
  return [...ids, ...Array<number>(size - ids.length).fill(ids[ids.length - 1]!)]
}

/** States from which a dependant no longer stands for its source (as links.ts: voided or reversed). */
const DEAD_STATES = ['voided', 'reversed']
/** States in which the document waits on its drafter, who revises and resubmits (or lets it rest). */
const BACK_WITH_DRAFTER = ['draft', 'rejected', 'withdrawn']

export function documentsNowSql(ids: readonly number[]): QueueSql {
  return {
    // The dependant is sought per document (a correlated lookup on idx_document_links_to): a join would let
    // PostgreSQL hash the whole links table, which grows with every contract, dispatch and payment.
    sql: `SELECT d.id, d.state, d.closed_at, d.drafter_name,
        (SELECT x.doc_type || ' ' || x.doc_no FROM document_links l JOIN documents x ON x.id = l.from_document_id
          WHERE l.to_document_id = d.id AND l.kind = 'madeFrom' AND x.state NOT IN (:...dead) ORDER BY l.from_document_id LIMIT 1) AS made
      FROM documents d WHERE d.id IN (:...ids)`,
    params: { ids: padded(ids), dead: DEAD_STATES },
  }
}

/** The open tasks of the documents, as at `asOf` when given: a raise scheduled ahead (R13) is nobody's desk yet. */
export function openTasksSql(ids: readonly number[], asOf?: string): QueueSql {
  return {
    sql: `SELECT t.document_id, t.step_name, t.role, u.name AS assignee_name
      FROM tasks t LEFT JOIN users u ON u.id = t.assignee_user_id
      WHERE t.document_id IN (:...ids) AND t.closed_at IS NULL${asOf ? ' AND t.opened_at <= :asOf' : ''} ORDER BY t.document_id, t.id`,
    params: { ids: padded(ids), ...(asOf ? { asOf } : {}) },
  }
}

interface DocumentNow { id: number; state: string; closed_at: string | null; drafter_name: string; made: string | null }

/** "contract HT2026110001" (type and number in one column: one subquery, not two) as the row's madeInto. */
function madeInto(made: string | null): QueuePosition['madeInto'] {
  if (!made) return null
  const [docType, docNo] = made.split(' ')
  return { docType: docType as DocumentType, docNo: docNo! }
}
interface OpenTask { document_id: number; step_name: string; role: string | null; assignee_name: string | null }

const roleName = (role: string | null) => (role === null ? null : ((ROLES as Record<string, string>)[role] ?? role))
const addOnce = (list: string[], value: string | null) => {
  if (value !== null && !list.includes(value)) list.push(value)
}

async function positionsOf(em: EntityManager, ids: readonly number[], asOf?: string): Promise<Map<number, QueuePosition>> {
  const query = (q: QueueSql) => readRows(em, q.sql, q.params)
  const documents = (await query(documentsNowSql(ids))) as DocumentNow[]
  const tasks = (await query(openTasksSql(ids, asOf))) as OpenTask[]
  const positions = new Map<number, QueuePosition>()
  for (const d of documents) {
    const id = Number(d.id)
    const closed = d.closed_at !== null
    positions.set(id, {
      state: d.state, closed, steps: [],
      holders: [],
      madeInto: madeInto(d.made),
    })
  }
  for (const t of tasks) {
    const position = positions.get(Number(t.document_id))
    if (!position) continue
    addOnce(position.steps, t.step_name)
    addOnce(position.holders, t.assignee_name ?? roleName(t.role))
  }
  // A rejected or withdrawn document waits on its drafter even where no task names them.
  for (const d of documents) {
    const position = positions.get(Number(d.id))!
    if (!position.closed && !position.holders.length && BACK_WITH_DRAFTER.includes(position.state)) position.holders.push(d.drafter_name)
  }
  return positions
}

/** The rows with `now` filled in, in chunks of at most POSITION_CHUNK documents per statement. */
export async function withPositions(em: EntityManager, rows: QueueRow[], asOf?: string): Promise<QueueRow[]> {
  const ids = [...new Set(rows.map((r) => r.documentId))]
  const positions = new Map<number, QueuePosition>()
  for (let i = 0; i < ids.length; i += POSITION_CHUNK) {
    for (const [id, position] of await positionsOf(em, ids.slice(i, i + POSITION_CHUNK), asOf)) positions.set(id, position)
  }
  return rows.map((row) => {
    const now = positions.get(row.documentId)
    return now ? { ...row, now } : row
  })
}
