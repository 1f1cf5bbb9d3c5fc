import type { EntityManager } from 'typeorm'
import { AppError } from '../../../shared/errors'
import type { Handler, PublicHandler } from '../router/call-context'
import { appendAuditEvent } from '../audit/append-audit-event'
import { SettingEntity, UserEntity } from '../db/entities'
import { COMPANY_NAME } from '../db/entities/setting'
import { lockKey } from '../db/locks'
import { updateWithVersion } from '../db/update-with-version'
import { login } from './login'
import { hashPassword, verifyPassword } from './password-hash'
import { endSession, endSessionsOf, startSession } from './sessions'
import { toMe, type SignedInUser } from './signed-in-user'
import { queueHomeOf } from '../queue/queue-home'
import { createUser } from '../users/create-user'


const status: PublicHandler<'system.status'> = (_input, { db }) =>
  db.read(async (em) => {
    const users = await em.getRepository(UserEntity).count()
    const company = await em.getRepository(SettingEntity).findOneBy({ key: COMPANY_NAME })
    return { setupNeeded: users === 0, companyName: company?.value ?? null }
  })

/** First start: the company's name (it heads every printed form) and the first administrator. */
const setup: PublicHandler<'system.setup'> = async (input, ctx) => {
  const passwordHash = await hashPassword(input.adminPassword)
  const { me, token } = await ctx.db.transaction(async (em) => {
    // Locked (locks.ts): two first starts at once make one administrator, not two.
    await lockKey(em, 'system.setup')
    if ((await em.getRepository(UserEntity).count()) > 0) throw new AppError('SETUP_ALREADY_DONE')
    await em.getRepository(SettingEntity).insert({ key: COMPANY_NAME, value: input.companyName })
    const admin = await createUser(em, {
      name: input.adminName,
      login: input.adminLogin,
      passwordHash,
      roles: ['admin'],
      mustChangePassword: false,
      at: ctx.at,
      actor: null,
    })
    await appendAuditEvent(em, {
      at: ctx.at, actor: { id: admin.id, name: admin.name }, role: 'admin', action: 'system.setup',
      entityType: 'settings', entityId: null, details: { companyName: input.companyName },
    })
    return { me: await toMe(em, admin), token: await startSession(em, admin.id, ctx.at) }
  })
  ctx.setSession(token)
  return me
}

/** withHome: the answer carries 待办's first chunk and badges, read during the password check (login.ts). */
const loginHandler: PublicHandler<'auth.login'> = async (input, ctx) => {
  const home = input.withHome ? (em: EntityManager, user: SignedInUser) => queueHomeOf(em, user, ctx.at) : undefined
  const { me, token, beside } = await login(ctx.db, input.login, input.password, ctx.at, home)
  ctx.setSession(token)
  return beside ? { ...me, home: beside } : me
}

const logout: PublicHandler<'auth.logout'> = async (_input, ctx) => {
  const token = ctx.sessionToken
  if (token) await ctx.db.transaction((em) => endSession(em, token, ctx.at))
  ctx.clearSession()
  return { done: true }
}

const me: PublicHandler<'auth.me'> = async (_input, { user }) => user

/** Everyone changes their own password; other sessions of the user end, this one stays. */
const changePassword: Handler<'auth.changePassword'> = async (input, ctx) => {
  const current = await ctx.db.read((em) => em.getRepository(UserEntity).findOneByOrFail({ id: ctx.user.id }))
  if (!(await verifyPassword(input.oldPassword, current.passwordHash))) throw new AppError('PASSWORD_WRONG')
  if (input.oldPassword === input.newPassword) throw new AppError('PASSWORD_UNCHANGED')
  const passwordHash = await hashPassword(input.newPassword)
  return ctx.db.transaction(async (em) => {
    const users = em.getRepository(UserEntity)
    await updateWithVersion(em, UserEntity, current.id, current.version, { passwordHash, mustChangePassword: false }, ctx.at)
    await endSessionsOf(em, current.id, ctx.at, ctx.sessionToken ?? undefined)
    await appendAuditEvent(em, { at: ctx.at, actor: ctx.user, role: null, action: 'password.change', entityType: 'user', entityId: current.id })
    return toMe(em, await users.findOneByOrFail({ id: current.id }))
  })
}

export const authHandlers = {
  'system.status': status,
  'system.setup': setup,
  'auth.login': loginHandler,
  'auth.logout': logout,
  'auth.me': me,
  'auth.changePassword': changePassword,
}
