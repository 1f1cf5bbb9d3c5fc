import type { EntityManager } from 'typeorm'
import { TaskEntity, type DocumentRow } from '../db/entities'
import type { RouteEntry, StepDefinition } from './definition'

/** Acting closes every open task of the document, for every holder of the role (DESIGN.md "Queues are rows"). */
export async function closeOpenTasks(em: EntityManager, documentId: number, by: number, action: string, at: Date): Promise<void> {
  await em
    .createQueryBuilder()
    .update(TaskEntity)
    .set({ closedAt: at.toISOString(), closedByUserId: by, closedAction: action })
    .where('document_id = :documentId AND closed_at IS NULL', { documentId })
    .execute()
}

function baseTask(doc: DocumentRow, at: Date) {
  return {
    documentId: doc.id, docType: doc.docType, docNo: doc.docNo, title: doc.title, customerName: doc.customerName,
    amountFen: doc.amountFen, drafterName: doc.drafterName, openedAt: at.toISOString(), closedAt: null, closedByUserId: null, closedAction: null,
  }
}

/** Entering a step opens one task: for the person the route names, else for every holder of the role. */
export async function openStepTask(em: EntityManager, doc: DocumentRow, step: StepDefinition, entry: RouteEntry, at: Date): Promise<void> {
  const role = step.actor.kind === 'role' ? step.actor.role : step.actor.fallbackRole
  await em.getRepository(TaskEntity).insert({ ...baseTask(doc, at), stepKey: step.key, stepName: step.name, role, assigneeUserId: entry.assigneeUserId })
}

/** Work the chain hands on once it is complete (e.g. the sales head makes the contract of an approved application). */
export async function openFollowUpTask(em: EntityManager, doc: DocumentRow, task: { stepKey: string; stepName: string; role: string }, at: Date): Promise<void> {
  await em.getRepository(TaskEntity).insert({ ...baseTask(doc, at), ...task, assigneeUserId: null })
}

/** A rejected document waits in its drafter's 待办 until it is revised and resubmitted, or voided. */
export async function openRevisionTask(em: EntityManager, doc: DocumentRow, at: Date): Promise<void> {
  await em.getRepository(TaskEntity).insert({ ...baseTask(doc, at), stepKey: 'revise', stepName: '修改后重新提交', role: null, assigneeUserId: doc.drafterUserId })
}
