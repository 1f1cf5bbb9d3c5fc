import type { EntityManager } from 'typeorm'
import { AuditEventEntity, type AuditEventRow } from '../db/entities'
import { insertRow } from '../db/write-rows'

export interface AuditInput {
  at: Date
  actor: { id: number; name: string } | null
  /** 代理审批: the signer the actor (their deputy) acted for. */
  onBehalfOf?: { id: number; name: string } | null
  role: string | null
  action: string
  entityType: string
  entityId: number | null
  docNo?: string | null
  fromState?: string | null
  toState?: string | null
  comment?: string | null
  details?: Record<string, unknown>
}

/**
 * R21: every state change writes exactly one audit event, in the same transaction as the change.
 * There is deliberately no update or delete here; the database triggers refuse them anyway.
 */
export async function appendAuditEvent(em: EntityManager, event: AuditInput): Promise<void> {
  const row: Omit<AuditEventRow, 'id'> = {
    at: event.at.toISOString(),
    userId: event.actor?.id ?? null,
    userName: event.actor?.name ?? '系统',
    onBehalfOfUserId: event.onBehalfOf?.id ?? null,
    onBehalfOfName: event.onBehalfOf?.name ?? null,
    role: event.role,
    action: event.action,
    entityType: event.entityType,
    entityId: event.entityId,
    docNo: event.docNo ?? null,
    fromState: event.fromState ?? null,
    toState: event.toState ?? null,
    comment: event.comment ?? null,
    details: event.details ? JSON.stringify(event.details) : null,
  }
  await insertRow(em, AuditEventEntity, row)
}
