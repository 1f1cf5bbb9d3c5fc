import type { InputOf, MethodName, ParsedInputOf, ResultOf } from '../../../shared/api'
import type { SignedInUser } from '../auth/signed-in-user'
import type { Database } from '../db/database'

export interface CallContext {
  db: Database
  /** The moment of this call (a frozen clock in tests). */
  at: Date
  /** Null only for public methods called without a session. */
  user: SignedInUser | null
  sessionToken: string | null
  /** The transport keeps the token; it never reaches renderer code. */
  setSession(token: string): void
  clearSession(): void
}

/** A signed-in call: the router guarantees `user` for every method that is not public. */
export interface SignedInContext extends CallContext {
  user: SignedInUser
}

export type Handler<K extends MethodName> = (input: ParsedInputOf<K>, ctx: SignedInContext) => Promise<ResultOf<K>>
export type PublicHandler<K extends MethodName> = (input: ParsedInputOf<K>, ctx: CallContext) => Promise<ResultOf<K>>

/** One handler per method; a method without one is a compile error in electron/core/api.ts. */
export type Handlers = { [K in MethodName]: Handler<K> | PublicHandler<K> }

export type { InputOf }
