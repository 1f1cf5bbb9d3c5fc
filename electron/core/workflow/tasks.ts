import type { EntityManager } from 'typeorm'
import { TaskEntity, type DocumentRow } from '../db/entities'
import { insertRow, runWrite } from '../db/write-rows'
import type { TaskToOpen } from './transition'

/**
 * Acting closes the document's open tasks for every holder of the role (DESIGN.md "Queues are rows");
 * a countersign signature closes only the signer's role's task, the others still wait.
 */
export async function closeOpenTasks(em: EntityManager, documentId: number, by: number, action: string, at: Date, role?: string): Promise<void> {
  await runWrite(
    em,
    `UPDATE tasks SET closed_at = :closedAt, closed_by_user_id = :by, closed_action = :action
     WHERE document_id = :documentId AND closed_at IS NULL${role !== undefined ? ' AND role = :role' : ''}`,
    { closedAt: at.toISOString(), by, action, documentId, ...(role !== undefined ? { role } : {}) },
  )
}

function baseTask(doc: DocumentRow, at: Date) {
  return {
    documentId: doc.id, docType: doc.docType, docNo: doc.docNo, title: doc.title, customerName: doc.customerName,
    amountFen: doc.amountFen, drafterName: doc.drafterName, openedAt: at.toISOString(), closedAt: null, closedByUserId: null, closedAction: null,
  }
}

/** A task the transition opened: for the person the route names, else for every holder of the role. */
export async function openTask(em: EntityManager, doc: DocumentRow, task: TaskToOpen, at: Date): Promise<void> {
  await insertRow(em, TaskEntity, { ...baseTask(doc, at), ...task })
}

/**
 * Work the chain hands on once it is complete (e.g. the sales head makes the contract of an approved application).
 * `dueAt`: the instant it is due by (red past it); `opensAt`: a task scheduled ahead, shown from that instant (R13's raise).
 */
export async function openFollowUpTask(
  em: EntityManager, doc: DocumentRow, task: { stepKey: string; stepName: string; role: string }, at: Date, timing: { dueAt?: string; opensAt?: string } = {},
): Promise<void> {
  await insertRow(em, TaskEntity, { ...baseTask(doc, at), ...task, assigneeUserId: null, ...(timing.opensAt ? { openedAt: timing.opensAt } : {}), ...(timing.dueAt ? { dueAt: timing.dueAt } : {}) })
}
