// The sandboxed preload: bundled into one CommonJS file (DESIGN.md, Pitfalls), so it may import only
// 'electron' and small pure modules that the bundler inlines.
import { contextBridge, ipcRenderer } from 'electron'
import { ERROR_MESSAGES, type Envelope } from '../../shared/errors'
import type { PreloadApi } from '../../shared/preload-api'
import { API_CHANNEL } from './channel'

const api: PreloadApi = {
  // The main process never throws across IPC; this catch only covers the transport itself
  // (no handler yet, an uncloneable input), so the renderer always receives an envelope.
  async call(method: string, input: unknown): Promise<Envelope<unknown>> {
    try {
      return (await ipcRenderer.invoke(API_CHANNEL, method, input)) as Envelope<unknown>
    } catch {
      return { ok: false, error: { code: 'INTERNAL', message: ERROR_MESSAGES.INTERNAL } }
    }
  },
}

contextBridge.exposeInMainWorld('api', api)
