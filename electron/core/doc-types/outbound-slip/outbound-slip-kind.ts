import { outboundSlipLifecycle } from '../../../../shared/doc-types/outbound-slip/outbound-slip-type'
import { DocumentEntity } from '../../db/entities'
import { findRowByOrFail } from '../../db/find-rows'
import { assertZeroCreditCovered } from '../../credit/credit-check'
import { AMOUNT_FACT, type DocumentKind } from '../../workflow/document-kind'
import { dispatchNoteOf } from '../dispatch-note/dispatch-note-kind'
import { noteOfSlip, outboundCredit, zeroCreditAtPosting } from './outbound-credit'
import { postOutbound, slipLinesOf, slipOf, unpostOutbound } from './post-outbound'
import { openFollowUpTask } from '../../workflow/tasks'
import { shanghaiToday } from '../../policy/shanghai-day'
import { RECORD_SIGNED_COPY } from './sign-back/sign-back-tasks'
import { assertNoSignBack } from './sign-back/sign-back-void'
import { assertContractNotAccepted } from './accepted-contract-void'
import { signBackOf } from './sign-back/sign-back-view'

/**
 * R10: the outbound slip. Its facts are R9's re-check at posting (outbound-credit.ts); its chain completes
 * at submit unless the re-check sends it to the general manager (outbound-slip-chain.ts). When it
 * completes, the slip is posted (post-outbound.ts); when a posted slip is voided, it is unposted.
 */
export const outboundSlipKind: DocumentKind = {
  docType: 'outboundSlip',
  lifecycle: outboundSlipLifecycle,
  factSpecs: {
    ...AMOUNT_FACT,
    creditRecheckFailed: { kind: 'flag', label: '出库时信用复核未通过（超额或逾期，发货单未经总经理审批）' },
    creditBlocked: { kind: 'flag', label: '客户信用等级为冻结发货' },
  },
  async facts(em, doc, at) {
    const { check, gmApproved } = await outboundCredit(em, doc, at ?? new Date(doc.updatedAt))
    return { amountFen: doc.amountFen ?? 0, creditRecheckFailed: check.needsGeneralManager && !gmApproved, creditBlocked: check.blocked }
  },
  async beforeSubmit(em, doc, ctx) {
    const zeroCredit = await zeroCreditAtPosting(em, await noteOfSlip(em, doc), ctx.at)
    if (zeroCredit) assertZeroCreditCovered(zeroCredit, doc.customerName ?? '')
  },
  async onApproved(em, doc, ctx) {
    await postOutbound(em, doc, ctx)
    // R11: the goods are out; finance waits for the customer's signed copy.
    await openFollowUpTask(em, doc, RECORD_SIGNED_COPY, ctx.at)
  },
  async onVoided(em, doc, ctx) {
    await assertNoSignBack(em, doc)
    if (doc.state === 'approved') await assertContractNotAccepted(em, doc)
    if (doc.state === 'approved') await unpostOutbound(em, doc, ctx)
  },
  async body(em, doc, ctx) {
    const slip = await slipOf(em, doc)
    const lines = await slipLinesOf(em, doc.id)
    const noteDoc = await findRowByOrFail(em, DocumentEntity, { id: slip.dispatchNoteId })
    const contractDoc = await findRowByOrFail(em, DocumentEntity, { id: slip.contractId })
    const note = await dispatchNoteOf(em, noteDoc)
    return {
      kind: 'outboundSlip',
      dispatchNoteId: noteDoc.id,
      dispatchNoteNo: noteDoc.docNo,
      contractId: contractDoc.id,
      contractNo: contractDoc.docNo,
      customerName: doc.customerName ?? '',
      deliveryAddress: note.deliveryAddress,
      carrier: note.carrier,
      postedOn: slip.postedOn,
      remark: slip.remark,
      lines: lines.map(({ id: _id, documentId: _doc, ...l }) => l),
      signBack: await signBackOf(em, slip, shanghaiToday(ctx.at)),
    }
  },
}
