import type { EntityManager } from 'typeorm'
import type { Me } from '../../../shared/api'
import type { RoleKey } from '../../../shared/roles'
import { UserEntity, UserRoleEntity, type UserRow } from '../db/entities'
import { findRowsBy } from '../db/find-rows'

/** The person behind a call, as the router and services see them. */
export interface SignedInUser extends Me {}

export async function rolesOf(em: EntityManager, userId: number): Promise<RoleKey[]> {
  const rows = await findRowsBy(em, UserRoleEntity, { userId }, { role: 'ASC' })
  return rows.map((r) => r.role as RoleKey)
}

export async function toMe(em: EntityManager, user: UserRow): Promise<SignedInUser> {
  return {
    id: user.id,
    name: user.name,
    login: user.login,
    roles: await rolesOf(em, user.id),
    mustChangePassword: user.mustChangePassword,
  }
}

export async function findUserByLogin(em: EntityManager, login: string): Promise<UserRow | null> {
  return em.getRepository(UserEntity).findOne({ where: { loginKey: login.trim().toLowerCase() } })
}
