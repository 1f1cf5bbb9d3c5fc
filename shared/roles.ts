// The posts (岗位) of WORKFLOW.md. One user may hold several; R20 still holds per document.
export const ROLES = {
  admin: '系统管理员',
  sales_clerk: '销售内勤',
  sales_manager: '销售经理',
  sales_head: '销售部主管',
  sales_vp: '分管销售副总',
  general_manager: '总经理',
  finance: '财务',
  finance_vp: '财务副总',
  planner: '计划员',
  production: '生产科',
  qc: '质检员',
  warehouse: '仓管员',
  guard: '门卫',
  legal: '法务',
  service: '售后服务',
} as const

export type RoleKey = keyof typeof ROLES
export const ROLE_KEYS = Object.keys(ROLES) as [RoleKey, ...RoleKey[]]

export function roleLabel(role: RoleKey): string {
  return ROLES[role]
}

/** An administrator who holds no other post: no chain names them (R20), so they have no 待办 of their own. */
export function isAdminOnly(roles: readonly RoleKey[]): boolean {
  return roles.length > 0 && roles.every((role) => role === 'admin')
}
