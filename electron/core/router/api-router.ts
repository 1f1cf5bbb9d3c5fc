import { ZodError } from 'zod'
import { api, isMethodName, type Access, type MethodName } from '../../../shared/api'
import { AppError, type Envelope } from '../../../shared/errors'
import { resolveSession } from '../auth/sessions'
import type { SignedInUser } from '../auth/signed-in-user'
import type { Database } from '../db/database'
import type { DispatchResult } from '../workstation'
import type { CallContext, Handlers } from './call-context'
import { invalidInput } from './invalid-input'

// While an administrator's initial password is in force, the user can do only this much.
const ALLOWED_BEFORE_PASSWORD_CHANGE = new Set<MethodName>(['auth.changePassword', 'auth.me', 'auth.logout', 'system.status'])

export function mayCall(access: Access, user: SignedInUser | null): boolean {
  if (access === 'public') return true
  if (!user) return false
  if (access === 'signedIn') return true
  return user.roles.some((role) => access.includes(role))
}

/**
 * The one entry for every call: method → session → role check → zod parse → handler.
 * Everything is refused before any handler runs; nothing throws to the transport.
 */
export function createRouter(db: Database, handlers: Handlers, clock: () => Date) {
  return async function dispatch(method: unknown, rawInput: unknown, sessionToken: string | null): Promise<DispatchResult> {
    let session: DispatchResult['session']
    const respond = (envelope: Envelope<unknown>): DispatchResult => (session ? { envelope, session } : { envelope })
    try {
      if (!isMethodName(method)) throw new AppError('METHOD_NOT_FOUND')
      const definition = api[method]
      const at = clock()
      let user: SignedInUser | null = null
      if (sessionToken) {
        try {
          user = await db.read((em) => resolveSession(em, sessionToken, at, definition.kind !== 'poll'))
        } catch (error) {
          // A public method still answers with a dead session; the transport forgets the token.
          if (definition.access !== 'public') throw error
          session = { clear: true }
        }
      }
      if (definition.access !== 'public' && !user) throw new AppError('NOT_SIGNED_IN')
      if (!mayCall(definition.access, user)) throw new AppError('FORBIDDEN')
      if (user?.mustChangePassword && !ALLOWED_BEFORE_PASSWORD_CHANGE.has(method)) throw new AppError('PASSWORD_CHANGE_REQUIRED')
      // Input is parsed only for a caller who may call: a refused caller learns nothing of the schema.
      const input = definition.input.parse(rawInput ?? {})
      const ctx: CallContext = {
        db,
        at,
        user,
        sessionToken,
        setSession: (token) => (session = { token }),
        clearSession: () => (session = { clear: true }),
      }
      const handler = handlers[method] as (input: unknown, ctx: CallContext) => Promise<unknown>
      return respond({ ok: true, data: await handler(input, ctx) })
    } catch (error) {
      if (error instanceof AppError) {
        if (error.code === 'SESSION_EXPIRED' || error.code === 'NOT_SIGNED_IN') session = { clear: true }
        return respond({ ok: false, error: error.toBody() })
      }
      if (error instanceof ZodError) return respond({ ok: false, error: invalidInput(error).toBody() })
      console.error(`[router] ${String(method)} failed`, error)
      return respond({ ok: false, error: new AppError('INTERNAL').toBody() })
    }
  }
}
