import { AuditEventEntity } from './audit-event'
import { DocumentEntity } from './document'
import { DocumentCounterEntity } from './document-counter'
import { SessionEntity } from './session'
import { SettingEntity } from './setting'
import { TaskEntity } from './task'
import { UserEntity } from './user'
import { UserRoleEntity } from './user-role'

export const entities = [
  UserEntity,
  UserRoleEntity,
  SessionEntity,
  SettingEntity,
  AuditEventEntity,
  DocumentEntity,
  TaskEntity,
  DocumentCounterEntity,
]

export * from './audit-event'
export * from './document'
export * from './document-counter'
export * from './session'
export * from './setting'
export * from './task'
export * from './user'
export * from './user-role'
