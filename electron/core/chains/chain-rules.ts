import type { EntityManager } from 'typeorm'
import { AppError } from '../../../shared/errors'
import { roleLabel, type RoleKey } from '../../../shared/roles'
import { UserEntity, UserRoleEntity } from '../db/entities'
import { undeclaredFacts } from '../workflow/definitions-store'
import type { WorkflowDefinition } from '../workflow/definition'
import type { FactSpecs } from '../workflow/facts'
import { stepRoles } from '../workflow/step-roles'

// What an administrator's chain must satisfy before it is saved (issue 10). The schema has already
// checked its shape (shared/chain-definition.ts: known roles, unique keys, countersign counts); these
// are the office's rules, each refused with its code and the names that decided it.

const labels = (roles: readonly RoleKey[]) => roles.map((r) => `「${roleLabel(r)}」`).join('')

/** Conditions may read only the facts the type declares: a misspelt fact would never hold. */
export function assertFactsDeclared(def: WorkflowDefinition, specs: FactSpecs): void {
  const unknown = undeclaredFacts(def, specs)
  if (unknown.length)
    throw new AppError('CHAIN_UNKNOWN_FACT', `条件引用了该单据类型没有的数据项：${unknown.join('、')}；请从可选条件中选择`, { facts: unknown })
}

/**
 * A document must always meet someone who signs: at least one step without a condition (every
 * conditional step may be left out of a route). The administrator approves nothing (WORKFLOW.md roles).
 */
export function assertHasApprover(def: WorkflowDefinition): void {
  const adminSteps = def.steps.filter((s) => stepRoles(s).includes('admin'))
  if (adminSteps.length)
    throw new AppError('CHAIN_ADMIN_STEP', `步骤「${adminSteps[0]!.name}」指定了系统管理员；系统管理员不审批单据（不相容岗位），请为该步骤选择业务岗位`, {
      steps: adminSteps.map((s) => s.key),
    })
  if (!def.steps.some((s) => !s.when))
    throw new AppError('CHAIN_WITHOUT_APPROVER', undefined, { steps: def.steps.length })
}

/** Every role the chain names has someone in post to sign (a role nobody holds would stall every document). */
export async function assertRolesStaffed(em: EntityManager, def: WorkflowDefinition): Promise<void> {
  const named = [...new Set(def.steps.flatMap((s) => stepRoles(s)))]
  // Users and their roles are an office's few dozen rows: read whole.
  const active = new Set((await em.getRepository(UserEntity).findBy({ disabled: false })).map((u) => u.id))
  const staffed = new Set((await em.getRepository(UserRoleEntity).find()).filter((r) => active.has(r.userId)).map((r) => r.role))
  const unstaffed = named.filter((r) => !staffed.has(r))
  if (unstaffed.length)
    throw new AppError('CHAIN_ROLE_UNSTAFFED', `岗位${labels(unstaffed)}目前没有在用的用户，按此流程提交的单据将无人审批；请先为该岗位分配用户`, {
      roles: unstaffed,
    })
}

/**
 * R3, R21: a 上级 signs a drafterManager step only while holding its fallback role (users/manager-roles.ts).
 * A chain that changes that role must not leave today's 上级 signing in a role they do not hold.
 */
export async function assertManagersHoldFallbacks(em: EntityManager, def: WorkflowDefinition): Promise<void> {
  const fallbacks = [...new Set(def.steps.flatMap((s) => (s.actor.kind === 'drafterManager' ? [s.actor.fallbackRole] : [])))]
  if (!fallbacks.length) return
  const managers = await em
    .getRepository(UserEntity)
    .createQueryBuilder('m')
    .where('m.id IN (SELECT DISTINCT s.manager_user_id FROM users s WHERE s.manager_user_id IS NOT NULL)')
    .orderBy('m.id')
    .getMany()
  const lacking: { name: string; roles: RoleKey[] }[] = []
  for (const manager of managers) {
    const held = new Set((await em.getRepository(UserRoleEntity).findBy({ userId: manager.id })).map((r) => r.role))
    const missing = fallbacks.filter((r) => !held.has(r))
    if (missing.length) lacking.push({ name: manager.name, roles: missing })
  }
  if (lacking.length)
    throw new AppError(
      'CHAIN_MANAGER_LACKS_ROLE',
      `「上级审签」步骤改用岗位${labels(fallbacks)}，但上级 ${lacking.map((m) => m.name).join('、')} 并未担任；请先为他们分配该岗位，或改回原岗位`,
      { managers: lacking },
    )
}
