import type { EntityManager } from 'typeorm'
import { queueRowFor } from '../auth/need-to-know'
import { principalsCovered } from '../deputies/standing-in'
import type { Handler, SignedInContext } from '../router/call-context'
import { exportQueue } from './queue-export'
import type { QueueUser } from './queue-sql'
import { queueCounts, queuePage } from './queue-service'

/** 代理审批: during a deputy period the principals' tasks are on the deputy's 待办 too (queue-sql.ts). */
async function deskOf(em: EntityManager, { user, at }: SignedInContext): Promise<QueueUser> {
  return { ...user, covering: await principalsCovered(em, user.id, at) }
}

// Need-to-know: a row's amount only for AMOUNT_READERS (queueRowFor).
const list: Handler<'queue.list' | 'queue.refresh'> = async (input, ctx) => {
  const page = await ctx.db.read(async (em) =>
    queuePage(em, input.tab === 'todo' ? await deskOf(em, ctx) : ctx.user, input.tab, input.filter, input.page, input.pageSize, input.after),
  )
  return { ...page, rows: page.rows.map((r) => queueRowFor(ctx.user, r)) }
}

const counts: Handler<'queue.counts'> = (input, ctx) => ctx.db.read(async (em) => queueCounts(em, await deskOf(em, ctx), input.filter))

export const queueHandlers = { 'queue.list': list, 'queue.refresh': list, 'queue.counts': counts, 'queue.export': exportQueue }
