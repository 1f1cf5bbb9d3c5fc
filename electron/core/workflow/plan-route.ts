import { ROLES, type RoleKey } from '../../../shared/roles'
import type { ErrorCode } from '../../../shared/errors'
import { holds } from './conditions'
import type { RouteEntry, StepDefinition, WorkflowDefinition } from './definition'
import type { Facts } from './facts'
import { stepRoles } from './step-roles'

/** The drafter's manager as the planner needs them: named on a step only if they hold its role (R3, R21). */
export interface Manager {
  id: number
  roles: readonly RoleKey[]
}

/**
 * An authority the route must hold whatever the chain data says (R1: a price below the floor needs an
 * approver whose 价格浮动权 covers it). The type says which roles cover and how to refuse.
 */
export interface Coverage {
  covers(role: RoleKey): boolean
  refusal(routeRoles: readonly RoleKey[]): { code: ErrorCode; message: string; details?: unknown }
}

export type Planned = { ok: true; route: RouteEntry[] } | { ok: false; code: ErrorCode; message: string; details?: unknown }

function entryFor(step: StepDefinition, manager: Manager | null): RouteEntry {
  const named = step.actor.kind === 'drafterManager' && manager && manager.roles.includes(step.actor.fallbackRole) ? manager.id : null
  return { key: step.key, assigneeUserId: named, signatures: [] }
}

/**
 * The steps this document will pass, decided at submit from its facts, and who each will go to. A
 * step evaluated on entry is planned now and decided when the route reaches it. Where a coverage is
 * required and no planned step covers it, the first step of the chain that does is added in its
 * place in the chain's order; with none in the chain, the submit is refused.
 */
export function planRoute(def: WorkflowDefinition, facts: Facts, manager: Manager | null, coverage: Coverage | null = null): Planned {
  const included = def.steps.filter((s) => !s.when || s.evaluate === 'enter' || holds(s.when, facts))
  if (coverage) {
    // Steps evaluated on entry may yet be skipped: only certain steps count as covering.
    const certain = included.filter((s) => !(s.when && s.evaluate === 'enter'))
    if (!certain.some((s) => stepRoles(s).some((r) => coverage.covers(r)))) {
      const adding = def.steps.find((s) => !certain.includes(s) && stepRoles(s).some((r) => coverage.covers(r)))
      if (!adding) return { ok: false, ...coverage.refusal(certain.flatMap((s) => stepRoles(s))) }
      const withAdded = def.steps.filter((s) => s === adding || included.includes(s))
      return { ok: true, route: withAdded.map((s) => entryFor(s, manager)) }
    }
  }
  return { ok: true, route: included.map((s) => entryFor(s, manager)) }
}

export function parseRoute(text: string | null): RouteEntry[] | null {
  return text ? (JSON.parse(text) as RouteEntry[]) : null
}

export const roleNames = (roles: readonly RoleKey[]) => [...new Set(roles)].map((r) => ROLES[r]).join('、')
