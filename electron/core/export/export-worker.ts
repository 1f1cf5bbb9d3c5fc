import { parentPort, workerData } from 'node:worker_threads'
import { createReaderDataSource, type DatabaseTarget } from '../db/data-source'
import { runExport, type ExportJob } from './export-work'
import type { FromExportWorker, ToExportWorker } from './export-messages'

// The export worker (issue 10: an export must not hold every other desk's call): a thread of its own
// with its own read-only connection (SQLite) or client (PostgreSQL). It reads the rows and writes the
// .xlsx one job at a time and reports each step; the core's event loop only hands jobs over and relays.

const port = parentPort
if (!port) throw new Error('export-worker.ts runs only as a worker thread')
const dataSource = createReaderDataSource((workerData as { target: DatabaseTarget }).target)
const ready = dataSource.initialize()
let queue: Promise<void> = Promise.resolve()

const post = (message: FromExportWorker) => port.postMessage(message)

async function run({ id, job, hold }: { id: string; job: ExportJob; hold?: Int32Array }): Promise<void> {
  try {
    await ready
    const file = await runExport(dataSource.manager, job, {
      rowsRead: (rowCount) => {
        post({ id, step: 'read', rowCount })
        // Tests only (ExportJobs.holdAfterReading): this thread waits here, the core answers meanwhile.
        if (hold) Atomics.wait(hold, 0, 0)
      },
      rowsWritten: (rowsWritten) => post({ id, step: 'written', rowsWritten }),
    })
    post({ id, done: file })
  } catch (error) {
    post({ id, failed: error instanceof Error ? error.message : String(error) })
  }
}

port.on('message', (message: ToExportWorker) => {
  if ('close' in message) {
    queue = queue.then(async () => {
      await ready.catch(() => undefined)
      if (dataSource.isInitialized) await dataSource.destroy()
      port.close()
    })
    return
  }
  queue = queue.then(() => run(message))
})
