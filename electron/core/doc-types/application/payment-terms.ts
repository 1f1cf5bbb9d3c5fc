import type { InstalmentDto, PaymentTermsDto } from '../../../../shared/api'
import { AppError } from '../../../../shared/errors'
import { prepaymentFen } from '../../../../shared/discount'
import { formatYuan } from '../../../../shared/money'

/** The prepayment and the instalments must add up to the contract amount exactly, to the fen. */
export function paymentTerms(amountFen: number, prepaymentBps: number, instalments: Array<Required<InstalmentDto>>): PaymentTermsDto {
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
