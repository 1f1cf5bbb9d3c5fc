import type { EntityManager } from 'typeorm'
import type { UserDto } from '../../../shared/api'
import type { RoleKey } from '../../../shared/roles'
import { UserEntity, UserRoleEntity, type UserRow } from '../db/entities'

function toDto(user: UserRow, roles: RoleKey[]): UserDto {
  return {
    id: user.id,
    name: user.name,
    login: user.login,
    roles,
    disabled: user.disabled,
    mustChangePassword: user.mustChangePassword,
    lockedUntil: user.lockedUntil,
    createdAt: user.createdAt,
    managerUserId: user.managerUserId,
  }
}

export async function listUserDtos(em: EntityManager): Promise<UserDto[]> {
  const users = await em.getRepository(UserEntity).find({ order: { id: 'ASC' } })
  const roles = await em.getRepository(UserRoleEntity).find({ order: { role: 'ASC' } })
  const byUser = new Map<number, RoleKey[]>()
  for (const r of roles) byUser.set(r.userId, [...(byUser.get(r.userId) ?? []), r.role as RoleKey])
  return users.map((u) => toDto(u, byUser.get(u.id) ?? []))
}

export async function userDto(em: EntityManager, id: number): Promise<UserDto> {
  const user = await em.getRepository(UserEntity).findOneByOrFail({ id })
  const roles = await em.getRepository(UserRoleEntity).find({ where: { userId: id }, order: { role: 'ASC' } })
  return toDto(user, roles.map((r) => r.role as RoleKey))
}
