import { z } from 'zod'
import type { RoleKey } from '../roles'
import { loginName, newPassword, personName, roleList } from './auth'
import { method } from './define'

export interface UserDto {
  id: number
  name: string
  login: string
  roles: RoleKey[]
  disabled: boolean
  mustChangePassword: boolean
  lockedUntil: string | null
  createdAt: string
  /** Signs where a chain names "the drafter's manager" (e.g. 销售经理审签 of this clerk's applications). */
  managerUserId: number | null
}

const userId = z.number({ error: '缺少用户' }).int().positive()

export const usersApi = {
  'users.list': method<UserDto[]>()(z.object({}).strict(), ['admin'], 'read'),
  'users.create': method<UserDto>()(
    z.object({ name: personName, login: loginName, password: newPassword, roles: roleList }).strict(),
    ['admin'],
    'write',
  ),
  'users.setRoles': method<UserDto>()(z.object({ userId, roles: roleList }).strict(), ['admin'], 'write'),
  'users.setDisabled': method<UserDto>()(z.object({ userId, disabled: z.boolean() }).strict(), ['admin'], 'write'),
  'users.setManager': method<UserDto>()(
    z.object({ userId, managerUserId: userId.nullable() }).strict(),
    ['admin'],
    'write',
  ),
  'users.resetPassword': method<UserDto>()(z.object({ userId, password: newPassword }).strict(), ['admin'], 'write'),
} as const
