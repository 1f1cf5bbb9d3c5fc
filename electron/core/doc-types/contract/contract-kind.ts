import type { EntityManager } from 'typeorm'
import type { InstalmentDto } from '../../../../shared/api'
import { DocumentEntity, type DocumentRow } from '../../db/entities'
import { ContractEntity, ContractLineEntity, SealUsageEntity } from './contract-entities'
import { lineDto } from '../application/application-lines'
import { contractLifecycle } from '../../../../shared/doc-types/contract/contract-type'
import { AMOUNT_FACT, type DocumentKind } from '../../workflow/document-kind'
import { sealUsageDto } from './seal-usage-dto'
import { openFollowUpTask } from '../../workflow/tasks'
import { MAKE_NOTICE } from '../production-notice/notice-task'
import { contractMoney } from '../payment/contract-money'

const contractOf = (em: EntityManager, doc: DocumentRow) => em.getRepository(ContractEntity).findOneByOrFail({ documentId: doc.id })

/** R4: the contract's chain reads one fact: whether its wording departs from the template (legal review). */
export const contractKind: DocumentKind = {
  docType: 'contract',
  lifecycle: contractLifecycle,
  factSpecs: { ...AMOUNT_FACT, nonStandardTerms: { kind: 'flag', label: '合同条款非标准' } },
  async facts(em, doc) {
    const contract = await contractOf(em, doc)
    return { amountFen: contract.amountFen, nonStandardTerms: contract.nonStandardTerms !== null }
  },
  // R6: signed, it waits in the planner's 待办 for its production notice.
  onApproved: (em, doc, ctx) => openFollowUpTask(em, doc, MAKE_NOTICE, ctx.at),
  async body(em, doc) {
    const c = await contractOf(em, doc)
    const lines = await em.getRepository(ContractLineEntity).find({ where: { documentId: doc.id }, order: { lineNo: 'ASC' } })
    const application = await em.getRepository(DocumentEntity).findOneByOrFail({ id: c.applicationId })
    const seals = await em.getRepository(SealUsageEntity).find({ where: { contractId: doc.id }, order: { id: 'ASC' } })
    return {
      kind: 'contract',
      customerId: c.customerId,
      applicationId: c.applicationId,
      applicationNo: application.docNo,
      customerContractNo: c.customerContractNo,
      signedOn: c.signedOn,
      salespersonName: c.salespersonName,
      lines: lines.map(lineDto),
      deliveryDate: c.deliveryDate,
      terms: { prepaymentBps: c.prepaymentBps, prepaymentFen: c.prepaymentFen, instalments: JSON.parse(c.instalments) as InstalmentDto[] },
      installationNeeded: c.installationNeeded,
      nonStandardTerms: c.nonStandardTerms,
      seals: seals.map((s) => sealUsageDto(s, doc)),
      money: await contractMoney(em, c),
    }
  },
}
