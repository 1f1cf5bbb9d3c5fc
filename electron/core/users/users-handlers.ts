import type { EntityManager } from 'typeorm'
import { AppError } from '../../../shared/errors'
import type { RoleKey } from '../../../shared/roles'
import { appendAuditEvent } from '../audit/append-audit-event'
import { hashPassword } from '../auth/password-hash'
import { endSessionsOf } from '../auth/sessions'
import { UserEntity, UserRoleEntity, type UserRow } from '../db/entities'
import { lockKey, lockRow } from '../db/locks'
import type { Handler, SignedInContext } from '../router/call-context'
import { createUser } from './create-user'
import { assertManagerKeepsRoles, assertMayBeManager } from './manager-roles'
import { listUserDtos, userDto } from './user-dto'

/**
 * The user an administrator's change decides on, locked first (locks.ts): two changes of one user run
 * one after the other, and setManager (which locks the 上级 too) waits for a setRoles of that 上级.
 */
async function mustFind(em: EntityManager, id: number): Promise<UserRow> {
  await lockRow(em, 'users', id)
  const user = await em.getRepository(UserEntity).findOneBy({ id })
  if (!user) throw new AppError('USER_NOT_FOUND')
  return user
}

/** Someone must always be able to manage users: never leave the office without an enabled admin. */
async function assertAnotherAdminRemains(em: EntityManager, leavingUserId: number): Promise<void> {
  // A decision about the set of administrators: two of them disabling each other at once must not both pass.
  await lockKey(em, 'users.admins')
  const others = await em
    .createQueryBuilder(UserRoleEntity, 'r')
    .innerJoin('User', 'u', 'u.id = r.user_id')
    .where("r.role = 'admin' AND u.disabled = 0 AND u.id <> :id", { id: leavingUserId })
    .getCount()
  if (others === 0) throw new AppError('LAST_ADMIN')
}

function audit(em: EntityManager, ctx: SignedInContext, action: string, userId: number, details?: Record<string, unknown>) {
  return appendAuditEvent(em, { at: ctx.at, actor: ctx.user, role: 'admin', action, entityType: 'user', entityId: userId, details })
}

const list: Handler<'users.list'> = (_input, { db }) => db.read(listUserDtos)

const create: Handler<'users.create'> = async (input, ctx) => {
  const passwordHash = await hashPassword(input.password)
  return ctx.db.transaction(async (em) => {
    const user = await createUser(em, { ...input, passwordHash, mustChangePassword: true, at: ctx.at, actor: ctx.user })
    return userDto(em, user.id)
  })
}

const setRoles: Handler<'users.setRoles'> = (input, ctx) =>
  ctx.db.transaction(async (em) => {
    const user = await mustFind(em, input.userId)
    const roles = [...new Set(input.roles)] as RoleKey[]
    if (!roles.includes('admin')) await assertAnotherAdminRemains(em, user.id)
    await assertManagerKeepsRoles(em, user.id, roles)
    const repo = em.getRepository(UserRoleEntity)
    await repo.delete({ userId: user.id })
    await repo.insert(roles.map((role) => ({ userId: user.id, role })))
    await em.getRepository(UserEntity).update({ id: user.id }, { updatedAt: ctx.at.toISOString(), version: user.version + 1 })
    await audit(em, ctx, 'user.setRoles', user.id, { roles })
    return userDto(em, user.id)
  })

const setDisabled: Handler<'users.setDisabled'> = (input, ctx) =>
  ctx.db.transaction(async (em) => {
    const user = await mustFind(em, input.userId)
    if (input.disabled && user.id === ctx.user.id) throw new AppError('SELF_DISABLE')
    if (input.disabled) await assertAnotherAdminRemains(em, user.id)
    await em.getRepository(UserEntity).update({ id: user.id }, { disabled: input.disabled, updatedAt: ctx.at.toISOString(), version: user.version + 1 })
    if (input.disabled) await endSessionsOf(em, user.id, ctx.at)
    await audit(em, ctx, input.disabled ? 'user.disable' : 'user.enable', user.id)
    return userDto(em, user.id)
  })

/** Who signs for this user where a chain names the drafter's manager; nobody is their own manager (R3: holds the step's role). */
const setManager: Handler<'users.setManager'> = (input, ctx) =>
  ctx.db.transaction(async (em) => {
    const user = await mustFind(em, input.userId)
    if (input.managerUserId === user.id) throw new AppError('SELF_MANAGER')
    if (input.managerUserId !== null) {
      const manager = await mustFind(em, input.managerUserId)
      if (manager.disabled) throw new AppError('USER_DISABLED')
      await assertMayBeManager(em, manager.id)
    }
    await em.getRepository(UserEntity).update({ id: user.id }, { managerUserId: input.managerUserId, updatedAt: ctx.at.toISOString(), version: user.version + 1 })
    await audit(em, ctx, 'user.setManager', user.id, { managerUserId: input.managerUserId })
    return userDto(em, user.id)
  })

/** The new password is an initial one again: the user must replace it at next login; a lock is lifted. */
const resetPassword: Handler<'users.resetPassword'> = async (input, ctx) => {
  const passwordHash = await hashPassword(input.password)
  return ctx.db.transaction(async (em) => {
    const user = await mustFind(em, input.userId)
    await em.getRepository(UserEntity).update(
      { id: user.id },
      { passwordHash, mustChangePassword: true, failedAttempts: 0, lockedUntil: null, updatedAt: ctx.at.toISOString(), version: user.version + 1 },
    )
    await endSessionsOf(em, user.id, ctx.at)
    await audit(em, ctx, 'user.resetPassword', user.id)
    return userDto(em, user.id)
  })
}

export const usersHandlers = {
  'users.list': list,
  'users.create': create,
  'users.setRoles': setRoles,
  'users.setDisabled': setDisabled,
  'users.setManager': setManager,
  'users.resetPassword': resetPassword,
}
