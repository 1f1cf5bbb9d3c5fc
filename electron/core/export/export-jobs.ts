import { randomUUID } from 'node:crypto'
import { existsSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { Worker } from 'node:worker_threads'
import type { ExportProgress } from '../../../shared/api'
import { createReaderDataSource, type DatabaseTarget } from '../db/data-source'
import type { FromExportWorker, ToExportWorker } from './export-messages'
import { runExport, type ExportFile, type ExportJob } from './export-work'

// Issue 10: the year's ledger export took 0.3–0.7 s on the core's event loop, and every other desk's call
// waited behind it. Exports now run in one worker thread (export-worker.ts) with its own connection;
// this side hands jobs over, keeps how far each is for `export.progress`, and resolves the call.

interface JobState {
  job: ExportJob
  owner: number
  jobId: string | null
  progress: ExportProgress
  resolve(file: ExportFile): void
  reject(error: Error): void
}

/** Finished jobs kept for a last progress poll; the oldest go first. */
const KEEP_FINISHED = 50

function percentOf(p: ExportProgress): number {
  if (p.phase === 'done') return 100
  if (p.phase !== 'writing' || !p.rowCount) return p.phase === 'reading' ? 5 : 0
  return Math.min(99, 10 + Math.floor((90 * p.rowsWritten) / p.rowCount))
}

/** The worker's file: the TypeScript source under vitest and tsx (loaded through tsx), the bundle's export-worker.js when built. */
function startWorker(target: DatabaseTarget): Worker {
  const here = fileURLToPath(import.meta.url)
  if (here.endsWith('.ts')) {
    const tsx = createRequire(import.meta.url).resolve('tsx/cjs/api')
    const entry = join(dirname(here), 'export-worker.ts')
    const source = `require(${JSON.stringify(tsx)}).register(); require(${JSON.stringify(entry)})`
    return new Worker(source, { eval: true, workerData: { target } })
  }
  // Packaged, a worker cannot start from inside the asar archive: electron-builder.yml unpacks the file.
  const candidates = [join(dirname(here), 'export-worker.js'), join(dirname(here), '..', 'export-worker.js')]
  const bundled = candidates.flatMap((f) => [f.replace(/app\.asar([\\/])/, 'app.asar.unpacked$1'), f]).find((f) => existsSync(f))
  if (!bundled) throw new Error('export-worker.js is not beside the bundle')
  return new Worker(bundled, { workerData: { target } })
}

export class ExportJobs {
  private worker: Worker | null = null
  private readonly running = new Map<string, JobState>()
  private readonly finished: JobState[] = []
  private hold: Int32Array | null = null
  /** Set once a worker has answered; one that dies before ever answering could not start (see lost). */
  private workerAnswered = false
  /** No worker thread here (one could not start): jobs run on this thread. */
  private noWorker = false

  constructor(private readonly target: () => DatabaseTarget) {}

  /** Runs the job in the worker; `jobId` (the renderer's) lets `progress` follow it meanwhile. */
  run(owner: number, jobId: string | undefined, job: ExportJob): Promise<ExportFile> {
    return new Promise<ExportFile>((resolve, reject) => {
      const id = randomUUID()
      const state: JobState = { job, owner, jobId: jobId ?? null, progress: { phase: this.running.size ? 'queued' : 'reading', rowCount: null, rowsWritten: 0, percent: 0 }, resolve, reject }
      state.progress.percent = percentOf(state.progress)
      this.running.set(id, state)
      const worker = this.ensureWorker()
      if (!worker) return void this.runHere(id, job)
      // Held while a job is under way (a script awaiting an export must not exit), let go when idle.
      worker.ref()
      worker.postMessage({ id, job, ...(this.hold ? { hold: this.hold } : {}) } satisfies ToExportWorker)
    })
  }

  /** How far the user's job is; 'unknown' for a job id this user has not started (or one long finished). */
  progress(owner: number, jobId: string): ExportProgress {
    const all = [...this.running.values(), ...this.finished]
    const state = all.find((s) => s.owner === owner && s.jobId === jobId)
    return state ? { ...state.progress } : { phase: 'unknown', rowCount: null, rowsWritten: 0, percent: 0 }
  }

  /**
   * Tests only: jobs started from now on stop in the worker after reading their rows until `release`.
   * The worker thread itself waits (Atomics.wait), so the core can answer only if it is not the one waiting.
   */
  holdAfterReading(): () => void {
    const hold = new Int32Array(new SharedArrayBuffer(4))
    this.hold = hold
    return () => {
      this.hold = null
      Atomics.store(hold, 0, 1)
      Atomics.notify(hold, 0)
    }
  }

  async close(): Promise<void> {
    const worker = this.worker
    this.worker = null
    if (!worker) return
    const exited = new Promise((resolve) => worker.once('exit', resolve))
    // Held until it has gone: a script closing the workstation must not end before its connection is closed.
    worker.ref()
    worker.postMessage({ close: true } satisfies ToExportWorker)
    await exited
  }

  private ensureWorker(): Worker | null {
    if (this.worker) return this.worker
    if (this.noWorker) return null
    try {
      const worker = startWorker(this.target())
      worker.on('message', (message: FromExportWorker) => this.heard(message))
      worker.on('error', (error) => this.lost(worker, error))
      worker.on('exit', (code) => this.lost(worker, new Error(`export worker exited with ${code}`)))
      worker.unref()
      this.worker = worker
      return worker
    } catch (error) {
      // It should not happen; if it does, export on this thread rather than not at all (as sqlite-file-worker.ts).
      console.warn('[export] worker thread unavailable, exporting on the main thread', error)
      this.noWorker = true
      return null
    }
  }

  private heard(message: FromExportWorker): void {
    this.workerAnswered = true
    const state = this.running.get(message.id)
    if (!state) return
    const p = state.progress
    if ('step' in message) {
      if (message.step === 'read') Object.assign(p, { phase: 'writing', rowCount: message.rowCount })
      else p.rowsWritten = message.rowsWritten
      p.percent = percentOf(p)
      return
    }
    this.running.delete(message.id)
    if (!this.running.size) this.worker?.unref()
    // The next job in the worker's line starts reading now.
    const next = this.running.values().next().value
    if (next && next.progress.phase === 'queued') next.progress.phase = 'reading'
    if ('done' in message) {
      Object.assign(p, { phase: 'done', rowsWritten: message.done.rowCount, percent: 100 })
      state.resolve(message.done)
    } else {
      p.phase = 'failed'
      state.reject(new Error(`export failed: ${message.failed}`))
    }
    this.finished.push(state)
    if (this.finished.length > KEEP_FINISHED) this.finished.shift()
  }

  /** The worker died (or was closed): its jobs fail, and the next export starts a new one. */
  private lost(worker: Worker, error: Error): void {
    if (this.worker === worker) this.worker = null
    if (!this.workerAnswered && this.running.size) {
      // It never got going (its file could not be loaded, e.g. from a packed archive): this thread does the work.
      console.warn('[export] worker thread could not start, exporting on the main thread', error)
      this.noWorker = true
      for (const [id, state] of this.running) void this.runHere(id, state.job)
      return
    }
    for (const [id, state] of this.running) {
      this.running.delete(id)
      state.progress.phase = 'failed'
      state.reject(error)
    }
  }

  private async runHere(id: string, job: ExportJob): Promise<void> {
    const dataSource = createReaderDataSource(this.target())
    try {
      await dataSource.initialize()
      const steps = {
        rowsRead: (rowCount: number) => this.heard({ id, step: 'read', rowCount }),
        rowsWritten: (rowsWritten: number) => this.heard({ id, step: 'written', rowsWritten }),
      }
      this.heard({ id, done: await runExport(dataSource.manager, job, steps) })
    } catch (error) {
      this.heard({ id, failed: error instanceof Error ? error.message : String(error) })
    } finally {
      if (dataSource.isInitialized) await dataSource.destroy()
    }
  }
}
