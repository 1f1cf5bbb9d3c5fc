import { createRequire } from 'node:module'
import { Worker } from 'node:worker_threads'
import BetterSqlite3 from 'better-sqlite3'

/**
 * Whole-file work on the SQLite file — quick_check at start-up, the daily backup and its
 * integrity_check — reads every page: ~0.7 s for quick_check and ~6 s for backup + check at ten years.
 * On the main thread that is a frozen window (and the serial queue waiting behind it). A worker thread
 * with its own read-only connection does it beside the app: in WAL mode a reader neither blocks the
 * writer nor sees half of a transaction, so the check and the copy see one consistent snapshot.
 */
export type FileJob = { task: 'check'; file: string; pragma: 'quick_check' | 'integrity_check' } | { task: 'backup'; file: string; dest: string }

// CommonJS source run with `eval`: the worker needs no file of its own in the bundle.
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads')
const Database = require(workerData.driver)
const job = workerData.job
function check(file, pragma) {
  const db = new Database(file, { readonly: true, fileMustExist: true })
  try { return String(db.pragma(pragma, { simple: true })) } finally { db.close() }
}
try {
  if (job.task === 'backup') {
    const db = new Database(job.file, { readonly: true, fileMustExist: true })
    try { db.prepare('VACUUM INTO ?').run(job.dest) } finally { db.close() }
    parentPort.postMessage({ verdict: check(job.dest, 'integrity_check') })
  } else {
    parentPort.postMessage({ verdict: check(job.file, job.pragma) })
  }
} catch (error) {
  parentPort.postMessage({ failed: String((error && error.message) || error) })
}
`

const driverPath = (): string => createRequire(import.meta.url).resolve('better-sqlite3')

/** The same job on this thread: where a worker cannot start (it should not happen; never silently skip). */
function runHere(job: FileJob): string {
  if (job.task === 'backup') {
    const db = new BetterSqlite3(job.file, { readonly: true, fileMustExist: true })
    try {
      db.prepare('VACUUM INTO ?').run(job.dest)
    } finally {
      db.close()
    }
  }
  const file = job.task === 'backup' ? job.dest : job.file
  const db = new BetterSqlite3(file, { readonly: true, fileMustExist: true })
  try {
    return String(db.pragma(job.task === 'backup' ? 'integrity_check' : job.pragma, { simple: true }))
  } finally {
    db.close()
  }
}

/** Runs the job off the main thread; resolves with the pragma's verdict ('ok' when all is well). */
export function runFileJob(job: FileJob): Promise<string> {
  return new Promise((resolve, reject) => {
    let worker: Worker
    try {
      worker = new Worker(WORKER_SOURCE, { eval: true, workerData: { driver: driverPath(), job } })
    } catch (error) {
      console.warn('[sqlite] worker thread unavailable, running on the main thread', error)
      resolve(runHere(job))
      return
    }
    worker.once('message', (message: { verdict?: string; failed?: string }) => {
      if (message.failed !== undefined) reject(new Error(message.failed))
      else resolve(message.verdict ?? '')
    })
    worker.once('error', reject)
    worker.once('exit', (code) => {
      if (code !== 0) reject(new Error(`sqlite worker exited with ${code}`))
    })
  })
}
