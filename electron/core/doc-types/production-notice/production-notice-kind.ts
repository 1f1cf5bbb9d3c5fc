import type { EntityManager } from 'typeorm'
import { productionNoticeLifecycle } from '../../../../shared/doc-types/production-notice/production-notice-type'
import { DocumentEntity, type DocumentRow } from '../../db/entities'
import { findRowByOrFail, findRowsBy } from '../../db/find-rows'
import { advanceDocument } from '../../workflow/advance'
import type { DocumentKind } from '../../workflow/document-kind'
import { ContractEntity } from '../contract/contract-entities'
import { noticeVoided, openNoticeTasks } from './notice-goods'
import { assertPrepaymentReceived, assertWithinContract, prepaymentStatus, remainingLines, signedContract } from './notice-remaining'
import { NoticeLineEntity, ProductionNoticeEntity } from './production-notice-entities'

export const noticeOf = (em: EntityManager, doc: Pick<DocumentRow, 'id'>) => findRowByOrFail(em, ProductionNoticeEntity, { documentId: doc.id })
export const noticeLinesOf = (em: EntityManager, id: number) => findRowsBy(em, NoticeLineEntity, { documentId: id }, { lineNo: 'ASC' })

/**
 * R6: a notice is checked again at submit, with the contract locked: the contract still signed, its
 * prepayment received (应收预付款 vs 已到), and every line within what the contract still lacks after the
 * other live notices. Signed by the sales VP, its contract is 已排产.
 */
export const productionNoticeKind: DocumentKind = {
  docType: 'productionNotice',
  lifecycle: productionNoticeLifecycle,
  factSpecs: {},
  facts: async () => ({}),
  async beforeSubmit(em, doc) {
    const notice = await noticeOf(em, doc)
    const { doc: contractDoc, contract } = await signedContract(em, notice.contractId)
    await assertPrepaymentReceived(em, contract, contractDoc.docNo)
    assertWithinContract(await remainingLines(em, contract.documentId, doc.id), await noticeLinesOf(em, doc.id), contractDoc.docNo)
  },
  async onApproved(em, doc, ctx) {
    const notice = await noticeOf(em, doc)
    const { doc: contractDoc } = await signedContract(em, notice.contractId)
    // The first signed notice moves the contract to 已排产 and closes the planner's task on it.
    if (contractDoc.state === 'approved') await advanceDocument(em, contractDoc, 'noticeSigned', ctx, 'notice')
    // R6 → R7: qc certifies its goods, production stocks them (notice-goods.ts).
    await openNoticeTasks(em, doc, ctx)
  },
  // R24: a signed notice voided may leave its contract without one: back to 已签订.
  async onVoided(em, doc, ctx) {
    if (doc.state === 'approved') await noticeVoided(em, doc, ctx)
  },
  async body(em, doc) {
    const notice = await noticeOf(em, doc)
    const contract = await findRowByOrFail(em, ContractEntity, { documentId: notice.contractId })
    const contractDoc = await findRowByOrFail(em, DocumentEntity, { id: notice.contractId })
    const lines = await noticeLinesOf(em, doc.id)
    return {
      kind: 'productionNotice',
      contractId: notice.contractId,
      contractNo: contractDoc.docNo,
      customerContractNo: contract.customerContractNo,
      deliveryDate: contract.deliveryDate,
      note: notice.note,
      lines: lines.map(({ id: _id, documentId: _doc, ...l }) => l),
      prepayment: await prepaymentStatus(em, contract),
    }
  },
}
