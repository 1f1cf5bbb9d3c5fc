import type { Handler } from '../router/call-context'

/** How far the caller's own export is (a job of another user reads as unknown). */
const progress: Handler<'export.progress'> = async ({ jobId }, { db, user }) => db.exports.progress(user.id, jobId)

export const exportHandlers = { 'export.progress': progress }
