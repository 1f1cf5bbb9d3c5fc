import { z } from 'zod'
import { ROLE_KEYS, type RoleKey } from '../roles'
import { method } from './define'
import type { QueueHome } from './queue'

export const loginName = z
  .string({ error: '请输入登录名' })
  .trim()
  .min(2, '登录名至少 2 个字符')
  .max(32, '登录名最多 32 个字符')
  .regex(/^[A-Za-z0-9_.-]+$/, '登录名只能用字母、数字、下划线、点和减号')

export const personName = z.string({ error: '请输入姓名' }).trim().min(1, '请输入姓名').max(32, '姓名最多 32 个字')

export const newPassword = z
  .string({ error: '请输入密码' })
  .min(8, '密码至少 8 位')
  .max(64, '密码最多 64 位')
  .regex(/[A-Za-z]/, '密码须包含字母')
  .regex(/[0-9]/, '密码须包含数字')

export const roleList = z.array(z.enum(ROLE_KEYS, { error: '未知岗位' })).min(1, '请至少选择一个岗位').max(ROLE_KEYS.length)

export interface Me {
  id: number
  name: string
  login: string
  roles: RoleKey[]
  /** Set when an administrator created the account or reset its password: the user must choose their own. */
  mustChangePassword: boolean
}

/**
 * The login answer: who signed in and, when asked for (withHome) and no password change comes first,
 * their 待办's first chunk and badges, read beside the password check (issue 10: 登录 → queue painted).
 */
export interface SignIn extends Me {
  home?: QueueHome
}

export interface SystemStatus {
  setupNeeded: boolean
  companyName: string | null
}

export const authApi = {
  'system.status': method<SystemStatus>()(z.object({}).strict(), 'public', 'read'),
  'system.setup': method<Me>()(
    z
      .object({
        companyName: z.string({ error: '请输入公司名称' }).trim().min(2, '公司名称至少 2 个字').max(60, '公司名称最多 60 个字'),
        adminName: personName,
        adminLogin: loginName,
        adminPassword: newPassword,
      })
      .strict(),
    'public',
    'write',
  ),
  'auth.login': method<SignIn>()(
    z
      .object({
        login: z.string().trim().min(1, '请输入登录名').max(32),
        password: z.string().min(1, '请输入密码').max(64),
        withHome: z.boolean().optional(),
      })
      .strict(),
    'public',
    'write',
  ),
  'auth.logout': method<{ done: true }>()(z.object({}).strict(), 'public', 'write'),
  'auth.me': method<Me | null>()(z.object({}).strict(), 'public', 'read'),
  'auth.changePassword': method<Me>()(
    z.object({ oldPassword: z.string().min(1, '请输入原密码').max(64), newPassword }).strict(),
    'signedIn',
    'write',
  ),
} as const
