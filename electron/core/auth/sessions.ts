import { createHash, randomBytes } from 'node:crypto'
import type { EntityManager } from 'typeorm'
import { IsNull } from 'typeorm'
import { AppError } from '../../../shared/errors'
import { SessionEntity, UserEntity } from '../db/entities'
import { toMe, type SignedInUser } from './signed-in-user'

/** A session ends after this long without the user doing anything (background polls do not count). */
export const SESSION_IDLE_MS = 30 * 60 * 1000
/** Activity is written at most this often, so reads stay reads. */
const TOUCH_EVERY_MS = 60 * 1000

const hashToken = (token: string) => createHash('sha256').update(token).digest('hex')

export async function startSession(em: EntityManager, userId: number, at: Date): Promise<string> {
  const token = randomBytes(32).toString('base64url')
  const now = at.toISOString()
  await em.getRepository(SessionEntity).insert({ tokenHash: hashToken(token), userId, createdAt: now, lastSeenAt: now, endedAt: null })
  return token
}

export async function endSession(em: EntityManager, token: string, at: Date): Promise<void> {
  await em.getRepository(SessionEntity).update({ tokenHash: hashToken(token), endedAt: IsNull() }, { endedAt: at.toISOString() })
}

/** Disabling a user or resetting their password signs them out everywhere (except, optionally, here). */
export async function endSessionsOf(em: EntityManager, userId: number, at: Date, keepToken?: string): Promise<void> {
  const qb = em
    .createQueryBuilder()
    .update(SessionEntity)
    .set({ endedAt: at.toISOString() })
    .where('user_id = :userId AND ended_at IS NULL', { userId })
  if (keepToken) qb.andWhere('token_hash <> :keep', { keep: hashToken(keepToken) })
  await qb.execute()
}

/**
 * Who is calling. Throws NOT_SIGNED_IN for an unknown or ended session, SESSION_EXPIRED after the
 * idle timeout (and ends it). `active` is false for background polls, which must not keep a
 * forgotten window signed in.
 */
export async function resolveSession(em: EntityManager, token: string, at: Date, active: boolean): Promise<SignedInUser> {
  const sessions = em.getRepository(SessionEntity)
  const session = await sessions.findOne({ where: { tokenHash: hashToken(token) } })
  if (!session || session.endedAt) throw new AppError('NOT_SIGNED_IN')
  const idle = at.getTime() - new Date(session.lastSeenAt).getTime()
  if (idle > SESSION_IDLE_MS) {
    await sessions.update({ tokenHash: session.tokenHash }, { endedAt: at.toISOString() })
    throw new AppError('SESSION_EXPIRED')
  }
  const user = await em.getRepository(UserEntity).findOne({ where: { id: session.userId } })
  if (!user || user.disabled) throw new AppError('NOT_SIGNED_IN')
  if (active && idle > TOUCH_EVERY_MS) await sessions.update({ tokenHash: session.tokenHash }, { lastSeenAt: at.toISOString() })
  return toMe(em, user)
}
