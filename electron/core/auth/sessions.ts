import { createHash, randomBytes } from 'node:crypto'
import type { EntityManager } from 'typeorm'
import { IsNull } from 'typeorm'
import { AppError } from '../../../shared/errors'
import type { RoleKey } from '../../../shared/roles'
import { readRows } from '../db/driver-query'
import { SessionEntity } from '../db/entities'
import type { SignedInUser } from './signed-in-user'

/** A session ends after this long without the user doing anything (background polls do not count). */
export const SESSION_IDLE_MS = 30 * 60 * 1000
/** Activity is written at most this often, so reads stay reads. */
const TOUCH_EVERY_MS = 60 * 1000

/** Only the hash is stored: a stolen file holds no usable token. */
export const hashToken = (token: string) => createHash('sha256').update(token).digest('hex')

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

/** One row per role the user holds (one row with role null if none): the session, its user and roles in one statement. */
interface SessionOfUser {
  user_id: number
  last_seen_at: string
  ended_at: string | null
  name: string
  login: string
  must_change_password: number | boolean
  disabled: number | boolean
  role: RoleKey | null
}

/** The session, its user and roles: the statement behind every call (the benchmark's floors run it too). */
export const SESSION_OF_CALLER_SQL = `SELECT s.user_id, s.last_seen_at, s.ended_at, u.name, u.login, u.must_change_password, u.disabled, r.role
       FROM sessions s JOIN users u ON u.id = s.user_id LEFT JOIN user_roles r ON r.user_id = s.user_id
      WHERE s.token_hash = :tokenHash ORDER BY r.role`

/**
 * Who is calling. Throws NOT_SIGNED_IN for an unknown or ended session, SESSION_EXPIRED after the
 * idle timeout (and ends it). `active` is false for background polls, which must not keep a
 * forgotten window signed in. Every call of every window comes through here, so it is one indexed
 * statement (session, user and roles joined), not three hydrated ORM lookups.
 */
export async function resolveSession(em: EntityManager, token: string, at: Date, active: boolean): Promise<SignedInUser> {
  const tokenHash = hashToken(token)
  const rows = await readRows<SessionOfUser>(em, SESSION_OF_CALLER_SQL, { tokenHash })
  const found = rows[0]
  if (!found || found.ended_at) throw new AppError('NOT_SIGNED_IN')
  const sessions = em.getRepository(SessionEntity)
  const idle = at.getTime() - new Date(found.last_seen_at).getTime()
  if (idle > SESSION_IDLE_MS) {
    await sessions.update({ tokenHash }, { endedAt: at.toISOString() })
    throw new AppError('SESSION_EXPIRED')
  }
  if (Boolean(found.disabled)) throw new AppError('NOT_SIGNED_IN')
  if (active && idle > TOUCH_EVERY_MS) await sessions.update({ tokenHash }, { lastSeenAt: at.toISOString() })
  const roles = rows.flatMap((row) => (row.role === null ? [] : [row.role]))
  return { id: Number(found.user_id), name: found.name, login: found.login, roles, mustChangePassword: Boolean(found.must_change_password) }
}
