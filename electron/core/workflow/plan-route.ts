import { holds } from './conditions'
import type { DocumentFacts, RouteEntry, WorkflowDefinition } from './definition'

/**
 * The steps this document will pass, decided at submit from its facts, and who each will go to:
 * a step naming the drafter's manager goes to that person when there is one, else to the role.
 */
export function planRoute(def: WorkflowDefinition, facts: DocumentFacts, drafterManagerId: number | null): RouteEntry[] {
  return def.steps
    .filter((step) => !step.when || holds(step.when, facts))
    .map((step) => ({
      key: step.key,
      assigneeUserId: step.actor.kind === 'drafterManager' ? drafterManagerId : null,
    }))
}

export function parseRoute(text: string | null): RouteEntry[] | null {
  return text ? (JSON.parse(text) as RouteEntry[]) : null
}
