import type { ExportFile, ExportJob } from './export-work'

/** What the core sends the export worker: a job (with a hold for tests), or close. */
export type ToExportWorker = { id: string; job: ExportJob; hold?: Int32Array } | { close: true }

/** What the worker reports: rows read, rows written so far, the file, or why it failed. */
export type FromExportWorker =
  | { id: string; step: 'read'; rowCount: number }
  | { id: string; step: 'written'; rowsWritten: number }
  | { id: string; done: ExportFile }
  | { id: string; failed: string }
