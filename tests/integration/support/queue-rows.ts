import type { EntityManager } from 'typeorm'
import { DocumentEntity, TaskEntity, type DocumentRow, type TaskRow } from '../../../electron/core/db/entities'

/** Inserts a document header straight into the table, for queue tests that predate the engine. */
export async function insertDocument(em: EntityManager, doc: Partial<DocumentRow> & Pick<DocumentRow, 'docNo' | 'drafterUserId'>): Promise<DocumentRow> {
  const row: Omit<DocumentRow, 'id'> = {
    docType: 'application', title: '合同申报', state: 'submitted', version: 1, drafterName: '王小丽', customerName: '上海申达机电有限公司',
    amountFen: 1_234_500, createdAt: '2026-11-10T02:00:00.000Z', updatedAt: '2026-11-10T02:00:00.000Z', closedAt: null,
    currentStep: null, route: null, round: 0, lastSignerUserId: null, chainVersion: null, ...doc,
  }
  const { identifiers } = await em.getRepository(DocumentEntity).insert(row)
  return { ...row, id: Number(identifiers[0]?.id) }
}

export async function openTask(em: EntityManager, doc: DocumentRow, task: Partial<TaskRow>): Promise<number> {
  const { identifiers } = await em.getRepository(TaskEntity).insert({
    documentId: doc.id, docType: doc.docType, docNo: doc.docNo, title: doc.title, customerName: doc.customerName,
    amountFen: doc.amountFen, drafterName: doc.drafterName, stepKey: 'manager_sign', stepName: '销售经理审签', role: null,
    assigneeUserId: null, openedAt: doc.createdAt, closedAt: null, closedByUserId: null, closedAction: null, ...task,
  })
  return Number(identifiers[0]?.id)
}
