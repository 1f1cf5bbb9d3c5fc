import type { EntityManager, EntitySchema, QueryDeepPartialEntity } from 'typeorm'
import { AppError } from '../../../shared/errors'
import { updateVersionedRow } from './write-rows'

interface Versioned {
  id: number
  version: number
  updatedAt: string
}

/**
 * DESIGN.md's optimistic lock: an explicit `UPDATE … SET version = version + 1 WHERE id = ? AND
 * version = ?` that must change exactly one row. A stale write changes nothing and answers
 * "已被他人处理，请刷新" (@VersionColumn would silently overwrite instead). One bound statement per
 * set of columns (write-rows.ts): it is on every action of every document.
 */
export async function updateWithVersion<T extends Versioned>(
  em: EntityManager,
  entity: EntitySchema<T>,
  id: number,
  version: number,
  changes: QueryDeepPartialEntity<T>,
  at: Date,
): Promise<void> {
  if (!(await updateVersionedRow(em, entity, id, version, changes as Partial<T>, at.toISOString()))) throw new AppError('STALE_VERSION')
}
