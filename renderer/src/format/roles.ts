import { ROLE_KEYS, type RoleKey } from '../../../shared/roles'

/** Roles in the order of WORKFLOW.md (admin first, then along the chain), whatever order the core sent. */
export function orderedRoles(roles: readonly RoleKey[]): RoleKey[] {
  return [...roles].sort((a, b) => ROLE_KEYS.indexOf(a) - ROLE_KEYS.indexOf(b))
}
