import type { EntityManager } from 'typeorm'
import type { InstallerDto } from '../../../../shared/doc-types/work-order/work-order-body'
import { workOrderLifecycle } from '../../../../shared/doc-types/work-order/work-order-type'
import { DocumentEntity, type DocumentRow } from '../../db/entities'
import { findRowByOrFail, findRowsBy } from '../../db/find-rows'
import type { DocumentKind } from '../../workflow/document-kind'
import { openFollowUpTask } from '../../workflow/tasks'
import { assertFirstPaymentReceived, assertWithinShipped, firstPaymentOf, installableContract, installableLines } from './work-order-contract'
import { WorkOrderEntity, WorkOrderLineEntity } from './work-order-entities'
import { RECORD_INSTALLATION } from './work-order-task'
import { linkPostedSlips } from './work-order-slips'
import { ContractEntity } from '../contract/contract-entities'

export const workOrderOf = (em: EntityManager, doc: Pick<DocumentRow, 'id'>) => findRowByOrFail(em, WorkOrderEntity, { documentId: doc.id })
export const workOrderLinesOf = (em: EntityManager, id: number) => findRowsBy(em, WorkOrderLineEntity, { documentId: id }, { lineNo: 'ASC' })

/**
 * R12, checked with the contract locked: still signed, needing installation, goods shipped, the first
 * payment arrived, every line within what was shipped less the other live work orders.
 */
export async function assertIssuable(em: EntityManager, doc: DocumentRow): Promise<void> {
  const order = await workOrderOf(em, doc)
  const { doc: contractDoc, contract } = await installableContract(em, order.contractId)
  await assertFirstPaymentReceived(em, contract, contractDoc.docNo)
  assertWithinShipped(await installableLines(em, order.contractId, doc.id), await workOrderLinesOf(em, doc.id), contractDoc.docNo)
}

/**
 * R12 at submit and again at the approval: money can be reversed (a payment de-allocated) while the work
 * order waits for the manager, and an outbound slip voided; the approval is then refused with the same
 * code and figures (the manager may reject it back to the clerk instead). Approved, service's 待办 opens.
 */
export const workOrderKind: DocumentKind = {
  docType: 'workOrder',
  lifecycle: workOrderLifecycle,
  factSpecs: {},
  facts: async () => ({}),
  async beforeSubmit(em, doc, ctx) {
    await assertIssuable(em, doc)
    await linkPostedSlips(em, doc.id, (await workOrderOf(em, doc)).contractId, ctx.at)
  },
  async onApproved(em, doc, ctx) {
    await assertIssuable(em, doc)
    // R24: made from every slip posted up to now (work-order-slips.ts); later slips wait for a new work order.
    await linkPostedSlips(em, doc.id, (await workOrderOf(em, doc)).contractId, ctx.at)
    await openFollowUpTask(em, doc, RECORD_INSTALLATION, ctx.at)
  },
  async body(em, doc) {
    const order = await workOrderOf(em, doc)
    const contract = await findRowByOrFail(em, ContractEntity, { documentId: order.contractId })
    const contractDoc = await findRowByOrFail(em, DocumentEntity, { id: order.contractId })
    const lines = await workOrderLinesOf(em, doc.id)
    return {
      kind: 'workOrder',
      contractId: order.contractId,
      contractNo: contractDoc.docNo,
      customerContractNo: contract.customerContractNo,
      customerId: order.customerId,
      customerName: doc.customerName ?? '',
      siteAddress: order.siteAddress,
      contactName: order.contactName,
      contactPhone: order.contactPhone,
      installers: JSON.parse(order.installers) as InstallerDto[],
      plannedStart: order.plannedStart,
      plannedEnd: order.plannedEnd,
      remark: order.remark,
      lines: lines.map(({ id: _id, documentId: _doc, ...l }) => l),
      completedOn: order.completedOn,
      resultNotes: order.resultNotes,
      resultByName: order.resultByName,
      // Need-to-know strips it for anyone outside AMOUNT_READERS (auth/need-to-know.ts).
      firstPayment: await firstPaymentOf(em, contract),
    }
  },
}
