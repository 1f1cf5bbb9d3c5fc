import type { EntityManager } from 'typeorm'
import type { AcceptanceBody } from '../../../../shared/doc-types/acceptance/acceptance-body'
import { acceptanceLifecycle } from '../../../../shared/doc-types/acceptance/acceptance-type'
import { readRows } from '../../db/driver-query'
import { DocumentEntity, type DocumentRow } from '../../db/entities'
import { findRowByOrFail } from '../../db/find-rows'
import { shanghaiToday } from '../../policy/shanghai-day'
import { loadDocumentToDecide } from '../../workflow/apply-action'
import { advanceDocument } from '../../workflow/advance'
import type { DocumentKind } from '../../workflow/document-kind'
import { openRectification } from '../rectification/open-rectification'
import { workOrderOf } from '../work-order/work-order-kind'
import { AcceptanceEntity } from './acceptance-entities'
import { acceptanceLinesOf, lineFails } from './acceptance-lines'
import { moveContractIfAccepted } from './contract-accepted'

/** 补录: the customer signed more than this many days before the report is entered (acceptance-chain.ts). */
export const LATE_RECORDING_DAYS = 3

export const acceptanceOf = (em: EntityManager, doc: Pick<DocumentRow, 'id'>) => findRowByOrFail(em, AcceptanceEntity, { documentId: doc.id })

const dayNumber = (day: string) => Date.UTC(Number(day.slice(0, 4)), Number(day.slice(5, 7)) - 1, Number(day.slice(8, 10))) / 86_400_000

/**
 * R13 验收报告. Recorded (approved) it stamps the instant (recorded_at), opens a rectification for its failed
 * lines (24 hours from that instant), closes the rectification it re-accepts (已复验), and moves the contract
 * to 已验收 when every line is now accepted. No money in its body: nobody's need (need-to-know).
 */
export const acceptanceKind: DocumentKind = {
  docType: 'acceptance',
  lifecycle: acceptanceLifecycle,
  factSpecs: { recordedLate: { kind: 'flag', label: '补录（客户签字日期早于录入日三天以上）' } },
  async facts(em, doc) {
    const a = await acceptanceOf(em, doc)
    return { recordedLate: dayNumber(shanghaiToday(new Date(doc.createdAt))) - dayNumber(a.signedOn) > LATE_RECORDING_DAYS }
  },
  async onApproved(em, doc, ctx) {
    await em.getRepository(AcceptanceEntity).update({ documentId: doc.id }, { recordedAt: ctx.at.toISOString() })
    const a = await acceptanceOf(em, doc)
    if (a.rectificationId !== null) await advanceDocument(em, await loadDocumentToDecide(em, a.rectificationId), 'reaccepted', ctx, 'reaccept')
    if ((await acceptanceLinesOf(em, doc.id)).some(lineFails)) await openRectification(em, doc, a, ctx)
    await moveContractIfAccepted(em, a.contractId, ctx)
  },
  async body(em, doc): Promise<AcceptanceBody> {
    const a = await acceptanceOf(em, doc)
    const docs = em.getRepository(DocumentEntity)
    const orderDoc = await docs.findOneByOrFail({ id: a.workOrderId })
    const order = await workOrderOf(em, orderDoc)
    const contractDoc = await docs.findOneByOrFail({ id: a.contractId })
    const rectDoc = a.rectificationId === null ? null : await docs.findOneByOrFail({ id: a.rectificationId })
    const [opened] = await readRows<{ id: number; doc_no: string }>(
      em,
      `SELECT d.id, d.doc_no FROM rectifications r JOIN documents d ON d.id = r.document_id WHERE r.acceptance_id = :id ORDER BY d.id LIMIT 1`,
      { id: doc.id },
    )
    const lines = await acceptanceLinesOf(em, doc.id)
    return {
      kind: 'acceptance',
      workOrderId: orderDoc.id, workOrderNo: orderDoc.docNo, contractId: contractDoc.id, contractNo: contractDoc.docNo, customerName: doc.customerName ?? '',
      siteAddress: order.siteAddress, signatory: a.signatory, signedOn: a.signedOn, paperRef: a.paperRef, remark: a.remark, responsible: a.responsible,
      rectificationId: rectDoc?.id ?? null, rectificationNo: rectDoc?.docNo ?? null, recordedAt: a.recordedAt,
      passed: !lines.some(lineFails),
      lines: lines.map(({ id: _id, documentId: _doc, productId: _p, ...l }) => l),
      openedRectificationId: opened ? Number(opened.id) : null, openedRectificationNo: opened?.doc_no ?? null,
    }
  },
}
