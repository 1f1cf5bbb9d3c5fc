import type { EntityManager } from 'typeorm'
import type { CreditRating } from '../../../../shared/api'
import { AppError } from '../../../../shared/errors'
import { appendAuditEvent } from '../../audit/append-audit-event'
import { CustomerEntity, type DocumentRow } from '../../db/entities'
import { lockRow } from '../../db/locks'
import { CreditChangeEntity } from './credit-change-entity'
import { updateWithVersion } from '../../db/update-with-version'
import { creditChangeLifecycle } from '../../../../shared/doc-types/credit-change/credit-change-type'
import { type DocumentKind } from '../../workflow/document-kind'

const changeOf = (em: EntityManager, doc: DocumentRow) => em.getRepository(CreditChangeEntity).findOneByOrFail({ documentId: doc.id })

/** R2: credit terms change only here, when the general manager approves the proposal. */
export const creditChangeKind: DocumentKind = {
  docType: 'creditChange',
  lifecycle: creditChangeLifecycle,
  factSpecs: { creditLimitFen: { kind: 'fen', label: '新信用额度' }, creditDays: { kind: 'count', label: '新信用天数' } },
  async facts(em, doc) {
    const change = await changeOf(em, doc)
    return { creditLimitFen: change.creditLimitAfterFen, creditDays: change.creditDaysAfter }
  },
  async onApproved(em, doc, ctx) {
    const change = await changeOf(em, doc)
    const customers = em.getRepository(CustomerEntity)
    // Locked (locks.ts), so an edit of the customer's file at the same moment is waited for, not mistaken for a credit change.
    await lockRow(em, 'customers', change.customerId)
    const customer = await customers.findOneByOrFail({ id: change.customerId })
    // The terms the general manager saw must still be the customer's terms: otherwise approving
    // would silently overwrite a change made in between.
    if (customer.rating !== change.ratingBefore || customer.creditLimitFen !== change.creditLimitBeforeFen || customer.creditDays !== change.creditDaysBefore)
      throw new AppError('STALE_VERSION')
    await updateWithVersion(
      em, CustomerEntity, customer.id, customer.version,
      { rating: change.ratingAfter, creditLimitFen: change.creditLimitAfterFen, creditDays: change.creditDaysAfter },
      ctx.at,
    )
    await appendAuditEvent(em, {
      at: ctx.at, actor: ctx.user, role: 'general_manager', action: 'customer.credit', entityType: 'customer', entityId: customer.id,
      docNo: doc.docNo, details: { rating: change.ratingAfter, creditLimitFen: change.creditLimitAfterFen, creditDays: change.creditDaysAfter },
    })
  },
  async body(em, doc) {
    const c = await changeOf(em, doc)
    return {
      kind: 'creditChange',
      customerId: c.customerId,
      reason: c.reason,
      before: { rating: c.ratingBefore as CreditRating, creditLimitFen: c.creditLimitBeforeFen, creditDays: c.creditDaysBefore },
      after: { rating: c.ratingAfter as CreditRating, creditLimitFen: c.creditLimitAfterFen, creditDays: c.creditDaysAfter },
    }
  },
}
