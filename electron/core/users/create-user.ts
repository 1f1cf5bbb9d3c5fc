import type { EntityManager } from 'typeorm'
import { AppError } from '../../../shared/errors'
import type { RoleKey } from '../../../shared/roles'
import { appendAuditEvent } from '../audit/append-audit-event'
import { UserEntity, UserRoleEntity, type UserRow } from '../db/entities'
import { lockKey } from '../db/locks'

export interface NewUser {
  name: string
  login: string
  passwordHash: string
  roles: RoleKey[]
  mustChangePassword: boolean
  at: Date
  actor: { id: number; name: string } | null
}

/** Inserts the user and their roles, with the audit event, inside the caller's transaction. */
export async function createUser(em: EntityManager, input: NewUser): Promise<UserRow> {
  const users = em.getRepository(UserEntity)
  const loginKey = input.login.toLowerCase()
  // Locked (locks.ts): of two creations of one login at once, the second is told LOGIN_TAKEN.
  await lockKey(em, `users.login:${loginKey}`)
  if (await users.existsBy({ loginKey })) throw new AppError('LOGIN_TAKEN')
  const now = input.at.toISOString()
  const { identifiers } = await users.insert({
    name: input.name,
    login: input.login,
    loginKey,
    passwordHash: input.passwordHash,
    mustChangePassword: input.mustChangePassword,
    disabled: false,
    failedAttempts: 0,
    lockedUntil: null,
    createdAt: now,
    updatedAt: now,
    version: 1,
    managerUserId: null,
  })
  const id = Number(identifiers[0]?.id)
  await em.getRepository(UserRoleEntity).insert([...new Set(input.roles)].map((role) => ({ userId: id, role })))
  const created = await users.findOneByOrFail({ id })
  await appendAuditEvent(em, {
    at: input.at, actor: input.actor ?? { id, name: input.name }, role: input.actor ? 'admin' : null,
    action: 'user.create', entityType: 'user', entityId: id, details: { login: input.login, roles: input.roles },
  })
  return created
}
