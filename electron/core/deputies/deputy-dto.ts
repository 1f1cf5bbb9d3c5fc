import type { EntityManager } from 'typeorm'
import type { DeputyDto } from '../../../shared/api'
import { readRows } from '../db/driver-query'

const SELECT = `SELECT d.id, d.principal_user_id, p.name AS principal_name, d.deputy_user_id, q.name AS deputy_name, d.from_day, d.to_day,
    c.name AS created_by_name, d.created_at, d.revoked_at
  FROM deputies d JOIN users p ON p.id = d.principal_user_id JOIN users q ON q.id = d.deputy_user_id JOIN users c ON c.id = d.created_by_user_id`

type Raw = Record<string, unknown>

function toDto(r: Raw): DeputyDto {
  return {
    id: Number(r.id), principalUserId: Number(r.principal_user_id), principalName: r.principal_name as string,
    deputyUserId: Number(r.deputy_user_id), deputyName: r.deputy_name as string, from: r.from_day as string, to: r.to_day as string,
    createdByName: r.created_by_name as string, createdAt: r.created_at as string, revokedAt: (r.revoked_at as string | null) ?? null,
  }
}

export async function deputyDto(em: EntityManager, id: number): Promise<DeputyDto> {
  const [row] = await readRows<Raw>(em, `${SELECT} WHERE d.id = :id`, { id })
  return toDto(row!)
}

/** Periods where `userId` is principal or deputy; every period for an administrator (`userId` null). Newest first. */
export async function deputyDtos(em: EntityManager, userId: number | null): Promise<DeputyDto[]> {
  const rows = userId === null
    ? await readRows<Raw>(em, `${SELECT} ORDER BY d.from_day DESC, d.id DESC`, {})
    : await readRows<Raw>(em, `${SELECT} WHERE d.principal_user_id = :me OR d.deputy_user_id = :me ORDER BY d.from_day DESC, d.id DESC`, { me: userId })
  return rows.map(toDto)
}
