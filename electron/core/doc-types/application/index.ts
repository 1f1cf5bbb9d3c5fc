import type { EntitySchema } from 'typeorm'
import type { applicationApi } from '../../../../shared/doc-types/application/application-api'
import type { CoreDocType } from '../core-doc-type'
import { applicationChain } from './application-chain'
import { applicationIntegrity } from './application-integrity'
import { ApplicationEntity, ApplicationLineEntity } from './application-entities'
import { applicationHandlers } from './application-handlers'
import { applicationKind } from './application-kind'

export const applicationCore: CoreDocType<keyof typeof applicationApi> = {
  kind: applicationKind,
  entities: [ApplicationEntity, ApplicationLineEntity] as Array<EntitySchema<never>>,
  handlers: applicationHandlers,
  defaultChain: applicationChain,
  integrity: applicationIntegrity,
}
