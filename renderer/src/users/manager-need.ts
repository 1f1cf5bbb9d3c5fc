import type { UserDto, WorkflowDto } from '../../../shared/api'
import { roleLabel, type RoleKey } from '../../../shared/roles'

/**
 * Where a 上级 applies to a user: they draft a type whose chain has a "drafter's manager" step. Such a
 * step goes to the named 上级, or, with none named, to every holder of its fallback post (R3). For
 * everyone else (the general manager, the guard…) no chain asks for their 上级.
 */
export function managerFallbacks(workflows: readonly Pick<WorkflowDto, 'steps' | 'drafterRoles'>[]): Map<RoleKey, RoleKey[]> {
  const byDrafter = new Map<RoleKey, RoleKey[]>()
  for (const chain of workflows)
    for (const step of chain.steps) {
      if (step.actor.kind !== 'drafterManager') continue
      for (const drafter of chain.drafterRoles) {
        const fallbacks = byDrafter.get(drafter) ?? []
        if (!fallbacks.includes(step.actor.fallbackRole)) byDrafter.set(drafter, [...fallbacks, step.actor.fallbackRole])
      }
    }
  return byDrafter
}

/** What the 上级 cell says when no 上级 is named: "任一销售经理" (every holder of the post) where a chain needs one, else "—". */
export function managerPlaceholder(user: UserDto, fallbacks: Map<RoleKey, RoleKey[]>): string {
  const posts = [...new Set(user.roles.flatMap((role) => fallbacks.get(role) ?? []))]
  return posts.length ? `任一${posts.map(roleLabel).join('或')}` : '—'
}
