import { api, type MethodName } from '../../../shared/api'
import { sees } from '../../../shared/need-to-know'
import type { RoleKey } from '../../../shared/roles'
import { useMe } from './session-context'

/**
 * Whether a signed-in user's roles pass a method's access list in shared/api: the same test the core's
 * router makes (mayCall), so menus and buttons follow the contract instead of a second copy of role
 * lists. Only for showing or hiding things: the core refuses the call on its own either way.
 */
export function canCall(roles: readonly RoleKey[], method: MethodName): boolean {
  const access = api[method].access
  if (access === 'public' || access === 'signedIn') return true
  return roles.some((role) => access.includes(role))
}

/** `canCall` for the signed-in user; only inside the signed-in layout. */
export function useCanCall(method: MethodName): boolean {
  return canCall(useMe().roles, method)
}

/**
 * Whether the signed-in user's posts have the need to know a group of fields (shared/need-to-know.ts):
 * the core leaves those fields out for anyone else, so a screen hides their column instead of drawing blanks.
 */
export function useSees(readers: readonly RoleKey[]): boolean {
  return sees(useMe().roles, readers)
}
