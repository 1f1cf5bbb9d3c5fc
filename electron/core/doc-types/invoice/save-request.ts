import type { EntityManager } from 'typeorm'
import type { ParsedInputOf } from '../../../../shared/api'
import { AppError } from '../../../../shared/errors'
import { insertRow } from '../../db/write-rows'
import { shanghaiToday } from '../../policy/shanghai-day'
import { loadDocument } from '../../workflow/apply-action'
import { createDocument, updateDraftHeader } from '../../workflow/create-document'
import type { ActionContext } from '../../workflow/document-kind'
import { InvoiceRequestEntity } from './invoice-entities'
import { assertInvoiceable, contractToInvoice, invoiceFigures } from './invoice-figures'
import { requestOf } from './invoice-kind'

/**
 * R15: the sales clerk or finance asks for an invoice on a signed contract (a madeFrom link). The request
 * is dated the day it is saved (Shanghai): the threshold in force that day decides it. Refused at once
 * when the figures already refuse it, and checked again at submit and at approval (invoice-kind.ts).
 */
export async function saveInvoiceRequest(em: EntityManager, input: ParsedInputOf<'invoices.save'>, ctx: ActionContext) {
  const existing = input.id === undefined ? null : await loadDocument(em, input.id)
  if (existing && existing.docType !== 'invoice') throw new AppError('DOCUMENT_NOT_FOUND')
  if (existing && (await requestOf(em, existing)).contractId !== input.contractId) throw new AppError('INVALID_INPUT', '开票申请的合同不能更改，请另行申请')
  const { doc: contractDoc, contract } = await contractToInvoice(em, input.contractId)
  const requestedOn = shanghaiToday(ctx.at)
  assertInvoiceable(await invoiceFigures(em, contractDoc, contract, requestedOn, existing?.id ?? 0), input.amountFen)
  const header = { title: `开票 ${contractDoc.customerName ?? ''}`.trim(), customerName: contractDoc.customerName, amountFen: input.amountFen }
  if (!existing) {
    const doc = await createDocument(em, { docType: 'invoice', ...header, from: [{ id: contractDoc.id, kind: 'madeFrom' }] }, ctx)
    await insertRow(em, InvoiceRequestEntity, {
      documentId: doc.id, contractId: contractDoc.id, requestedOn, amountFen: input.amountFen, note: input.note ?? null,
      invoiceNo: null, issuedOn: null, invoicedFen: null, recordedAt: null, recordedByUserId: null, recordedByName: null, redFen: 0,
    })
    return doc
  }
  const doc = await updateDraftHeader(em, existing, input.version!, header, ctx)
  await em.getRepository(InvoiceRequestEntity).update({ documentId: doc.id }, { requestedOn, amountFen: input.amountFen, note: input.note ?? null })
  return doc
}
