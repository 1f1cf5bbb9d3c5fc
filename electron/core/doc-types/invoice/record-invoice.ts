import type { EntityManager } from 'typeorm'
import type { ParsedInputOf } from '../../../../shared/api'
import { invoiceNoText } from '../../../../shared/doc-types/invoice/invoice-number'
import { AppError } from '../../../../shared/errors'
import { formatYuan } from '../../../../shared/money'
import { appendAuditEvent } from '../../audit/append-audit-event'
import { type DocumentRow } from '../../db/entities'
import { findRowBy } from '../../db/find-rows'
import { insertRow, runWrite } from '../../db/write-rows'
import { advanceDocument } from '../../workflow/advance'
import { loadDocumentToDecide } from '../../workflow/apply-action'
import type { ActionContext } from '../../workflow/document-kind'
import { InvoiceRedLetterEntity, InvoiceRequestEntity } from './invoice-entities'
import { requestOf } from './invoice-kind'

const yuan = (fen: number) => `¥${formatYuan(fen)}`

async function requestToMove(em: EntityManager, requestId: number): Promise<DocumentRow> {
  const doc = await loadDocumentToDecide(em, requestId)
  if (doc.docType !== 'invoice') throw new AppError('DOCUMENT_NOT_FOUND')
  if (doc.closedAt) throw new AppError('DOCUMENT_CLOSED')
  return doc
}

/**
 * R15: finance records the invoice the tax system issued for an approved request: its number (unique in
 * the office), date and amount (= the request's); written once, never edited. The request is 已开票.
 */
export async function recordInvoice(em: EntityManager, input: ParsedInputOf<'invoices.record'>, ctx: ActionContext): Promise<DocumentRow> {
  const doc = await requestToMove(em, input.requestId)
  const request = await requestOf(em, doc)
  if (doc.state !== 'approved' || request.invoiceNo !== null)
    throw new AppError('INVOICE_NOT_AWAITING_NUMBER', request.invoiceNo ? `开票申请 ${doc.docNo} 已录入发票 ${request.invoiceNo}，不能再次录入或修改` : undefined)
  const invoiceNo = invoiceNoText(input.number)
  const taken = await findRowBy(em, InvoiceRequestEntity, { invoiceNo })
  if (taken) throw new AppError('INVOICE_NUMBER_DUPLICATE', `发票号码 ${invoiceNo} 已录入过，请核对税务系统中的发票号码`, { invoiceNo })
  if (input.amountFen !== request.amountFen)
    throw new AppError('INVOICE_AMOUNT_MISMATCH', `发票金额 ${yuan(input.amountFen)} 与开票申请金额 ${yuan(request.amountFen)} 不一致，请核对`, {
      invoiceFen: input.amountFen, requestFen: request.amountFen,
    })
  await runWrite(
    em,
    `UPDATE invoice_requests SET invoice_no = :invoiceNo, issued_on = :issuedOn, invoiced_fen = :amount, recorded_at = :at, recorded_by_user_id = :by, recorded_by_name = :name
     WHERE document_id = :id AND invoice_no IS NULL`,
    { invoiceNo, issuedOn: input.issuedOn, amount: input.amountFen, at: ctx.at.toISOString(), by: ctx.user.id, name: ctx.user.name, id: doc.id },
  )
  await appendAuditEvent(em, {
    at: ctx.at, actor: ctx.user, role: 'finance', action: 'invoice.record', entityType: 'document', entityId: doc.id, docNo: doc.docNo,
    comment: `发票 ${invoiceNo} ${input.issuedOn} ${yuan(input.amountFen)}`, details: { invoiceNo, issuedOn: input.issuedOn, amountFen: input.amountFen },
  })
  return advanceDocument(em, doc, 'invoiceRecorded', ctx, 'record')
}

/**
 * R24: a recorded invoice is reversed by a red-letter entry (红字) naming the original number and the
 * 红字信息确认单; all of what still stands, or part. Refused beyond what remains; the request is 已红冲
 * once nothing of the invoice stands.
 */
export async function redLetter(em: EntityManager, input: ParsedInputOf<'invoices.redLetter'>, ctx: ActionContext): Promise<DocumentRow> {
  const doc = await requestToMove(em, input.requestId)
  const request = await requestOf(em, doc)
  if (doc.state !== 'invoiced' || request.invoiceNo === null || request.invoicedFen === null)
    throw new AppError('INVOICE_NOT_RECORDED', doc.state === 'redReversed' ? `开票申请 ${doc.docNo} 的发票 ${request.invoiceNo} 已全部红冲` : undefined)
  const standing = request.invoicedFen - request.redFen
  if (input.amountFen > standing)
    throw new AppError(
      'INVOICE_RED_BEYOND_ORIGINAL',
      `原发票 ${request.invoiceNo} 金额 ${yuan(request.invoicedFen)}，已红冲 ${yuan(request.redFen)}，尚可红冲 ${yuan(standing)}，本次 ${yuan(input.amountFen)}`,
      { invoicedFen: request.invoicedFen, redFen: request.redFen, askedFen: input.amountFen },
    )
  if (await findRowBy(em, InvoiceRedLetterEntity, { confirmationNo: input.confirmationNo }))
    throw new AppError('INVOICE_RED_CONFIRMATION_DUPLICATE', `红字信息确认单 ${input.confirmationNo} 已使用过，请核对`)
  await insertRow(em, InvoiceRedLetterEntity, {
    requestId: doc.id, originalNo: request.invoiceNo, confirmationNo: input.confirmationNo, redOn: input.redOn, amountFen: input.amountFen,
    reason: input.reason, createdAt: ctx.at.toISOString(), byUserId: ctx.user.id, byName: ctx.user.name,
  })
  await runWrite(em, `UPDATE invoice_requests SET red_fen = red_fen + :amount WHERE document_id = :id`, { amount: input.amountFen, id: doc.id })
  await appendAuditEvent(em, {
    at: ctx.at, actor: ctx.user, role: 'finance', action: 'invoice.redLetter', entityType: 'document', entityId: doc.id, docNo: doc.docNo,
    comment: `红字 ${yuan(input.amountFen)} 冲 ${request.invoiceNo}（确认单 ${input.confirmationNo}，${input.reason}）`,
    details: { originalNo: request.invoiceNo, confirmationNo: input.confirmationNo, amountFen: input.amountFen, redOn: input.redOn },
  })
  if (input.amountFen === standing) return advanceDocument(em, doc, 'redReversed', ctx, 'redLetter')
  return doc
}
