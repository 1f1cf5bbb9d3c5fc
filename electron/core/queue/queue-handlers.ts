import { queueRowFor } from '../auth/need-to-know'
import type { Handler } from '../router/call-context'
import { exportQueue } from './queue-export'
import { queueCounts, queuePage } from './queue-service'

// Need-to-know: a row's amount only for AMOUNT_READERS (queueRowFor).
const list: Handler<'queue.list' | 'queue.refresh'> = async (input, { db, user }) => {
  const page = await db.read((em) => queuePage(em, user, input.tab, input.filter, input.page, input.pageSize, input.after))
  return { ...page, rows: page.rows.map((r) => queueRowFor(user, r)) }
}

const counts: Handler<'queue.counts'> = (input, { db, user }) => db.read((em) => queueCounts(em, user, input.filter))

export const queueHandlers = { 'queue.list': list, 'queue.refresh': list, 'queue.counts': counts, 'queue.export': exportQueue }
