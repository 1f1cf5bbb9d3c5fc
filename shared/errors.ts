// One error envelope crosses every boundary (IPC, HTTP): a code the UI can branch on and a
// Chinese message that tells the user what to do. Custom error properties do not survive
// contextBridge, so handlers never throw across it: the router answers { ok: false, error }.
export const ERROR_MESSAGES = {
  INVALID_INPUT: '输入有误，请按提示修改后重试',
  METHOD_NOT_FOUND: '不支持的操作',
  NOT_SIGNED_IN: '请先登录',
  SESSION_EXPIRED: '长时间未操作，登录已过期，请重新登录',
  FORBIDDEN: '您的岗位无权进行此操作',
  SETUP_ALREADY_DONE: '系统已完成初始化，请直接登录',
  SETUP_REQUIRED: '系统尚未初始化，请先设置公司名称和管理员',
  LOGIN_FAILED: '用户名或密码错误',
  LOGIN_LOCKED: '密码错误次数过多，登录已锁定，请稍后再试',
  USER_DISABLED: '该账号已停用，请联系系统管理员',
  PASSWORD_CHANGE_REQUIRED: '管理员设置的初始密码须先修改，请设置您自己的密码',
  PASSWORD_WRONG: '原密码不正确',
  PASSWORD_UNCHANGED: '新密码不能与原密码相同',
  LOGIN_TAKEN: '该登录名已被使用，请换一个',
  USER_NOT_FOUND: '找不到该用户，请刷新后重试',
  LAST_ADMIN: '至少要保留一位在用的系统管理员',
  SELF_DISABLE: '不能停用自己的账号',
  STALE_VERSION: '已被他人处理，请刷新',
  NUMBER_EXHAUSTED: '本月该类单据编号已用完（9999），请联系系统管理员',
  INTERNAL: '系统内部错误，操作未保存，请重试或联系系统管理员',
} as const

export type ErrorCode = keyof typeof ERROR_MESSAGES

export interface ErrorBody {
  code: ErrorCode
  message: string
  details?: unknown
}

export type Envelope<T> = { ok: true; data: T } | { ok: false; error: ErrorBody }

/** Thrown in the core for a refusal, and rethrown in the renderer from an error envelope. */
export class AppError extends Error {
  readonly code: ErrorCode
  readonly details: unknown

  constructor(code: ErrorCode, message?: string, details?: unknown) {
    super(message ?? ERROR_MESSAGES[code])
    this.name = 'AppError'
    this.code = code
    this.details = details
  }

  toBody(): ErrorBody {
    return this.details === undefined
      ? { code: this.code, message: this.message }
      : { code: this.code, message: this.message, details: this.details }
  }
}
