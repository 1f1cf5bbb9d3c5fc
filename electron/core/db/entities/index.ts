import { AuditEventEntity } from './audit-event'
import { CustomerEntity } from './customer'
import { DeputyEntity } from './deputy'
import { DiscountAuthorityEntity, PriceListEntity, PriceListItemEntity, ProductEntity } from './policy'
import { WorkflowDefinitionEntity, WorkflowDefinitionVersionEntity } from './workflow-definition'
import { DocumentEntity } from './document'
import { DocumentLinkEntity } from './document-link'
import { DocumentCounterEntity } from './document-counter'
import { SessionEntity } from './session'
import { SettingEntity } from './setting'
import { TaskEntity } from './task'
import { UserEntity } from './user'
import { UserRoleEntity } from './user-role'

/** The core's own tables; each document type keeps its own in its folder (db/all-entities.ts joins them). */
export const entities = [
  UserEntity,
  UserRoleEntity,
  SessionEntity,
  SettingEntity,
  AuditEventEntity,
  DocumentEntity,
  DocumentLinkEntity,
  TaskEntity,
  DocumentCounterEntity,
  WorkflowDefinitionEntity,
  WorkflowDefinitionVersionEntity,
  ProductEntity,
  PriceListEntity,
  PriceListItemEntity,
  DiscountAuthorityEntity,
  CustomerEntity,
  DeputyEntity,
]

export * from './audit-event'
export * from './customer'
export * from './deputy'
export * from './document-line'
export * from './policy'
export * from './workflow-definition'
export * from './document'
export * from './document-link'
export * from './document-counter'
export * from './session'
export * from './setting'
export * from './task'
export * from './user'
export * from './user-role'
