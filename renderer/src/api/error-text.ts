import { AppError, ERROR_MESSAGES, type ErrorCode } from '../../../shared/errors'

function retryAfterSeconds(details: unknown): number | null {
  if (typeof details !== 'object' || details === null) return null
  const value = (details as { retryAfterSeconds?: unknown }).retryAfterSeconds
  return typeof value === 'number' && Number.isFinite(value) && value > 0 ? value : null
}

/** "请 5 分钟后再试" / "请 40 秒后再试": a locked-out user wants to know how long, not that it is "later". */
function waitHint(seconds: number): string {
  return seconds < 60 ? `请 ${Math.ceil(seconds)} 秒后再试` : `请 ${Math.ceil(seconds / 60)} 分钟后再试`
}

/** The Chinese sentence to show for any failure: the core's own message, or a safe fallback. */
export function errorText(error: unknown): string {
  if (error instanceof AppError) {
    if (error.code === 'LOGIN_LOCKED') {
      const seconds = retryAfterSeconds(error.details)
      if (seconds !== null) return `密码错误次数过多，登录已锁定，${waitHint(seconds)}`
    }
    return error.message
  }
  // A bug in the renderer, not a refusal: never show a stack trace to the office.
  console.error(error)
  return ERROR_MESSAGES.INTERNAL
}

/** The refusal code, when the failure is one, so a form can put the message on the right field. */
export function errorCode(error: unknown): ErrorCode | null {
  return error instanceof AppError ? error.code : null
}
