import type { EntitySchema } from 'typeorm'
import type { inboundApi } from '../../../../shared/doc-types/inbound/inbound-api'
import type { CoreDocType } from '../core-doc-type'
import { inboundChain } from './inbound-chain'
import { InboundEntity, InboundLineEntity } from './inbound-entities'
import { inboundHandlers } from './inbound-handlers'
import { inboundIntegrity } from './inbound-integrity'
import { inboundKind } from './inbound-kind'
import { QcCertificateEntity } from './qc-certificate-entity'

export const inboundCore: CoreDocType<keyof typeof inboundApi> = {
  kind: inboundKind,
  entities: [QcCertificateEntity, InboundEntity, InboundLineEntity] as Array<EntitySchema<never>>,
  handlers: inboundHandlers,
  defaultChain: inboundChain,
  integrity: inboundIntegrity,
}
