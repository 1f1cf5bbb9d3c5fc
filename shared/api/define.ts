import { z } from 'zod'
import type { RoleKey } from '../roles'

/**
 * Who may call a method. The router checks this before any handler runs:
 * 'public' needs no session, 'signedIn' any session, a role list at least one of those roles.
 */
export type Access = 'public' | 'signedIn' | readonly RoleKey[]

// Zod's own messages (type errors, missing fields) in Chinese, in the core and the renderer alike.
z.config(z.locales.zhCN())
// No eval-based fast path: the strict CSP (script-src 'self') of the window and the host forbids it.
z.config({ jitless: true })

export type MethodKind = 'read' | 'write' | 'poll'

export interface MethodDef<I extends z.ZodType = z.ZodType, O = unknown> {
  readonly input: I
  readonly access: Access
  /**
   * 'write' changes data: the renderer refreshes queues and counts after it succeeds.
   * 'poll' is a background refresh: it does not count as the user's activity, so an open window
   * that polls still signs out after the idle timeout.
   */
  readonly kind: MethodKind
  /** Phantom: carries the result type to the typed client. Never set at run time. */
  readonly result?: O
}

/** `method<Result>()(inputSchema, access, kind)`: curried so the result type is explicit and the input inferred. */
export function method<O>() {
  return <I extends z.ZodType>(input: I, access: Access, kind: MethodKind): MethodDef<I, O> => ({
    input,
    access,
    kind,
  })
}
