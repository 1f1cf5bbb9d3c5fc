import type { EntitySchema } from 'typeorm'
import type { productionNoticeApi } from '../../../../shared/doc-types/production-notice/production-notice-api'
import type { CoreDocType } from '../core-doc-type'
import { productionNoticeChain } from './production-notice-chain'
import { NoticeLineEntity, ProductionNoticeEntity } from './production-notice-entities'
import { productionNoticeHandlers } from './production-notice-handlers'
import { productionNoticeIntegrity } from './production-notice-integrity'
import { productionNoticeKind } from './production-notice-kind'

export const productionNoticeCore: CoreDocType<keyof typeof productionNoticeApi> = {
  kind: productionNoticeKind,
  entities: [ProductionNoticeEntity, NoticeLineEntity] as Array<EntitySchema<never>>,
  handlers: productionNoticeHandlers,
  defaultChain: productionNoticeChain,
  integrity: productionNoticeIntegrity,
}
