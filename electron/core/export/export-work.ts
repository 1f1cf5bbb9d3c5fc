import type { EntityManager } from 'typeorm'
import type { LedgerFilter, QueueFilter, QueueTab } from '../../../shared/api'
import { formatShanghai } from '../../../shared/dates'
import { describeLedgerFilter, ledgerFileName } from '../ledger/ledger-describe'
import { ledgerFilterNames, ledgerRows, sumLedger } from '../ledger/ledger-service'
import { ledgerWorkbook } from '../ledger/ledger-workbook'
import { describeQueueFilter, queueFileName } from '../queue/queue-describe'
import type { QueueUser } from '../queue/queue-sql'
import { queuePage } from '../queue/queue-service'
import { queueWorkbook } from '../queue/queue-workbook'
import { QUEUE_EXPORT_CAP } from '../../../shared/api'

// What an export does, start to end, given a way into the data: read the rows, then write the file.
// It runs in the export worker (export-worker.ts) on the worker's own connection; the handlers only
// hand the job over (export-jobs.ts). Everything a job carries crosses a thread: plain data only.

export type ExportJob =
  | { kind: 'ledger'; filter: LedgerFilter; at: string }
  | { kind: 'queue'; user: QueueUser; tab: QueueTab; filter?: QueueFilter; at: string }

export interface ExportFile {
  fileName: string
  base64: string
  rowCount: number
  /** Rows the view holds (the queue's export stops at QUEUE_EXPORT_CAP). */
  total: number
}

/** How far a job is: reading the rows, then writing them (rowsWritten of rowCount). */
export interface ExportSteps {
  rowsRead(rowCount: number): void
  rowsWritten(rowsWritten: number): void
}

export async function runExport(em: EntityManager, job: ExportJob, steps: ExportSteps): Promise<ExportFile> {
  const at = new Date(job.at)
  if (job.kind === 'ledger') {
    const { filter } = job
    const rows = await ledgerRows(em, filter)
    const names = await ledgerFilterNames(em, filter)
    steps.rowsRead(rows.length)
    const file = ledgerWorkbook({
      description: describeLedgerFilter(filter, names),
      rows,
      totals: sumLedger(rows),
      exportedAt: formatShanghai(at.toISOString()),
      createdAt: at,
      onProgress: steps.rowsWritten,
    })
    return { fileName: ledgerFileName(filter), base64: file.toString('base64'), rowCount: rows.length, total: rows.length }
  }
  // The view as the list shows it (same SQL, same order), up to QUEUE_EXPORT_CAP rows, newest first.
  const { rows, total } = await queuePage(em, job.user, job.tab, job.filter, 1, QUEUE_EXPORT_CAP)
  steps.rowsRead(rows.length)
  const file = queueWorkbook({ tab: job.tab, description: describeQueueFilter(job.filter), rows, total, createdAt: at, onProgress: steps.rowsWritten })
  return { fileName: queueFileName(job.tab, at), base64: file.toString('base64'), rowCount: rows.length, total }
}
