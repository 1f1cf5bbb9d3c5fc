import type { EntityManager } from 'typeorm'
import { AppError } from '../../../shared/errors'
import { roleLabel, type RoleKey } from '../../../shared/roles'
import { UserEntity, UserRoleEntity } from '../db/entities'
import { loadAllDefinitions } from '../workflow/definitions-store'

// R3, R21: a 上级 (users.managerUserId) signs the chain's drafterManager steps in place of their
// fallback role, so they must hold that role themselves — else the audit trail would record a role
// (销售经理) its signer does not hold, and the real holders could no longer act on the step.

/** Every role a 上级 must hold: the fallback role of each drafterManager step in the stored chains. */
export async function rolesAManagerNeeds(em: EntityManager): Promise<RoleKey[]> {
  const roles = new Set<RoleKey>()
  for (const def of await loadAllDefinitions(em))
    for (const step of def.steps) if (step.actor.kind === 'drafterManager') roles.add(step.actor.fallbackRole)
  return [...roles].sort()
}

async function rolesOf(em: EntityManager, userId: number): Promise<Set<string>> {
  const rows = await em.getRepository(UserRoleEntity).findBy({ userId })
  return new Set(rows.map((r) => r.role))
}

const labels = (roles: RoleKey[]) => roles.map((r) => `「${roleLabel(r)}」`).join('')

/** users.setManager: refuses a 上级 who lacks any role a drafterManager step falls back to. */
export async function assertMayBeManager(em: EntityManager, managerUserId: number): Promise<void> {
  const held = await rolesOf(em, managerUserId)
  const missing = (await rolesAManagerNeeds(em)).filter((role) => !held.has(role))
  if (missing.length)
    throw new AppError('MANAGER_ROLE_MISSING', `所选上级没有${labels(missing)}岗位，不能审签下属的单据；请先为其分配该岗位，或另选上级`, { missingRoles: missing })
}

/**
 * users.setRoles: refuses to take a needed role from someone who is still a 上级. Refused rather than
 * clearing the link silently: clearing would quietly re-route every subordinate's next submission to
 * the whole role, a change the administrator should make knowingly (set or clear each 上级 first).
 */
export async function assertManagerKeepsRoles(em: EntityManager, userId: number, newRoles: RoleKey[]): Promise<void> {
  const dropped = (await rolesAManagerNeeds(em)).filter((role) => !newRoles.includes(role))
  if (!dropped.length) return
  const subordinates = await em.getRepository(UserEntity).find({ where: { managerUserId: userId }, order: { id: 'ASC' } })
  if (!subordinates.length) return
  const names = subordinates.map((u) => u.name)
  throw new AppError(
    'MANAGER_ROLE_IN_USE',
    `该用户是 ${names.join('、')} 的上级，须保留${labels(dropped)}岗位；请先为他们改设或清除上级`,
    { subordinates: subordinates.map((u) => ({ id: u.id, name: u.name })), roles: dropped },
  )
}
