import type { EntityManager } from 'typeorm'
import type { ParsedInputOf } from '../../../../shared/api'
import { AppError } from '../../../../shared/errors'
import { appendAuditEvent } from '../../audit/append-audit-event'
import type { DocumentRow } from '../../db/entities'
import { insertRow, runWrite } from '../../db/write-rows'
import { advanceDocument } from '../../workflow/advance'
import { loadDocumentToDecide } from '../../workflow/apply-action'
import type { ActionContext } from '../../workflow/document-kind'
import { CommissionPayoutEntity } from './commission-entities'
import { yuan } from './commission-figures'
import { commissionOf } from './commission-kind'

/**
 * R16: after the GM's approval finance records what is paid out (date, amount), in one go or several;
 * the total paid never exceeds the approved amount. Each payout is an append-only row; paid_fen is their
 * running total, kept in the same transaction. Paid in full: 已发放; else 部分发放 (the task stays open).
 */
export async function recordPayout(em: EntityManager, input: ParsedInputOf<'commissions.recordPaid'>, ctx: ActionContext): Promise<DocumentRow> {
  const doc = await loadDocumentToDecide(em, input.commissionId)
  if (doc.docType !== 'commission') throw new AppError('DOCUMENT_NOT_FOUND')
  if (doc.closedAt) throw new AppError('DOCUMENT_CLOSED')
  const c = await commissionOf(em, doc)
  const open = c.payableFen - c.paidFen
  if (!['approved', 'partlyPaid'].includes(doc.state) || open <= 0)
    throw new AppError('COMMISSION_NOT_PAYABLE', doc.state === 'paid' ? `提成单 ${doc.docNo} 已全部发放（${yuan(c.paidFen)}）` : undefined, { state: doc.state })
  if (input.amountFen > open)
    throw new AppError(
      'COMMISSION_PAID_OVER_APPROVED',
      `提成单 ${doc.docNo} 批准 ${yuan(c.payableFen)}，已发放 ${yuan(c.paidFen)}，尚可发放 ${yuan(open)}，本次 ${yuan(input.amountFen)}`,
      { payableFen: c.payableFen, paidFen: c.paidFen, askedFen: input.amountFen },
    )
  await insertRow(em, CommissionPayoutEntity, {
    commissionId: doc.id, paidOn: input.paidOn, amountFen: input.amountFen, note: input.note ?? null, createdAt: ctx.at.toISOString(), byUserId: ctx.user.id, byName: ctx.user.name,
  })
  await runWrite(em, `UPDATE commissions SET paid_fen = paid_fen + :amount WHERE document_id = :id`, { amount: input.amountFen, id: doc.id })
  await appendAuditEvent(em, {
    at: ctx.at, actor: ctx.user, role: 'finance', action: 'commission.pay', entityType: 'document', entityId: doc.id, docNo: doc.docNo,
    comment: `发放 ${yuan(input.amountFen)}（${input.paidOn}）`, details: { paidOn: input.paidOn, amountFen: input.amountFen },
  })
  return advanceDocument(em, doc, input.amountFen === open ? 'paidAll' : 'paidPart', ctx, 'pay')
}
