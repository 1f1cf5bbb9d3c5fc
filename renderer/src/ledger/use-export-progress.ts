import { useCallback, useEffect, useRef, useState } from 'react'
import { call } from '../api/client'

/** How often the button asks how far the export is (export.progress, a poll: not the user's activity). */
const POLL_MS = 300

/** A v4 UUID: crypto.randomUUID where the page is a secure context (app://, 127.0.0.1), else from random bytes. */
function newJobId(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID()
  const b = crypto.getRandomValues(new Uint8Array(16))
  b[6] = (b[6]! & 0x0f) | 0x40
  b[8] = (b[8]! & 0x3f) | 0x80
  const hex = [...b].map((x) => x.toString(16).padStart(2, '0')).join('')
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`
}

/**
 * An export (ledger.export, queue.export) runs in the core's export worker; while the call is under way
 * this asks the core how far it is, so the button can say 导出中 45%. `percent` is null when no export runs.
 */
export function useExportProgress() {
  const [percent, setPercent] = useState<number | null>(null)
  const alive = useRef(true)
  useEffect(() => () => void (alive.current = false), [])

  const run = useCallback(async <T,>(start: (jobId: string) => Promise<T>): Promise<T> => {
    const jobId = newJobId()
    let running = true
    setPercent(0)
    const follow = async () => {
      while (running && alive.current) {
        await new Promise((resolve) => setTimeout(resolve, POLL_MS))
        if (!running || !alive.current) return
        const progress = await call('export.progress', { jobId }).catch(() => null)
        if (progress && running && alive.current) setPercent(progress.percent)
      }
    }
    void follow()
    try {
      return await start(jobId)
    } finally {
      running = false
      if (alive.current) setPercent(null)
    }
  }, [])

  return { percent, run }
}

/** The export button's words: 导出中 45% while it runs. */
export function exportingLabel(idle: string, percent: number | null): string {
  return percent === null ? idle : `导出中 ${percent}%`
}
