import type { EntityManager } from 'typeorm'
import type { DocumentRow } from '../../db/entities'
import { applyAction } from '../../workflow/apply-action'
import { createDocument } from '../../workflow/create-document'
import type { ActionContext } from '../../workflow/document-kind'
import type { AcceptanceRow } from '../acceptance/acceptance-entities'
import { RectificationEntity } from './rectification-entities'
import { rectificationKind } from './rectification-kind'
import { deadlineAfter } from './rectification-task'

/**
 * R13: a recorded acceptance with a failed check opens one rectification for its failed lines, made from it
 * (R24), with the deadline 24 hours after `ctx.at` — the instant the report is recorded — and submits it in
 * the same transaction: it stands (待整改) and service's 答复整改 opens.
 */
export async function openRectification(em: EntityManager, acceptanceDoc: DocumentRow, acceptance: AcceptanceRow, ctx: ActionContext): Promise<DocumentRow> {
  const doc = await createDocument(
    em,
    { docType: 'rectification', title: `整改 ${acceptanceDoc.customerName ?? ''}`.trim(), customerName: acceptanceDoc.customerName, amountFen: null, from: [{ id: acceptanceDoc.id, kind: 'madeFrom' }] },
    ctx,
  )
  await em.getRepository(RectificationEntity).insert({
    documentId: doc.id, acceptanceId: acceptanceDoc.id, workOrderId: acceptance.workOrderId, contractId: acceptance.contractId,
    responsible: acceptance.responsible ?? '', deadlineAt: deadlineAfter(ctx.at).toISOString(),
    answeredAt: null, answer: null, doneBy: null, answeredByUserId: null, answeredByName: null,
  })
  await applyAction(em, rectificationKind, doc, { version: doc.version, action: 'submit' }, ctx)
  return doc
}
