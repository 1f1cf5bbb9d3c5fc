import type { EntityManager } from 'typeorm'
import { gatePassLifecycle } from '../../../../shared/doc-types/gate-pass/gate-pass-type'
import { DocumentEntity, type DocumentRow } from '../../db/entities'
import type { DocumentKind } from '../../workflow/document-kind'
import { dispatchNoteOf } from '../dispatch-note/dispatch-note-kind'
import { slipLinesOf, slipOf } from '../outbound-slip/post-outbound'
import { GatePassEntity } from './gate-pass-entities'
import { reopenGateTask } from './gate-pass-task'

/** 补登: the time out is more than this before the pass was registered (gate-pass-chain.ts). */
export const LATE_REGISTRATION_MS = 24 * 3_600_000

export const gatePassOf = (em: EntityManager, doc: Pick<DocumentRow, 'id'>) => em.getRepository(GatePassEntity).findOneByOrFail({ documentId: doc.id })

/**
 * Issue 12 出门证. Its one fact says whether it was registered after the fact (the warehouse then
 * confirms). It moves nothing on approval (the goods left with the slip's posting); when voided (by the
 * guard, to correct it) the slip waits at the gate again. Its body is the slip's goods without prices.
 */
export const gatePassKind: DocumentKind = {
  docType: 'gatePass',
  lifecycle: gatePassLifecycle,
  factSpecs: { registeredLate: { kind: 'flag', label: '补登（出门时间早于登记时间一天以上）' } },
  async facts(em, doc) {
    const pass = await gatePassOf(em, doc)
    return { registeredLate: new Date(doc.createdAt).getTime() - new Date(pass.leftAt).getTime() > LATE_REGISTRATION_MS }
  },
  async onVoided(em, doc, ctx) {
    await reopenGateTask(em, (await gatePassOf(em, doc)).outboundSlipId, ctx)
  },
  async body(em, doc) {
    const pass = await gatePassOf(em, doc)
    const slipDoc = await em.getRepository(DocumentEntity).findOneByOrFail({ id: pass.outboundSlipId })
    const slip = await slipOf(em, slipDoc)
    const noteDoc = await em.getRepository(DocumentEntity).findOneByOrFail({ id: slip.dispatchNoteId })
    const note = await dispatchNoteOf(em, noteDoc)
    const lines = await slipLinesOf(em, slipDoc.id)
    return {
      kind: 'gatePass',
      outboundSlipId: slipDoc.id,
      outboundSlipNo: slipDoc.docNo,
      dispatchNoteNo: noteDoc.docNo,
      customerName: slipDoc.customerName ?? '',
      deliveryAddress: note.deliveryAddress,
      carrier: note.carrier,
      vehiclePlate: pass.vehiclePlate,
      driverName: pass.driverName,
      driverPhone: pass.driverPhone,
      leftAt: pass.leftAt,
      remark: pass.remark,
      // Need to know: the gate's document carries no price whoever reads it.
      lines: lines.map((l) => ({ lineNo: l.lineNo, productCode: l.productCode, productName: l.productName, spec: l.spec, unit: l.unit, quantity: l.quantity })),
    }
  },
}
