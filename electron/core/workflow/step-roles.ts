import type { RoleKey } from '../../../shared/roles'
import type { StepActor, StepDefinition } from './definition'

/** The roles a step is signed in: its role, the fallback role of a drafter's-manager step, a countersign's roles. */
export function stepRoles(step: StepDefinition | { actor: StepActor }): readonly RoleKey[] {
  const { actor } = step
  switch (actor.kind) {
    case 'role':
      return [actor.role]
    case 'drafterManager':
      return [actor.fallbackRole]
    case 'countersign':
      return actor.roles
  }
}

/** How many signatures complete a step: one, or a countersign's `need`. */
export function signaturesNeeded(step: StepDefinition): number {
  return step.actor.kind === 'countersign' ? step.actor.need : 1
}
