import { queueRowFor } from '../auth/need-to-know'
import type { Handler } from '../router/call-context'
import { exportQueue } from './queue-export'
import { deskOf } from './queue-home'
import { queueCounts, queuePage } from './queue-service'

// Need-to-know: a row's amount only for AMOUNT_READERS (queueRowFor).
const list: Handler<'queue.list' | 'queue.refresh'> = async (input, ctx) => {
  const page = await ctx.db.read(async (em) =>
    queuePage(em, input.tab === 'todo' ? await deskOf(em, ctx.user, ctx.at) : { ...ctx.user, asOf: ctx.at.toISOString() }, input.tab, input.filter, input.page, input.pageSize, input.after),
  )
  return { ...page, rows: page.rows.map((r) => queueRowFor(ctx.user, r)) }
}

const counts: Handler<'queue.counts'> = (input, ctx) => ctx.db.read(async (em) => queueCounts(em, await deskOf(em, ctx.user, ctx.at), input.filter))

export const queueHandlers = { 'queue.list': list, 'queue.refresh': list, 'queue.counts': counts, 'queue.export': exportQueue }
