import type { EntityManager } from 'typeorm'
import type { InvoiceBody } from '../../../../shared/doc-types/invoice/invoice-body'
import { invoiceLifecycle } from '../../../../shared/doc-types/invoice/invoice-type'
import { AppError } from '../../../../shared/errors'
import { DocumentEntity, type DocumentRow } from '../../db/entities'
import { findRowByOrFail, findRowsBy } from '../../db/find-rows'
import { AMOUNT_FACT, type DocumentKind } from '../../workflow/document-kind'
import { openFollowUpTask } from '../../workflow/tasks'
import { ContractEntity } from '../contract/contract-entities'
import { InvoiceRedLetterEntity, InvoiceRequestEntity } from './invoice-entities'
import { assertInvoiceable, contractToInvoice, invoiceFigures } from './invoice-figures'
import { RECORD_INVOICE } from './invoice-task'

export const requestOf = (em: EntityManager, doc: Pick<DocumentRow, 'id'>) => findRowByOrFail(em, InvoiceRequestEntity, { documentId: doc.id })

/** R15: the request decided again on the contract's figures now, the threshold of the request's date, the contract locked. */
async function assertStillInvoiceable(em: EntityManager, doc: DocumentRow): Promise<void> {
  const request = await requestOf(em, doc)
  const { doc: contractDoc, contract } = await contractToInvoice(em, request.contractId)
  assertInvoiceable(await invoiceFigures(em, contractDoc, contract, request.requestedOn, doc.id), request.amountFen)
}

/**
 * R15: checked at submit and again when the finance VP approves (money may have been de-allocated or a
 * payment reversed meanwhile: the approval is then refused and nothing moves). Approved, it waits for
 * finance to record the number. R24: a request with a recorded invoice is never voided — the refusal
 * names the number and points to the red letter.
 */
export const invoiceKind: DocumentKind = {
  docType: 'invoice',
  lifecycle: invoiceLifecycle,
  factSpecs: { ...AMOUNT_FACT },
  async facts(em, doc) {
    return { amountFen: (await requestOf(em, doc)).amountFen }
  },
  beforeSubmit: (em, doc) => assertStillInvoiceable(em, doc),
  async onApproved(em, doc, ctx) {
    await assertStillInvoiceable(em, doc)
    await openFollowUpTask(em, doc, RECORD_INVOICE, ctx.at)
  },
  async onVoided(em, doc) {
    const request = await requestOf(em, doc)
    if (request.invoiceNo)
      throw new AppError('VOID_NOT_ALLOWED', `开票申请 ${doc.docNo} 已录入发票 ${request.invoiceNo}，不能作废；如需冲销请开具红字发票`, { invoiceNo: request.invoiceNo })
  },
  async body(em, doc, ctx): Promise<InvoiceBody> {
    const r = await requestOf(em, doc)
    const contractDoc = await findRowByOrFail(em, DocumentEntity, { id: r.contractId })
    const contract = await findRowByOrFail(em, ContractEntity, { documentId: r.contractId })
    const reds = await findRowsBy(em, InvoiceRedLetterEntity, { requestId: doc.id }, { id: 'ASC' })
    void ctx
    return {
      kind: 'invoice',
      contractId: r.contractId,
      contractNo: contractDoc.docNo,
      requestedOn: r.requestedOn,
      amountFen: r.amountFen,
      note: r.note,
      invoice:
        r.invoiceNo && r.issuedOn && r.invoicedFen !== null
          ? { invoiceNo: r.invoiceNo, issuedOn: r.issuedOn, amountFen: r.invoicedFen, byName: r.recordedByName ?? '', at: r.recordedAt ?? '' }
          : null,
      redLetters: reds.map((x) => ({
        id: x.id, originalNo: x.originalNo, confirmationNo: x.confirmationNo, redOn: x.redOn, amountFen: x.amountFen, reason: x.reason, byName: x.byName, at: x.createdAt,
      })),
      standingFen: (r.invoicedFen ?? 0) - r.redFen,
      figures: await invoiceFigures(em, contractDoc, contract, r.requestedOn, doc.id),
    }
  },
}
