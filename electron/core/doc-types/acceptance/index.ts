import type { EntitySchema } from 'typeorm'
import type { acceptanceApi } from '../../../../shared/doc-types/acceptance/acceptance-api'
import type { CoreDocType } from '../core-doc-type'
import { acceptanceChain } from './acceptance-chain'
import { AcceptanceEntity, AcceptanceLineEntity } from './acceptance-entities'
import { acceptanceHandlers } from './acceptance-handlers'
import { acceptanceIntegrity } from './acceptance-integrity'
import { acceptanceKind } from './acceptance-kind'

export const acceptanceCore: CoreDocType<keyof typeof acceptanceApi> = {
  kind: acceptanceKind,
  entities: [AcceptanceEntity, AcceptanceLineEntity] as Array<EntitySchema<never>>,
  handlers: acceptanceHandlers,
  defaultChain: acceptanceChain,
  integrity: acceptanceIntegrity,
}
