import { deskApi, type DeskInput, type DeskMethod, type DeskResults } from '../../../shared/desk-api'
import { AppError, ERROR_MESSAGES } from '../../../shared/errors'

/**
 * The desk's own operations (shared/desk-api.ts: this workstation's printers), through the same one door
 * as the core's methods (window.api.call, answered by Electron's main process). Only the Electron window
 * has them: `hasDesk()` is false in a browser on the HTTP host, which prints with window.print() instead.
 */
export function hasDesk(): boolean {
  return window.api !== undefined
}

export async function deskCall<K extends DeskMethod>(method: K, input: DeskInput<K>): Promise<DeskResults[K]> {
  const preload = window.api
  if (!preload) throw new AppError('METHOD_NOT_FOUND')
  const envelope = await preload.call(method, deskApi[method].parse(input))
  if (!envelope.ok) throw new AppError(envelope.error.code, envelope.error.message || ERROR_MESSAGES[envelope.error.code], envelope.error.details)
  return envelope.data as DeskResults[K]
}
