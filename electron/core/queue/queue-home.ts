import type { EntityManager } from 'typeorm'
import { QUEUE_CHUNK, type QueueHome } from '../../../shared/api'
import { queueRowFor } from '../auth/need-to-know'
import type { SignedInUser } from '../auth/signed-in-user'
import { principalsCovered } from '../deputies/standing-in'
import type { QueueUser } from './queue-sql'
import { queueCounts, queuePage } from './queue-service'

/** 代理审批: during a deputy period the principals' tasks are on the deputy's 待办 too (queue-sql.ts); read at the clock's `at`. */
export async function deskOf(em: EntityManager, user: SignedInUser, at: Date): Promise<QueueUser> {
  return { ...user, covering: await principalsCovered(em, user.id, at), asOf: at.toISOString() }
}

/**
 * What the home page shows first: 待办's first chunk without filters and the three badges, as
 * queue.list and queue.counts answer them (need-to-know: a row's amount only for AMOUNT_READERS).
 */
export async function queueHomeOf(em: EntityManager, user: SignedInUser, at: Date): Promise<QueueHome> {
  const desk = await deskOf(em, user, at)
  const page = await queuePage(em, desk, 'todo', undefined, 1, QUEUE_CHUNK)
  const counts = await queueCounts(em, desk, undefined)
  return { list: { ...page, rows: page.rows.map((row) => queueRowFor(user, row)) }, counts }
}
