import type { EntitySchema } from 'typeorm'
import type { contractApi } from '../../../../shared/doc-types/contract/contract-api'
import type { CoreDocType } from '../core-doc-type'
import { contractChain } from './contract-chain'
import { contractIntegrity } from './contract-integrity'
import { ContractEntity, ContractLineEntity, SealUsageEntity } from './contract-entities'
import { contractHandlers } from './contract-handlers'
import { contractKind } from './contract-kind'
import { sealRegisterHandlers } from './seal-register'
import { contractStillOpenSql } from './contract-completed'

export const contractCore: CoreDocType<keyof typeof contractApi> = {
  kind: contractKind,
  entities: [ContractEntity, ContractLineEntity, SealUsageEntity] as Array<EntitySchema<never>>,
  handlers: { ...contractHandlers, ...sealRegisterHandlers },
  defaultChain: contractChain,
  integrity: contractIntegrity,
  closingWaits: contractStillOpenSql,
}
