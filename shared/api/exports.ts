import { z } from 'zod'
import { method } from './define'

/**
 * An export (ledger.export, queue.export) runs in the core's export worker; the renderer names it with a
 * job id of its own (`jobId`, a UUID) and asks how far it is while the call is under way.
 * queued: another export is ahead of it; reading: the rows; writing: rowsWritten of rowCount; then done
 * or failed. unknown: no such job of this user (never started, or long finished).
 */
export const EXPORT_PHASES = ['queued', 'reading', 'writing', 'done', 'failed', 'unknown'] as const
export type ExportPhase = (typeof EXPORT_PHASES)[number]

export interface ExportProgress {
  phase: ExportPhase
  rowCount: number | null
  rowsWritten: number
  /** 0–100, for the progress bar: reading counts as the first tenth. */
  percent: number
}

export const exportJobId = z.uuid()

export const exportsApi = {
  /** A poll: watching an export does not count as the user's activity. */
  'export.progress': method<ExportProgress>()(z.object({ jobId: exportJobId }).strict(), 'signedIn', 'poll'),
} as const
