import type { EntityManager } from 'typeorm'
import type { DocumentView, ParsedInputOf } from '../../../../shared/api'
import { AppError } from '../../../../shared/errors'
import { CustomerEntity, DocumentEntity } from '../../db/entities'
import { lockRow } from '../../db/locks'
import { CreditChangeEntity } from './credit-change-entity'
import { applyAction } from '../../workflow/apply-action'
import { createDocument } from '../../workflow/create-document'
import type { ActionContext } from '../../workflow/document-kind'
import { documentView } from '../../workflow/document-view'
import { creditChangeKind } from './credit-change-kind'

/** R2: sales or finance propose new credit terms; the proposal is submitted to the general manager at once. */
export async function proposeCreditChange(em: EntityManager, input: ParsedInputOf<'creditChanges.propose'>, ctx: ActionContext): Promise<DocumentView> {
  // The customer is locked (locks.ts): of two proposals at once, the second sees the first pending.
  await lockRow(em, 'customers', input.customerId)
  const customer = await em.getRepository(CustomerEntity).findOneBy({ id: input.customerId })
  if (!customer) throw new AppError('CUSTOMER_NOT_FOUND')
  const pending = await em
    .createQueryBuilder(CreditChangeEntity, 'c')
    .innerJoin('Document', 'd', 'd.id = c.document_id')
    .where("c.customer_id = :id AND d.state = 'pending'", { id: customer.id })
    .getCount()
  if (pending > 0) throw new AppError('CREDIT_CHANGE_PENDING')
  const doc = await createDocument(em, { docType: 'creditChange', title: `信用变更 ${customer.name}`, customerName: customer.name, amountFen: input.creditLimitFen }, ctx)
  await em.getRepository(CreditChangeEntity).insert({
    documentId: doc.id, customerId: customer.id, reason: input.reason,
    ratingBefore: customer.rating, creditLimitBeforeFen: customer.creditLimitFen, creditDaysBefore: customer.creditDays,
    ratingAfter: input.rating, creditLimitAfterFen: input.creditLimitFen, creditDaysAfter: input.creditDays,
  })
  await applyAction(em, creditChangeKind, doc, { version: doc.version, action: 'submit' }, ctx)
  return documentView(em, creditChangeKind, await em.getRepository(DocumentEntity).findOneByOrFail({ id: doc.id }), ctx)
}
