import type { EntityManager } from 'typeorm'
import type { RoleKey } from '../../../shared/roles'
import { rolesOf } from '../auth/signed-in-user'
import { readRows } from '../db/driver-query'
import { shanghaiToday } from '../policy/shanghai-day'

/** A signer whose desk the deputy covers today (代理审批): who they are and the roles they sign in. */
export interface Principal {
  id: number
  name: string
  roles: RoleKey[]
}

/**
 * The signers `deputyUserId` stands in for at `at`: periods not revoked whose Shanghai days include
 * today, both ends inclusive. One seek on idx_deputies_deputy. Not transitive: a deputy's own deputy
 * does not see the first principal's desk (whoever is named was chosen by the principal).
 */
export async function principalsCovered(em: EntityManager, deputyUserId: number, at: Date): Promise<Principal[]> {
  const today = shanghaiToday(at)
  const rows = await readRows<{ id: number | string; name: string }>(
    em,
    `SELECT u.id, u.name FROM deputies d JOIN users u ON u.id = d.principal_user_id
      WHERE d.deputy_user_id = :deputy AND d.from_day <= :today AND d.to_day >= :today AND d.revoked_at IS NULL
      ORDER BY u.id`,
    { deputy: deputyUserId, today },
  )
  const principals: Principal[] = []
  for (const row of rows) principals.push({ id: Number(row.id), name: row.name, roles: await rolesOf(em, Number(row.id)) })
  return principals
}
