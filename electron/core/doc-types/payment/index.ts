import type { EntitySchema } from 'typeorm'
import type { paymentApi } from '../../../../shared/doc-types/payment/payment-api'
import type { CoreDocType } from '../core-doc-type'
import { paymentChain } from './payment-chain'
import { PaymentAllocationEntity, PaymentEntity } from './payment-entities'
import { paymentHandlers } from './payment-handlers'
import { paymentIntegrity } from './payment-integrity'
import { paymentKind } from './payment-kind'

export const paymentCore: CoreDocType<keyof typeof paymentApi> = {
  kind: paymentKind,
  entities: [PaymentEntity, PaymentAllocationEntity] as Array<EntitySchema<never>>,
  handlers: paymentHandlers,
  defaultChain: paymentChain,
  integrity: paymentIntegrity,
}
