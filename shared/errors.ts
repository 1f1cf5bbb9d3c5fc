// One error envelope crosses every boundary (IPC, HTTP): a code the UI can branch on and a
// Chinese message that tells the user what to do. Custom error properties do not survive
// contextBridge, so handlers never throw across it: the router answers { ok: false, error }.
import { DOC_TYPE_ERRORS } from './doc-types/errors'
import { receivablesErrors } from './receivables-errors'

export const ERROR_MESSAGES = {
  INVALID_INPUT: '输入有误，请按提示修改后重试',
  // The HTTP host's body limit (the host names the limit in its message)
  REQUEST_TOO_LARGE: '请求过大，请减少一次提交的内容',
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
  SELF_MANAGER: '不能把自己设为自己的上级',
  // R3: a 上级 signs in place of the 销售经理 role, so must hold it (and keep it while anyone reports to them)
  MANAGER_ROLE_MISSING: '所选上级没有审签所需的岗位（销售经理），请先为其分配该岗位，或另选上级',
  MANAGER_ROLE_IN_USE: '该用户仍是其他人的上级，须保留审签所需的岗位（销售经理）；请先为下属改设或清除上级',
  LAST_ADMIN: '至少要保留一位在用的系统管理员',
  SELF_DISABLE: '不能停用自己的账号',
  // Company data (the administrator's home): R4's seal keeper must be someone who can sign in
  SEAL_KEEPER_NOT_FOUND: '找不到所选的印章保管人，请刷新后重新选择',
  SEAL_KEEPER_DISABLED: '所选印章保管人的账号已停用，请另选一位在用的用户',
  STALE_VERSION: '已被他人处理，请刷新',
  NUMBER_EXHAUSTED: '本月该类单据编号已用完（9999），请联系系统管理员',
  // Workflow engine (R19, R20, R21)
  DOCUMENT_NOT_FOUND: '找不到该单据，请刷新后重试',
  DOCUMENT_NUMBER_UNKNOWN: '没有这个单号的单据，请核对纸面上的单号后重扫或重输',
  ACTION_NOT_ALLOWED: '该单据当前状态下不能进行此操作，请刷新后查看',
  NOT_YOUR_STEP: '当前审批步骤不由您办理',
  NOT_DRAFTER: '只有起草人可以进行此操作',
  SELF_APPROVAL: '不能审批自己起草的单据（不相容岗位），请由其他人办理',
  SUCCESSIVE_SIGNATURE: '同一人不能连续签署相邻两个审批步骤，请由其他人办理',
  REASON_REQUIRED: '驳回须填写理由，告诉起草人要改什么',
  WITHDRAW_AFTER_SIGNATURE: '已有人签署，不能撤回；如需修改请联系当前审批人驳回',
  DOCUMENT_CLOSED: '单据已关闭，只能查看',
  DOCUMENT_NOT_EDITABLE: '只有草稿、已驳回或已撤回的单据可以修改',
  VOID_NOT_ALLOWED: '该单据已有后续单据，不能作废（须按流程倒序作废）',
  NOT_CLOSABLE: '只有已办结的单据（已完成、已过期或已作废）可以关闭',
  CLOSING_MONTH_OPEN: '只能关闭已经结束的月份',
  ALREADY_COUNTERSIGNED: '您已在本会签步骤签署过，请等其他会签人办理',
  APPROVER_LACKS_ROLE: '指定的审批人不再担任该步骤的岗位，请联系系统管理员调整上级或岗位',
  CONDITION_BLOCKED: '不满足办理条件，单据不能继续',
  // 代理审批 (issue 10)
  DEPUTY_SELF: '不能指定自己为代理人，请选择其他人',
  DEPUTY_INACTIVE: '代理人须是在用的用户，请另选',
  DEPUTY_PERIOD_INVALID: '代理期间的结束日期不能早于开始日期',
  DEPUTY_PERIOD_PAST: '代理期间已经结束，请选择今天或以后的日期',
  DEPUTY_PERIOD_OVERLAP: '该期间与已有的代理期间重叠，请先撤销原代理或换一个期间',
  DEPUTY_NOT_FOUND: '找不到该代理设置，请刷新后重试',
  DEPUTY_ALREADY_REVOKED: '该代理已撤销',
  // Chains edited by the administrator (issue 10)
  CHAIN_TYPE_UNKNOWN: '该单据类型尚未启用，没有可编辑的审批流程',
  CHAIN_UNCHANGED: '审批流程没有改动，无需保存',
  CHAIN_WITHOUT_APPROVER: '审批流程至少要有一个无条件的审批步骤，否则单据将无人审批；请保留或添加一个不带条件的步骤',
  CHAIN_ADMIN_STEP: '系统管理员不审批单据（不相容岗位），请为该步骤选择业务岗位',
  CHAIN_ROLE_UNSTAFFED: '该岗位目前没有在用的用户，按此流程提交的单据将无人审批；请先为该岗位分配用户',
  CHAIN_UNKNOWN_FACT: '条件引用了该单据类型没有的数据项，请从可选条件中选择',
  CHAIN_MANAGER_LACKS_ROLE: '「上级审签」步骤改用的岗位，现有上级并未担任；请先为他们分配该岗位，或改回原岗位',
  // Policy and customers (R1, R2)
  POLICY_NOT_IN_FORCE: '尚无生效的销售政策，请先由总经理发布价目表',
  POLICY_DATE_TAKEN: '该生效日期已有一版价目表，请换一个日期',
  POLICY_BACKDATED: '生效日期不能早于今天，历史价目表不能补发',
  PRICE_LIST_NOT_FOUND: '找不到该版价目表，请刷新后重试',
  PRODUCT_NOT_FOUND: '找不到该产品，请刷新后重试',
  PRODUCT_CODE_TAKEN: '该产品编码已被使用，请换一个',
  PRODUCT_INACTIVE: '该产品已停用，不能用于新的价目表或申报单',
  PRODUCT_NOT_IN_POLICY: '该产品不在现行价目表中，请联系总经理更新价目表',
  CUSTOMER_NOT_FOUND: '找不到该客户，请刷新后重试',
  CREDIT_CODE_TAKEN: '该统一社会信用代码已建档，请勿重复建档',
  // Need-to-know (docs/need-to-know.md): bank and invoicing details are finance's to see and keep
  BANK_DETAILS_FINANCE_ONLY: '开户行、账号和开票地址电话由财务维护，您的岗位不能修改；请把客户的新资料交财务修改',
  // Amounts (R23) and the database
  AMOUNT_TOO_LARGE: '金额超出系统可处理的范围，请拆分单据',
  DATABASE_DAMAGED: '数据文件校验未通过，为防止损坏扩大已停止保存；可以继续查看和导出，请联系系统管理员用最近的备份恢复',
  PRINT_FAILED: '打印未完成；若打印机驱动不认 241×140 mm 的纸张，请在「打印校准」中把打印方式改为「生成 PDF」，再用 PDF 阅读器按实际大小打印',
  INTERNAL: '系统内部错误，操作未保存，请重试或联系系统管理员',
  // Each document type's own refusals (shared/doc-types/<type>/<type>-errors.ts).
  ...DOC_TYPE_ERRORS,
  ...receivablesErrors,
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
