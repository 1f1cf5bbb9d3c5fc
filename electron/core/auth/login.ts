import type { EntityManager } from 'typeorm'
import { AppError } from '../../../shared/errors'
import type { Me } from '../../../shared/api'
import { appendAuditEvent } from '../audit/append-audit-event'
import type { Database } from '../db/database'
import { UserEntity } from '../db/entities'
import { lockRow } from '../db/locks'
import { hashPassword, needsRehash, verifyAgainstDecoy, verifyPassword } from './password-hash'
import { startSession } from './sessions'
import { findUserByLogin, toMe, type SignedInUser } from './signed-in-user'

export const MAX_FAILED_LOGINS = 5
export const LOCKOUT_MS = 5 * 60 * 1000

function lockedFor(lockedUntil: string | null, at: Date): number {
  return lockedUntil ? Math.max(0, new Date(lockedUntil).getTime() - at.getTime()) : 0
}

function lockedError(ms: number): AppError {
  const minutes = Math.ceil(ms / 60_000)
  return new AppError('LOGIN_LOCKED', `密码错误次数过多，登录已锁定，请 ${minutes} 分钟后再试`, {
    retryAfterSeconds: Math.ceil(ms / 1000),
  })
}

/** A read for the user, made while their password is checked; see login(). */
export type ReadBeside<T> = (em: EntityManager, user: SignedInUser) => Promise<T>

/**
 * Five wrong passwords in a row lock the login for five minutes. The password is checked outside
 * the database queue (the hash is slow on purpose); the verdict is recorded in one transaction. A right
 * password stored under an older scheme (scrypt) is hashed again under the current one then (password-hash.ts).
 *
 * `beside` (issue 10): the hash runs on libuv's thread pool, so the core's own thread is idle for the
 * ~40 ms of the check; what the signed-in screen shows first is read in that time, as the user, and
 * handed back only if the verdict signs them in — refused, it is dropped unseen. Not for an account
 * that must change its password first (nothing is shown before that) or a disabled one.
 */
export async function login<T = never>(
  db: Database,
  loginName: string,
  password: string,
  at: Date,
  beside?: ReadBeside<T>,
): Promise<{ me: Me; token: string; beside?: T }> {
  const user = await db.read((em) => findUserByLogin(em, loginName))
  if (!user) {
    await verifyAgainstDecoy(password)
    throw new AppError('LOGIN_FAILED')
  }
  const locked = lockedFor(user.lockedUntil, at)
  if (locked > 0) throw lockedError(locked)
  const checking = verifyPassword(password, user.passwordHash)
  const early =
    beside && !user.mustChangePassword && !user.disabled
      ? db.read(async (em) => beside(em, await toMe(em, user))).catch(() => undefined)
      : undefined
  const good = await checking
  const upgraded = good && !user.disabled && needsRehash(user.passwordHash) ? await hashPassword(password) : null

  // A refusal must still commit its count, so the transaction returns a verdict and the caller throws.
  const verdict = await db.transaction(async (em) => {
    const users = em.getRepository(UserEntity)
    const actor = { id: user.id, name: user.name }
    // The user's row is locked (locks.ts): tries at the same moment are counted one after the other.
    await lockRow(em, 'users', user.id)
    // A concurrent try may have locked the login while this password was being checked.
    const stillLocked = lockedFor((await users.findOneByOrFail({ id: user.id })).lockedUntil, at)
    if (stillLocked > 0) return { refused: lockedError(stillLocked) }
    if (!good) {
      // Counted in SQL, so two wrong tries at the same moment both count.
      await users.increment({ id: user.id }, 'failedAttempts', 1)
      const fresh = await users.findOneByOrFail({ id: user.id })
      if (fresh.failedAttempts >= MAX_FAILED_LOGINS) {
        const until = new Date(at.getTime() + LOCKOUT_MS)
        await users.update({ id: user.id }, { failedAttempts: 0, lockedUntil: until.toISOString(), updatedAt: at.toISOString() })
        await appendAuditEvent(em, { at, actor, role: null, action: 'login.locked', entityType: 'user', entityId: user.id })
        return { refused: lockedError(LOCKOUT_MS) }
      }
      await appendAuditEvent(em, { at, actor, role: null, action: 'login.failed', entityType: 'user', entityId: user.id })
      return { refused: new AppError('LOGIN_FAILED') }
    }
    if (user.disabled) return { refused: new AppError('USER_DISABLED') }
    await users.update({ id: user.id }, { failedAttempts: 0, lockedUntil: null, ...(upgraded && { passwordHash: upgraded }) })
    const token = await startSession(em, user.id, at)
    await appendAuditEvent(em, { at, actor, role: null, action: 'login', entityType: 'user', entityId: user.id })
    return { me: await toMe(em, { ...user, failedAttempts: 0, lockedUntil: null }), token }
  })
  if ('refused' in verdict) throw verdict.refused
  return { ...verdict, beside: await early }
}
