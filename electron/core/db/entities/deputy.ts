import { EntitySchema } from 'typeorm'
import { idColumn, timestamp } from './columns'

/**
 * 代理审批 (issue 10): the principal is away from `from` to `to` (Shanghai calendar days, inclusive) and the
 * deputy signs for them. Never deleted: revoking sets revoked_at, so the trail's 代 always has its period
 * (the integrity check matches every on-behalf signature to one).
 */
export interface DeputyRow {
  id: number
  principalUserId: number
  deputyUserId: number
  fromDay: string
  toDay: string
  createdByUserId: number
  createdAt: string
  revokedAt: string | null
}

const calendarDay = { type: 'varchar', length: 10 } as const

export const DeputyEntity = new EntitySchema<DeputyRow>({
  name: 'Deputy',
  tableName: 'deputies',
  columns: {
    id: idColumn,
    principalUserId: { name: 'principal_user_id', type: 'integer' },
    deputyUserId: { name: 'deputy_user_id', type: 'integer' },
    fromDay: { ...calendarDay, name: 'from_day' },
    toDay: { ...calendarDay, name: 'to_day' },
    createdByUserId: { name: 'created_by_user_id', type: 'integer' },
    createdAt: { ...timestamp(), name: 'created_at' },
    revokedAt: { ...timestamp(true), name: 'revoked_at' },
  },
  foreignKeys: [
    { name: 'fk_deputies_principal', target: 'User', columnNames: ['principalUserId'], referencedColumnNames: ['id'] },
    { name: 'fk_deputies_deputy', target: 'User', columnNames: ['deputyUserId'], referencedColumnNames: ['id'] },
    { name: 'fk_deputies_created_by', target: 'User', columnNames: ['createdByUserId'], referencedColumnNames: ['id'] },
  ],
  // Whom I stand in for today (every queue read) and a principal's periods (the overlap check): one seek each.
  indices: [
    { name: 'idx_deputies_deputy', columns: ['deputyUserId', 'fromDay'] },
    { name: 'idx_deputies_principal', columns: ['principalUserId', 'fromDay'] },
  ],
})
