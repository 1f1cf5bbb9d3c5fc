import type { EntityManager } from 'typeorm'
import type { CreditCheckDto } from '../../../shared/doc-types/dispatch-note/dispatch-note-body'
import { AppError } from '../../../shared/errors'
import { formatYuan } from '../../../shared/money'
import { CustomerEntity } from '../db/entities'
import { findRowByOrFail } from '../db/find-rows'
import { exposureAndOverdue, type ExposureScope } from './exposure'
import { zeroCreditFigures } from './zero-credit'

/** R9: the rating that refuses a dispatch outright (set by R2's credit change, approved by the general manager). */
export const BLOCK_RATING = 'E'

/**
 * R9 at dispatch: the figures for one note of one customer — computed when the note is submitted (its
 * facts and the body) and again when the outbound is posted (the outbound calls this with the note's
 * remaining amount). Exactly at the limit is within it: the general manager's step comes only when
 * exposure + this note > limit, or when anything is overdue. A zero-credit customer (R2) is not judged by
 * the limit but by money received (zero-credit.ts).
 */
export async function creditCheck(em: EntityManager, scope: ExposureScope & { noteFen: number }): Promise<CreditCheckDto> {
  const customer = await findRowByOrFail(em, CustomerEntity, { id: scope.customerId })
  const { terms, overdue } = await exposureAndOverdue(em, scope)
  const exposureFen = terms.reduce((sum, t) => sum + t.amountFen, 0)
  const zeroCredit = customer.creditLimitFen === 0
  const money = zeroCredit ? await zeroCreditFigures(em, scope) : { moneyReceivedFen: 0, otherShippedFen: 0 }
  const overLimitFen = exposureFen + scope.noteFen - customer.creditLimitFen
  const blocked = customer.rating === BLOCK_RATING
  return {
    rating: customer.rating,
    creditLimitFen: customer.creditLimitFen,
    creditDays: customer.creditDays,
    terms,
    exposureFen,
    noteFen: scope.noteFen,
    overLimitFen,
    overdueFen: overdue.overdueFen,
    oldestOverdueDays: overdue.oldestDays,
    zeroCredit,
    moneyReceivedFen: money.moneyReceivedFen,
    shippedAgainstMoneyFen: zeroCredit ? money.otherShippedFen + scope.noteFen : 0,
    needsGeneralManager: !blocked && ((!zeroCredit && overLimitFen > 0) || overdue.overdueFen > 0),
    blocked,
  }
}

/** R2: refused with both figures when a zero-credit customer's shipments would pass the money received. */
export function assertZeroCreditCovered(check: CreditCheckDto, customerName: string): void {
  if (!check.zeroCredit || check.blocked || check.shippedAgainstMoneyFen <= check.moneyReceivedFen) return
  throw new AppError(
    'CREDIT_ZERO_UNPAID',
    `${customerName} 为零信用客户，只能凭已到款发货：已到款 ¥${formatYuan(check.moneyReceivedFen)}（未到期承兑汇票不计），本单与其他有效发货单合计 ¥${formatYuan(check.shippedAgainstMoneyFen)}，尚差 ¥${formatYuan(check.shippedAgainstMoneyFen - check.moneyReceivedFen)}；请先收款，或经信用变更核定额度`,
    { moneyReceivedFen: check.moneyReceivedFen, shippedFen: check.shippedAgainstMoneyFen },
  )
}
