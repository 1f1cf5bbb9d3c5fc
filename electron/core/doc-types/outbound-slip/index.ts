import type { EntitySchema } from 'typeorm'
import type { outboundSlipApi } from '../../../../shared/doc-types/outbound-slip/outbound-slip-api'
import type { CoreDocType } from '../core-doc-type'
import { outboundSlipChain } from './outbound-slip-chain'
import { OutboundLineEntity, OutboundSlipEntity } from './outbound-slip-entities'
import { outboundSlipHandlers } from './outbound-slip-handlers'
import { outboundSlipIntegrity } from './outbound-slip-integrity'
import { outboundSlipKind } from './outbound-slip-kind'
import { ReceivableEntity, SignedCopyEntity } from './sign-back/sign-back-entities'

export const outboundSlipCore: CoreDocType<keyof typeof outboundSlipApi> = {
  kind: outboundSlipKind,
  entities: [OutboundSlipEntity, OutboundLineEntity, SignedCopyEntity, ReceivableEntity] as Array<EntitySchema<never>>,
  handlers: outboundSlipHandlers,
  defaultChain: outboundSlipChain,
  integrity: outboundSlipIntegrity,
}
