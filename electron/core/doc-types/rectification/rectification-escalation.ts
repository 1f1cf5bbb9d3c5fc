import type { EntityManager } from 'typeorm'
import { runWrite } from '../../db/write-rows'
import { RECTIFICATION_ESCALATIONS } from './rectification-task'

/**
 * R13: the answer withdraws the raise to the sales manager and the sales head, shown or not yet: it was a
 * notice on their desk, not a step they act on (rectification-task.ts). Their open rows go; service's task
 * closes as the answer's own.
 */
export async function withdrawEscalations(em: EntityManager, documentId: number): Promise<void> {
  await runWrite(em, `DELETE FROM tasks WHERE document_id = :documentId AND closed_at IS NULL AND step_key IN (:...steps)`, {
    documentId, steps: RECTIFICATION_ESCALATIONS.map((e) => e.stepKey),
  })
}
