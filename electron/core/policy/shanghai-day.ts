import { AppError } from '../../../shared/errors'
import { formatShanghai, shanghaiDayStart } from '../../../shared/dates'

/** Today as the office sees it (Asia/Shanghai), from the call's own moment (a frozen clock in tests). */
export function shanghaiToday(at: Date): string {
  return formatShanghai(at.toISOString(), false)
}

/** The API's day schema checks only the shape; 2026-02-30 must not become a policy date. */
export function assertCalendarDay(day: string, field: string): void {
  try {
    shanghaiDayStart(day)
  } catch {
    const message = `日期 ${day} 不存在，请重新选择`
    throw new AppError('INVALID_INPUT', `${message}（${field}）`, { fields: [{ path: field, message }] })
  }
}
