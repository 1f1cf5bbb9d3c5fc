import type { EntityManager, EntitySchema, QueryDeepPartialEntity } from 'typeorm'
import { AppError } from '../../../shared/errors'

interface Versioned {
  id: number
  version: number
  updatedAt: string
}

/**
 * DESIGN.md's optimistic lock: an explicit `UPDATE … SET version = version + 1 WHERE id = ? AND
 * version = ?` that must change exactly one row. A stale write changes nothing and answers
 * "已被他人处理，请刷新" (@VersionColumn would silently overwrite instead).
 */
export async function updateWithVersion<T extends Versioned>(
  em: EntityManager,
  entity: EntitySchema<T>,
  id: number,
  version: number,
  changes: QueryDeepPartialEntity<T>,
  at: Date,
): Promise<void> {
  const result = await em
    .createQueryBuilder()
    .update(entity)
    .set({ ...changes, version: () => 'version + 1', updatedAt: at.toISOString() } as QueryDeepPartialEntity<T>)
    .where('id = :id AND version = :version', { id, version })
    .execute()
  if (result.affected !== 1) throw new AppError('STALE_VERSION')
}
