// Binds the core's router to the one IPC channel. The session token lives here, per webContents,
// and never reaches renderer code (electron/core/workstation.ts).
import { ipcMain, type BrowserWindow, type IpcMainInvokeEvent, type WebContents } from 'electron'
import { ERROR_MESSAGES, type Envelope } from '../../shared/errors'
import type { DispatchResult, Workstation } from '../core/workstation'
import { API_CHANNEL } from '../preload/channel'
import { isDeskMethod } from '../../shared/desk-api'
import { AppError } from '../../shared/errors'
import { answerDesk } from './desk-print'
import { isTrustedUrl } from './origins'

const FORBIDDEN: Envelope<never> = { ok: false, error: { code: 'FORBIDDEN', message: ERROR_MESSAGES.FORBIDDEN } }
const INTERNAL: Envelope<never> = { ok: false, error: { code: 'INTERNAL', message: ERROR_MESSAGES.INTERNAL } }

/** For logs only: the input is never logged (it may hold a password). */
function methodLabel(method: unknown): string {
  return typeof method === 'string' && method.length <= 64 ? method : '<invalid method>'
}

/** Only the main frame of our own window, showing our own page, may call the core. */
function isTrustedSender(event: IpcMainInvokeEvent, window: BrowserWindow | null): boolean {
  const frame = event.senderFrame
  if (frame === null || frame.isDestroyed() || frame.parent !== null) return false
  if (window === null || window.isDestroyed() || event.sender.id !== window.webContents.id) return false
  return isTrustedUrl(frame.url)
}

export interface ApiIpcOptions {
  workstation: Workstation
  getWindow: () => BrowserWindow | null
}

/** Registers the 'api:call' handler; returns a function that removes it. */
export function registerApiIpc({ workstation, getWindow }: ApiIpcOptions): () => void {
  const tokens = new Map<number, string>()
  const watched = new Set<number>()

  function forgetWhenDestroyed(contents: WebContents): void {
    const id = contents.id
    if (watched.has(id)) return
    watched.add(id)
    contents.once('destroyed', () => {
      tokens.delete(id)
      watched.delete(id)
    })
  }

  function applySession(contents: WebContents, session: DispatchResult['session']): void {
    if (session === undefined || contents.isDestroyed()) return
    if ('token' in session) {
      tokens.set(contents.id, session.token)
      forgetWhenDestroyed(contents)
    } else {
      tokens.delete(contents.id)
    }
  }

  ipcMain.handle(API_CHANNEL, async (event, method: unknown, input: unknown): Promise<Envelope<unknown>> => {
    try {
      if (!isTrustedSender(event, getWindow())) {
        console.warn(`[ipc] refused ${methodLabel(method)} from ${event.senderFrame?.url ?? 'a detached frame'}`)
        return FORBIDDEN
      }
      const contents = event.sender
      // The desk's own operations (printing here) are answered by this process, never the core (shared/desk-api.ts).
      if (isDeskMethod(method)) return await answerDeskCall(contents, method, input)
      const result = await workstation.dispatch(method, input, tokens.get(contents.id) ?? null)
      applySession(contents, result.session)
      return result.envelope
    } catch (error) {
      // Never throw across IPC: custom error properties would not survive it (DESIGN.md, Pitfalls).
      console.error(`[ipc] ${methodLabel(method)} failed`, error)
      return INTERNAL
    }
  })

  async function answerDeskCall(contents: WebContents, method: Parameters<typeof answerDesk>[1], input: unknown): Promise<Envelope<unknown>> {
    try {
      return { ok: true, data: await answerDesk(contents, method, input) }
    } catch (error) {
      if (!(error instanceof AppError)) throw error
      return { ok: false, error: { code: error.code, message: error.message, details: error.details } }
    }
  }

  return () => {
    ipcMain.removeHandler(API_CHANNEL)
    tokens.clear()
  }
}
