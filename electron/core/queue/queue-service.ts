import type { EntityManager } from 'typeorm'
import { QUEUE_COUNT_CAP, type QueueCounts, type QueueCursor, type QueueFilter, type QueuePage, type QueueRow, type QueueTab } from '../../../shared/api'
import type { DocumentType } from '../../../shared/document-number'
import { fenFromDatabase } from '../../../shared/money'
import { readRows } from '../db/driver-query'
import { withPositions } from './queue-position'
import { searchEngineOf } from '../search/infix-search'
import { queueCountSql, queuePageSql, type QueueSql, type QueueUser } from './queue-sql'

/** A row as SQLite returns it: the queue maps columns itself instead of hydrating entities. */
type Raw = Record<string, unknown>

const text = (value: unknown) => value as string
const nullableText = (value: unknown) => (value === null ? null : (value as string))

/** R13: a task due by an instant is overdue once the desk's clock is past it (the row is red); never on 已办. */
const overdueAt = (t: Raw, tab: 'todo' | 'done', asOf: string | undefined) =>
  tab === 'todo' && t.due_at != null && asOf !== undefined && asOf > text(t.due_at)

function fromTask(t: Raw, tab: 'todo' | 'done', asOf?: string): QueueRow {
  const due = nullableText(t.due_at ?? null)
  return {
    ...(due !== null ? { dueAt: due, overdue: overdueAt(t, tab, asOf) } : {}),
    taskId: Number(t.id), documentId: Number(t.document_id), docType: t.doc_type as DocumentType, docNo: text(t.doc_no),
    title: text(t.title), customerName: nullableText(t.customer_name), amountFen: fenFromDatabase(t.amount_fen),
    state: nullableText(t.closed_action) ?? 'open', closed: false, stepName: nullableText(t.step_name), drafterName: text(t.drafter_name),
    at: tab === 'todo' ? text(t.opened_at) : (nullableText(t.closed_at) ?? text(t.opened_at)),
    ...(tab === 'done' ? { decision: nullableText(t.closed_action) } : {}),
  }
}

function fromDocument(d: Raw): QueueRow {
  return {
    taskId: null, documentId: Number(d.id), docType: d.doc_type as DocumentType, docNo: text(d.doc_no), title: text(d.title),
    customerName: nullableText(d.customer_name), amountFen: fenFromDatabase(d.amount_fen), state: text(d.state),
    closed: d.closed_at !== null, stepName: null, drafterName: text(d.drafter_name), at: text(d.created_at),
  }
}

const run = (em: EntityManager, query: QueueSql): Promise<Raw[]> => readRows<Raw>(em, query.sql, query.params)

export async function countOf(em: EntityManager, user: QueueUser, tab: QueueTab, filter: QueueFilter | undefined, cap?: number): Promise<number> {
  const [row] = await run(em, queueCountSql(searchEngineOf(em), user, tab, filter, cap))
  return Number(row?.n ?? 0)
}

/** A first page, not after a cursor, with room left holds every row of the list: its length is the total. */
export const isWholeList = (offset: number, pageSize: number, rows: number, after?: QueueCursor) => offset === 0 && !after && rows < pageSize

export async function queuePage(
  em: EntityManager,
  user: QueueUser,
  tab: QueueTab,
  filter: QueueFilter | undefined,
  page: number,
  pageSize: number,
  after?: QueueCursor,
): Promise<QueuePage> {
  const offset = (page - 1) * pageSize
  let total: number
  let raws: Raw[]
  if (tab === 'todo') {
    // 待办's page does not depend on its count (已办 and 我发起的 choose their plan by it): the page first,
    // and the count only when the page cannot be the whole list — a first page with room left is (a narrow
    // search of thousands of open tasks: one walk of them instead of two).
    raws = await run(em, queuePageSql(searchEngineOf(em), user, tab, filter, { offset, limit: pageSize, matches: 0, after }))
    total = isWholeList(offset, pageSize, raws.length, after) ? raws.length : await countOf(em, user, tab, filter)
  } else {
    total = await countOf(em, user, tab, filter)
    if (offset >= total) return { rows: [], total }
    raws = await run(em, queuePageSql(searchEngineOf(em), user, tab, filter, { offset, limit: pageSize, matches: total, after }))
  }
  const rows = tab === 'started' ? raws.map(fromDocument) : raws.map((t) => fromTask(t, tab, user.asOf))
  // 待办 rows are on my own desk; 已办 and 我发起的 say where the document went since.
  return { rows: tab === 'todo' ? rows : await withPositions(em, rows, user.asOf), total }
}

export async function queueCounts(em: EntityManager, user: QueueUser, filter?: QueueFilter): Promise<QueueCounts> {
  // One connection answers in turn: three awaits in a row cost the same as Promise.all and read plainer.
  const todo = await countOf(em, user, 'todo', filter, QUEUE_COUNT_CAP)
  const done = await countOf(em, user, 'done', filter, QUEUE_COUNT_CAP)
  const started = await countOf(em, user, 'started', filter, QUEUE_COUNT_CAP)
  return { todo, done, started }
}
