import { formatYuan } from '../../../shared/money'

/** "¥0.00（零信用）" reads better than a bare zero for a customer who may not buy on credit (R2). */
export function creditLimitText(fen: number): string {
  return fen === 0 ? '0.00（零信用）' : formatYuan(fen)
}

export function creditDaysText(days: number): string {
  return `${days} 天`
}
