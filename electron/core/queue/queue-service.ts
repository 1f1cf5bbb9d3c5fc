import type { EntityManager, SelectQueryBuilder } from 'typeorm'
import type { QueueCounts, QueueFilter, QueuePage, QueueRow, QueueTab } from '../../../shared/api'
import type { DocumentType } from '../../../shared/document-number'
import type { SignedInUser } from '../auth/signed-in-user'
import { DocumentEntity, TaskEntity, type DocumentRow, type TaskRow } from '../db/entities'
import { applyQueueFilter } from './queue-filters'

/**
 * 待办: open tasks named to me, or to a role I hold and no one in particular. The partial indexes on
 * open tasks (closed_at IS NULL) keep this one indexed query at any amount of history.
 */
function todoQuery(em: EntityManager, user: SignedInUser, filter?: QueueFilter): SelectQueryBuilder<TaskRow> {
  // Two seeks, one per partial index, instead of an OR that makes SQLite walk every open task.
  const qb = em
    .createQueryBuilder(TaskEntity, 't')
    .where(
      `t.id IN (SELECT id FROM tasks WHERE closed_at IS NULL AND assignee_user_id = :me
        UNION ALL SELECT id FROM tasks WHERE closed_at IS NULL AND assignee_user_id IS NULL AND role IN (:...roles))`,
      { me: user.id, roles: user.roles },
    )
  return applyQueueFilter(qb, 't', 'opened_at', filter)
}

/** 已办: every task I closed, newest first. */
function doneQuery(em: EntityManager, user: SignedInUser, filter?: QueueFilter): SelectQueryBuilder<TaskRow> {
  const qb = em.createQueryBuilder(TaskEntity, 't').where('t.closed_by_user_id = :me', { me: user.id })
  return applyQueueFilter(qb, 't', 'closed_at', filter)
}

/** 我发起的: documents I drafted. */
function startedQuery(em: EntityManager, user: SignedInUser, filter?: QueueFilter): SelectQueryBuilder<DocumentRow> {
  const qb = em.createQueryBuilder(DocumentEntity, 'd').where('d.drafter_user_id = :me', { me: user.id })
  return applyQueueFilter(qb, 'd', 'created_at', filter)
}

function fromTask(t: TaskRow, at: string): QueueRow {
  return {
    taskId: t.id, documentId: t.documentId, docType: t.docType as DocumentType, docNo: t.docNo, title: t.title,
    customerName: t.customerName, amountFen: t.amountFen, state: t.closedAction ?? 'open', stepName: t.stepName,
    drafterName: t.drafterName, at,
  }
}

function fromDocument(d: DocumentRow): QueueRow {
  return {
    taskId: null, documentId: d.id, docType: d.docType as DocumentType, docNo: d.docNo, title: d.title,
    customerName: d.customerName, amountFen: d.amountFen, state: d.state, stepName: null, drafterName: d.drafterName,
    at: d.createdAt,
  }
}

/** The exact query behind one page of a tab, newest first (exported so tests can read its plan). */
export function pageQuery(em: EntityManager, user: SignedInUser, tab: QueueTab, filter: QueueFilter | undefined) {
  return tab === 'started' ? startedPageQuery(em, user, filter) : taskPageQuery(em, user, tab, filter)
}

function startedPageQuery(em: EntityManager, user: SignedInUser, filter: QueueFilter | undefined) {
  return startedQuery(em, user, filter).orderBy('d.created_at', 'DESC').addOrderBy('d.id', 'DESC')
}

function taskPageQuery(em: EntityManager, user: SignedInUser, tab: 'todo' | 'done', filter: QueueFilter | undefined) {
  const column = tab === 'todo' ? 'opened_at' : 'closed_at'
  const qb = tab === 'todo' ? todoQuery(em, user, filter) : doneQuery(em, user, filter)
  return qb.orderBy(`t.${column}`, 'DESC').addOrderBy('t.id', 'DESC')
}

export async function queuePage(
  em: EntityManager,
  user: SignedInUser,
  tab: QueueTab,
  filter: QueueFilter | undefined,
  page: number,
  pageSize: number,
): Promise<QueuePage> {
  const skip = (page - 1) * pageSize
  const total = await countQuery(em, user, tab, filter).getCount()
  if (tab === 'started') {
    const rows = await startedPageQuery(em, user, filter).offset(skip).limit(pageSize).getMany()
    return { rows: rows.map(fromDocument), total }
  }
  const rows = await taskPageQuery(em, user, tab, filter).offset(skip).limit(pageSize).getMany()
  return { rows: rows.map((t) => fromTask(t, (tab === 'todo' ? t.openedAt : t.closedAt) ?? t.openedAt)), total }
}

/** The query behind one tab's count badge. */
export function countQuery(em: EntityManager, user: SignedInUser, tab: QueueTab, filter: QueueFilter | undefined) {
  return tab === 'todo' ? todoQuery(em, user, filter) : tab === 'done' ? doneQuery(em, user, filter) : startedQuery(em, user, filter)
}

export async function queueCounts(em: EntityManager, user: SignedInUser, filter?: QueueFilter): Promise<QueueCounts> {
  const [todo, done, started] = await Promise.all([
    countQuery(em, user, 'todo', filter).getCount(),
    countQuery(em, user, 'done', filter).getCount(),
    countQuery(em, user, 'started', filter).getCount(),
  ])
  return { todo, done, started }
}
