import type { EntitySchema } from 'typeorm'
import type { creditChangeApi } from '../../../../shared/doc-types/credit-change/credit-change-api'
import type { CoreDocType } from '../core-doc-type'
import { creditChangeChain } from './credit-change-chain'
import { creditChangeIntegrity } from './credit-change-integrity'
import { CreditChangeEntity } from './credit-change-entity'
import { creditChangeHandlers } from './credit-change-handlers'
import { creditChangeKind } from './credit-change-kind'

export const creditChangeCore: CoreDocType<keyof typeof creditChangeApi> = {
  kind: creditChangeKind,
  entities: [CreditChangeEntity] as Array<EntitySchema<never>>,
  handlers: creditChangeHandlers,
  defaultChain: creditChangeChain,
  integrity: creditChangeIntegrity,
}
