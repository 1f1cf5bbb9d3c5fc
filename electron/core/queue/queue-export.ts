import type { QueueExport } from '../../../shared/api'
import type { Handler } from '../router/call-context'

/**
 * The view as the list shows it (same SQL, same order), up to QUEUE_EXPORT_CAP rows, newest first: read
 * and written in the export worker (export/export-jobs.ts), off the core's event loop.
 */
export const exportQueue: Handler<'queue.export'> = ({ tab, filter, jobId }, { db, user, at }): Promise<QueueExport> =>
  db.exports.run(user.id, jobId, { kind: 'queue', user: { ...user, asOf: at.toISOString() }, tab, ...(filter ? { filter } : {}), at: at.toISOString() })
