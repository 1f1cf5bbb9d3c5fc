import { execFileSync, spawn } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import { createServer } from 'node:net'
import { join } from 'node:path'

/** The host's line once its start-up work is done (electron/host/index.ts STARTUP_WORK_DONE; not imported: that module starts a host). */
const STARTUP_WORK_DONE = '启动检查与今日备份已完成'

/** The repository root (this file is bench/browser/host-process.ts). */
export const ROOT = join(__dirname, '..', '..')

/** The host serves the last build; build once if there is none (a fresh checkout). */
export function ensureBuilt(): void {
  if (existsSync(join(ROOT, 'out/main/host.js')) && existsSync(join(ROOT, 'out/renderer/index.html'))) return
  console.log('browser bench: no build in out/, running npm run build …')
  execFileSync('npm', ['run', 'build'], { cwd: ROOT, stdio: 'inherit', shell: process.platform === 'win32' })
}

/** Refuses a port someone else answers on: the bench would otherwise measure their host, not ours. */
async function assertPortFree(port: number): Promise<void> {
  await new Promise<void>((resolve, reject) => {
    const probe = createServer()
    probe.once('error', () => reject(new Error(`port ${port} is in use; pass another with --port`)))
    probe.listen(port, '127.0.0.1', () => probe.close(() => resolve()))
  })
}

export interface RunningHost {
  url: string
  pid: number
  /** Resident memory of the host process in MiB (Linux /proc; NaN elsewhere). */
  rssMiB(): number
  stop(): Promise<void>
}

/**
 * `node out/main/host.js` on `dbFile` as a child process, ready once it answers on its port. The first
 * open of an older file migrates it (after a backup into `dataDir`), which can take a while at ten years.
 */
export async function startHost(options: { dbFile: string; dataDir: string; port: number; readyTimeoutMs?: number }): Promise<RunningHost> {
  await assertPortFree(options.port)
  const url = `http://127.0.0.1:${options.port}/`
  const child = spawn(process.execPath, [join(ROOT, 'out/main/host.js')], {
    cwd: ROOT,
    env: {
      ...process.env,
      BACKOFFICE_PORT: String(options.port),
      BACKOFFICE_DATA_DIR: options.dataDir,
      BACKOFFICE_DB: options.dbFile,
      BACKOFFICE_PG_URL: '',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let output = ''
  let startupDone = false
  const keep = (chunk: Buffer) => {
    output = (output + chunk.toString('utf8')).slice(-4000)
    if (output.includes(STARTUP_WORK_DONE)) startupDone = true
  }
  child.stdout.on('data', keep)
  child.stderr.on('data', keep)
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)))
  let gone = false
  void exited.then(() => (gone = true))

  const deadline = Date.now() + (options.readyTimeoutMs ?? 300_000)
  for (;;) {
    if (gone) throw new Error(`the host stopped before it was ready:\n${output}`)
    if (Date.now() > deadline) {
      child.kill('SIGKILL')
      throw new Error(`the host was not ready within ${Math.round((options.readyTimeoutMs ?? 300_000) / 1000)} s:\n${output}`)
    }
    const ready = await fetch(url).then((r) => r.ok, () => false)
    // Ready to measure once it answers and its start-up work (file check, the day's backup of a fresh
    // copy: ~6 s at ten years, in a worker) is done; measuring during it measures the backup.
    if (ready && startupDone) break
    await new Promise((resolve) => setTimeout(resolve, 250))
  }

  const pid = child.pid!
  return {
    url,
    pid,
    rssMiB: () => {
      if (process.platform !== 'linux' || gone) return Number.NaN
      const match = /^VmRSS:\s+(\d+)\s+kB/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))
      return match ? Number(match[1]) / 1024 : Number.NaN
    },
    stop: async () => {
      if (gone) return
      // SIGTERM lets the host close the database cleanly (WAL checkpoint); kill it if it hangs.
      child.kill('SIGTERM')
      const timer = setTimeout(() => child.kill('SIGKILL'), 15_000)
      await exited
      clearTimeout(timer)
    },
  }
}
