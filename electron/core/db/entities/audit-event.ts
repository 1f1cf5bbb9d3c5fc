import { EntitySchema } from 'typeorm'
import { idColumn, timestamp } from './columns'

/** R21: who, in which role, when, what, comment. Append-only: triggers refuse UPDATE and DELETE. */
export interface AuditEventRow {
  id: number
  at: string
  userId: number | null
  userName: string
  /** 代理审批: the signer a deputy (userId) acted for; their name as it was then, like userName. */
  onBehalfOfUserId: number | null
  onBehalfOfName: string | null
  role: string | null
  action: string
  entityType: string
  entityId: number | null
  docNo: string | null
  fromState: string | null
  toState: string | null
  comment: string | null
  details: string | null
}

export const AuditEventEntity = new EntitySchema<AuditEventRow>({
  name: 'AuditEvent',
  tableName: 'audit_events',
  columns: {
    id: idColumn,
    at: timestamp(),
    userId: { name: 'user_id', type: 'integer', nullable: true },
    userName: { name: 'user_name', type: 'varchar', length: 32 },
    onBehalfOfUserId: { name: 'on_behalf_of_user_id', type: 'integer', nullable: true },
    onBehalfOfName: { name: 'on_behalf_of_name', type: 'varchar', length: 32, nullable: true },
    role: { type: 'varchar', length: 32, nullable: true },
    action: { type: 'varchar', length: 48 },
    entityType: { name: 'entity_type', type: 'varchar', length: 32 },
    entityId: { name: 'entity_id', type: 'integer', nullable: true },
    docNo: { name: 'doc_no', type: 'varchar', length: 20, nullable: true },
    fromState: { name: 'from_state', type: 'varchar', length: 32, nullable: true },
    toState: { name: 'to_state', type: 'varchar', length: 32, nullable: true },
    comment: { type: 'text', nullable: true },
    details: { type: 'text', nullable: true },
  },
  indices: [
    { name: 'idx_audit_entity', columns: ['entityType', 'entityId', 'id'] },
    { name: 'idx_audit_user', columns: ['userId', 'at'] },
  ],
})
