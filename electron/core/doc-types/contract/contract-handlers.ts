import type { EntityManager } from 'typeorm'
import type { ParsedInputOf } from '../../../../shared/api'
import { AppError } from '../../../../shared/errors'
import { SIGNED_CONTRACT_STATES } from '../../../../shared/doc-types/contract/contract-type'
import { appendAuditEvent } from '../../audit/append-audit-event'
import { ApplicationEntity, ApplicationLineEntity } from '../application/application-entities'
import { ContractEntity, ContractLineEntity, SealUsageEntity } from './contract-entities'
import type { Handler } from '../../router/call-context'
import { loadDocumentToDecide } from '../../workflow/apply-action'
import { createDocument } from '../../workflow/create-document'
import { advanceDocument } from '../../workflow/advance'
import type { ActionContext } from '../../workflow/document-kind'
import { documentView } from '../../workflow/document-view'
import { contractKind } from './contract-kind'
import { sealUsageDto } from './seal-usage-dto'
import { assertSealKeeper } from './seal-keeper'

/**
 * R4: a contract is made only from an approved application, with the same customer, lines and
 * amounts (copied, never re-entered), by the sales head, who then submits it for countersigning.
 */
async function createFromApplication(em: EntityManager, input: ParsedInputOf<'contracts.createFromApplication'>, ctx: ActionContext) {
  // Locked: of two sales heads making the contract at once, the second finds it made (CONTRACT_EXISTS).
  const application = await loadDocumentToDecide(em, input.applicationId)
  if (application.docType !== 'application') throw new AppError('DOCUMENT_NOT_FOUND')
  if (application.closedAt) throw new AppError('DOCUMENT_CLOSED')
  if (await em.getRepository(ContractEntity).existsBy({ applicationId: application.id })) throw new AppError('CONTRACT_EXISTS')
  if (application.state !== 'approved') throw new AppError('APPLICATION_NOT_APPROVED')
  const app = await em.getRepository(ApplicationEntity).findOneByOrFail({ documentId: application.id })
  const lines = await em.getRepository(ApplicationLineEntity).find({ where: { documentId: application.id }, order: { lineNo: 'ASC' } })
  const doc = await createDocument(
    em,
    {
      docType: 'contract', title: `销售合同 ${application.customerName ?? ''}`.trim(), customerName: application.customerName, amountFen: application.amountFen,
      from: [{ id: application.id, kind: 'madeFrom' }],
    },
    ctx,
  )
  await em.getRepository(ContractEntity).insert({
    documentId: doc.id, applicationId: application.id, customerId: app.customerId, customerContractNo: input.customerContractNo,
    signedOn: input.signedOn, amountFen: application.amountFen ?? 0, salespersonUserId: application.drafterUserId, salespersonName: application.drafterName,
    prepaymentBps: app.prepaymentBps, prepaymentFen: app.prepaymentFen, instalments: app.instalments, installationNeeded: app.installationNeeded,
    nonStandardTerms: app.nonStandardTerms, deliveryDate: app.deliveryDate,
  })
  await em.getRepository(ContractLineEntity).insert(lines.map(({ id: _id, ...line }) => ({ ...line, documentId: doc.id })))
  // The application is 已转合同, and the sales head's 签订合同 task on it is done.
  await advanceDocument(em, application, 'contractMade', ctx, 'contract')
  return doc
}

const create: Handler<'contracts.createFromApplication'> = (input, ctx) =>
  ctx.db.transaction(async (em) => {
    const doc = await createFromApplication(em, input, ctx)
    return documentView(em, contractKind, doc, ctx)
  })

/** R4: every use of the contract seal is logged: who, when, which contract, how many copies. */
const useSeal: Handler<'seal.use'> = (input, ctx) =>
  ctx.db.transaction(async (em) => {
    // Locked (FOR UPDATE): the contract stays signed until the use is logged.
    const contract = await loadDocumentToDecide(em, input.contractId)
    if (contract.docType !== 'contract') throw new AppError('DOCUMENT_NOT_FOUND')
    if (contract.closedAt) throw new AppError('DOCUMENT_CLOSED')
    if (!(SIGNED_CONTRACT_STATES as readonly string[]).includes(contract.state)) throw new AppError('CONTRACT_NOT_SIGNED')
    await assertSealKeeper(em, ctx.user.id)
    const row = { contractId: contract.id, usedByUserId: ctx.user.id, usedByName: ctx.user.name, usedAt: ctx.at.toISOString(), copies: input.copies, purpose: input.purpose }
    const { identifiers } = await em.getRepository(SealUsageEntity).insert(row)
    await appendAuditEvent(em, {
      at: ctx.at, actor: ctx.user, role: 'sales_head', action: 'seal.use', entityType: 'document', entityId: contract.id, docNo: contract.docNo,
      details: { copies: input.copies, purpose: input.purpose },
    })
    return sealUsageDto({ ...row, id: Number(identifiers[0]?.id) }, contract)
  })

export const contractHandlers = {
  'contracts.createFromApplication': create,
  'seal.use': useSeal,
}
