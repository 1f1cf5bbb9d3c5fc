import type { EntityManager } from 'typeorm'
import type { ErrorCode } from '../../../shared/errors'
import type { ActionContext } from '../workflow/document-kind'
import type { WorkflowDefinition } from '../workflow/definition'
import { signingRole, type Actor, type Position } from '../workflow/transition'
import { principalsCovered, type Principal } from './standing-in'

/** Refusals that only say "not this person's step": a deputy's attempt that gets one of them was never the principal's step. */
const NOT_THEIRS: ReadonlySet<ErrorCode> = new Set(['NOT_YOUR_STEP', 'APPROVER_LACKS_ROLE', 'ACTION_NOT_ALLOWED'])

/**
 * In whose name the signed-in user signs the document's current step (代理审批, issue 10): their own when
 * the step is theirs — a deputy is never needed for one's own desk — else as deputy of a principal they
 * cover today whose step it is. When a principal's step is refused to the deputy by R20 (the deputy
 * drafted it, or signed the step before), that deputy actor is returned, so the refusal names the rule
 * rather than NOT_YOUR_STEP. The principals are read only when the user's own signature would be refused.
 */
export async function actingAs(em: EntityManager, def: WorkflowDefinition, position: Position, ctx: ActionContext): Promise<{ actor: Actor; principal: Principal | null }> {
  const self = { actor: ctx.user as Actor, principal: null }
  if (position.state !== 'pending' || signingRole(def, position, ctx.user).ok) return self
  const principals = await principalsCovered(em, ctx.user.id, ctx.at)
  const attempts = principals.map((principal) => {
    const actor: Actor = { id: ctx.user.id, roles: ctx.user.roles, onBehalfOf: { id: principal.id, roles: principal.roles } }
    return { actor, principal, verdict: signingRole(def, position, actor) }
  })
  const chosen = attempts.find((a) => a.verdict.ok) ?? attempts.find((a) => !a.verdict.ok && !NOT_THEIRS.has(a.verdict.code))
  return chosen ? { actor: chosen.actor, principal: chosen.principal } : self
}
