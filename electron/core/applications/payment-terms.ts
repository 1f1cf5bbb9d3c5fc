import type { InstalmentDto, PaymentTermsDto } from '../../../shared/api'
import { AppError } from '../../../shared/errors'
import { formatYuan } from '../../../shared/money'

/**
 * 预付款 in fen for a share in basis points, rounded half up to the fen (R23: integer fen, no floats;
 * BigInt keeps amount × bps exact above 2^53).
 */
export function prepaymentFen(amountFen: number, prepaymentBps: number): number {
  return Number((BigInt(amountFen) * BigInt(prepaymentBps) + 5000n) / 10000n)
}

/** The prepayment and the instalments must add up to the contract amount exactly, to the fen. */
export function paymentTerms(amountFen: number, prepaymentBps: number, instalments: InstalmentDto[]): PaymentTermsDto {
  const prepayment = prepaymentFen(amountFen, prepaymentBps)
  const scheduled = instalments.reduce((sum, i) => sum + i.amountFen, 0)
  if (prepayment + scheduled !== amountFen) {
    const diff = amountFen - prepayment - scheduled
    throw new AppError('TERMS_MISMATCH', `预付款与各期款项合计须等于合同金额（相差 ${formatYuan(diff)} 元）`, {
      amountFen, prepaymentFen: prepayment, instalmentsFen: scheduled, differenceFen: diff,
    })
  }
  return { prepaymentBps, prepaymentFen: prepayment, instalments }
}
