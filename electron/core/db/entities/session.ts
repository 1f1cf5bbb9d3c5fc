import { EntitySchema } from 'typeorm'
import { timestamp } from './columns'

export interface SessionRow {
  /** sha256 of the token: a copied database file holds no live sessions. */
  tokenHash: string
  userId: number
  createdAt: string
  lastSeenAt: string
  endedAt: string | null
}

export const SessionEntity = new EntitySchema<SessionRow>({
  name: 'Session',
  tableName: 'sessions',
  columns: {
    tokenHash: { name: 'token_hash', type: 'varchar', length: 64, primary: true },
    userId: { name: 'user_id', type: 'integer' },
    createdAt: { ...timestamp(), name: 'created_at' },
    lastSeenAt: { ...timestamp(), name: 'last_seen_at' },
    endedAt: { ...timestamp(true), name: 'ended_at' },
  },
  indices: [{ name: 'idx_sessions_user', columns: ['userId'] }],
  foreignKeys: [{ name: 'fk_sessions_user', target: 'User', columnNames: ['userId'], referencedColumnNames: ['id'] }],
})
