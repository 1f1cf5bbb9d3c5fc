import type { EntityManager } from 'typeorm'
import { rectificationLifecycle } from '../../../../shared/doc-types/rectification/rectification-type'
import type { RectificationBody } from '../../../../shared/doc-types/rectification/rectification-body'
import { readRows } from '../../db/driver-query'
import { DocumentEntity, type DocumentRow } from '../../db/entities'
import { findRowByOrFail } from '../../db/find-rows'
import type { DocumentKind } from '../../workflow/document-kind'
import { openFollowUpTask } from '../../workflow/tasks'
import { acceptanceLinesOf, lineFails } from '../acceptance/acceptance-lines'
import { RectificationEntity } from './rectification-entities'
import { ANSWER_RECTIFICATION, escalationOpensAt, isOverdue, RECTIFICATION_ESCALATIONS } from './rectification-task'

export const rectificationOf = (em: EntityManager, doc: Pick<DocumentRow, 'id'>) => findRowByOrFail(em, RectificationEntity, { documentId: doc.id })

/**
 * R13 整改: stands at submit (待整改) and opens service's 答复整改; answered (已整改) the task closes; the
 * re-acceptance makes it 已复验. Its body reads the failed lines from the acceptance that opened it and says
 * whether it is overdue at the core's clock.
 */
export const rectificationKind: DocumentKind = {
  docType: 'rectification',
  lifecycle: rectificationLifecycle,
  factSpecs: { openedByHand: { kind: 'flag', label: '手工开具（非验收不合格自动开具）' } },
  // Every rectification today is opened by a failed check.
  facts: async () => ({ openedByHand: false }),
  async onApproved(em, doc, ctx) {
    // R13: service's answer is due by the deadline; the raise to the sales manager and head opens just past it.
    const { deadlineAt } = await rectificationOf(em, doc)
    await openFollowUpTask(em, doc, ANSWER_RECTIFICATION, ctx.at, { dueAt: deadlineAt })
    for (const raise of RECTIFICATION_ESCALATIONS) await openFollowUpTask(em, doc, raise, ctx.at, { dueAt: deadlineAt, opensAt: escalationOpensAt(deadlineAt) })
  },
  async body(em, doc, ctx): Promise<RectificationBody> {
    const r = await rectificationOf(em, doc)
    const docs = em.getRepository(DocumentEntity)
    const acceptance = await docs.findOneByOrFail({ id: r.acceptanceId })
    const workOrder = await docs.findOneByOrFail({ id: r.workOrderId })
    const contract = await docs.findOneByOrFail({ id: r.contractId })
    const [again] = await readRows<{ id: number; doc_no: string }>(
      em,
      `SELECT d.id, d.doc_no FROM acceptances a JOIN documents d ON d.id = a.document_id WHERE a.rectification_id = :id AND d.state <> 'voided' ORDER BY d.id DESC LIMIT 1`,
      { id: doc.id },
    )
    const lines = (await acceptanceLinesOf(em, r.acceptanceId)).filter(lineFails)
    return {
      kind: 'rectification',
      acceptanceId: acceptance.id, acceptanceNo: acceptance.docNo, workOrderId: workOrder.id, workOrderNo: workOrder.docNo, contractNo: contract.docNo,
      customerName: doc.customerName ?? '', responsible: r.responsible, deadlineAt: r.deadlineAt,
      overdue: doc.state === 'approved' && isOverdue(r.deadlineAt, r.answeredAt, ctx.at),
      answeredAt: r.answeredAt, answeredLate: r.answeredAt !== null && r.answeredAt > r.deadlineAt,
      answer: r.answer, doneBy: r.doneBy, answeredByName: r.answeredByName,
      reacceptanceId: again ? Number(again.id) : null, reacceptanceNo: again?.doc_no ?? null,
      lines: lines.map((l) => ({
        contractLineNo: l.contractLineNo, productCode: l.productCode, productName: l.productName, unit: l.unit, quantity: l.quantity,
        appearanceOk: l.appearanceOk, functionOk: l.functionOk, problem: l.problem ?? '',
      })),
    }
  },
}
