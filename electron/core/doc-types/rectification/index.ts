import type { EntitySchema } from 'typeorm'
import type { rectificationApi } from '../../../../shared/doc-types/rectification/rectification-api'
import type { CoreDocType } from '../core-doc-type'
import { rectificationChain } from './rectification-chain'
import { RectificationEntity } from './rectification-entities'
import { rectificationHandlers } from './rectification-handlers'
import { rectificationIntegrity } from './rectification-integrity'
import { rectificationKind } from './rectification-kind'

export const rectificationCore: CoreDocType<keyof typeof rectificationApi> = {
  kind: rectificationKind,
  entities: [RectificationEntity] as Array<EntitySchema<never>>,
  handlers: rectificationHandlers,
  defaultChain: rectificationChain,
  integrity: rectificationIntegrity,
}
