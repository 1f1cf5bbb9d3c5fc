import { AuditEventEntity } from './audit-event'
import { ApplicationEntity, ContractEntity, SealUsageEntity } from './contract'
import { CreditChangeEntity, CustomerEntity } from './customer'
import { ApplicationLineEntity, ContractLineEntity } from './document-line'
import { DiscountAuthorityEntity, PriceListEntity, PriceListItemEntity, ProductEntity } from './policy'
import { WorkflowDefinitionEntity } from './workflow-definition'
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
  WorkflowDefinitionEntity,
  ProductEntity,
  PriceListEntity,
  PriceListItemEntity,
  DiscountAuthorityEntity,
  CustomerEntity,
  CreditChangeEntity,
  ApplicationEntity,
  ApplicationLineEntity,
  ContractEntity,
  ContractLineEntity,
  SealUsageEntity,
]

export * from './audit-event'
export * from './contract'
export * from './customer'
export * from './document-line'
export * from './policy'
export * from './workflow-definition'
export * from './document'
export * from './document-counter'
export * from './session'
export * from './setting'
export * from './task'
export * from './user'
export * from './user-role'
