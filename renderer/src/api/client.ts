import { api, type InputOf, type MethodName, type ResultOf } from '../../../shared/api'
import { AppError, ERROR_MESSAGES, type Envelope } from '../../../shared/errors'
import type { PreloadApi } from '../../../shared/preload-api'
import { createEmitter } from './emitter'

// The only door to the core. The renderer never decides what is allowed: it sends a method name and
// an input, and shows what the main process answers (DESIGN.md, "Data flows one way").


declare global {
  interface Window {
    api?: PreloadApi
  }
}

const dataChanged = createEmitter<MethodName>()
const sessionLost = createEmitter<string>()

/** Called after every successful write, so queue counts and lists refresh without polling. */
export const onDataChanged = dataChanged.subscribe
/** Called with the Chinese message when the core says the session is gone (expired or never there). */
export const onSessionLost = sessionLost.subscribe

/**
 * Writes of the session, not of the office's data: nothing a queue shows changed. (The signed-in screen
 * is already listening while the login answer comes, issue 10; a refresh then would read 待办 twice.)
 */
const SESSION_WRITES: ReadonlySet<MethodName> = new Set(['auth.login', 'auth.logout', 'auth.changePassword'])

const UNREACHABLE = '无法连接工作站服务，请确认程序仍在运行后重试'

function isEnvelope(value: unknown): value is Envelope<unknown> {
  return typeof value === 'object' && value !== null && typeof (value as { ok?: unknown }).ok === 'boolean'
}

async function overHttp(method: string, input: unknown): Promise<Envelope<unknown>> {
  let response: Response
  try {
    // The host keeps the session in an HttpOnly cookie: same-origin credentials, no token in JS.
    response = await fetch('/api/call', {
      method: 'POST',
      credentials: 'same-origin',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ method, input }),
    })
  } catch {
    throw new AppError('INTERNAL', UNREACHABLE)
  }
  // A refusal still arrives as an envelope (any status); only a body that is not one is a transport fault.
  const body: unknown = await response.json().catch(() => null)
  if (!isEnvelope(body)) throw new AppError('INTERNAL', `${UNREACHABLE}（HTTP ${response.status}）`)
  return body
}

function transport(method: string, input: unknown): Promise<Envelope<unknown>> {
  const preload = window.api
  return preload ? preload.call(method, input) : overHttp(method, input)
}

/** Calls one API method, typed from shared/api: the input is checked at compile time, the result typed. */
export async function call<K extends MethodName>(name: K, input: InputOf<K>): Promise<ResultOf<K>> {
  const envelope = await transport(name, input)
  if (!envelope.ok) {
    const { code, message, details } = envelope.error
    const error = new AppError(code, message || ERROR_MESSAGES[code], details)
    if (code === 'NOT_SIGNED_IN' || code === 'SESSION_EXPIRED') sessionLost.emit(error.message)
    throw error
  }
  if (api[name].kind === 'write' && !SESSION_WRITES.has(name)) dataChanged.emit(name)
  // The one unchecked step: the core's router produced this value from the same contract.
  return envelope.data as ResultOf<K>
}
