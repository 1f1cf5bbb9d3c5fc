import type { CreditRating, CustomerDto } from '../../../shared/api'
import { formatYuan } from '../../../shared/money'

/** "¥0.00（零信用）" reads better than a bare zero for a customer who may not buy on credit (R2). */
export function creditLimitText(fen: number): string {
  return fen === 0 ? '0.00（零信用）' : formatYuan(fen)
}

export function creditDaysText(days: number): string {
  return `${days} 天`
}

/** The customer's credit terms, or null when the core left them out (need-to-know: not a credit reader). */
export function creditTermsOf(c: CustomerDto): { rating: CreditRating; creditLimitFen: number; creditDays: number } | null {
  return c.rating !== undefined && c.creditLimitFen !== undefined && c.creditDays !== undefined
    ? { rating: c.rating, creditLimitFen: c.creditLimitFen, creditDays: c.creditDays }
    : null
}
