import type { Handler } from '../router/call-context'
import { exportQueue } from './queue-export'
import { queueCounts, queuePage } from './queue-service'

const list: Handler<'queue.list' | 'queue.refresh'> = (input, { db, user }) =>
  db.read((em) => queuePage(em, user, input.tab, input.filter, input.page, input.pageSize, input.after))

const counts: Handler<'queue.counts'> = (input, { db, user }) => db.read((em) => queueCounts(em, user, input.filter))

export const queueHandlers = { 'queue.list': list, 'queue.refresh': list, 'queue.counts': counts, 'queue.export': exportQueue }
