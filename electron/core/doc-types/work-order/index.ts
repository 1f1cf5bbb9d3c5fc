import type { EntitySchema } from 'typeorm'
import type { workOrderApi } from '../../../../shared/doc-types/work-order/work-order-api'
import type { CoreDocType } from '../core-doc-type'
import { workOrderChain } from './work-order-chain'
import { WorkOrderEntity, WorkOrderLineEntity } from './work-order-entities'
import { workOrderHandlers } from './work-order-handlers'
import { workOrderIntegrity } from './work-order-integrity'
import { workOrderKind } from './work-order-kind'

export const workOrderCore: CoreDocType<keyof typeof workOrderApi> = {
  kind: workOrderKind,
  entities: [WorkOrderEntity, WorkOrderLineEntity] as Array<EntitySchema<never>>,
  handlers: workOrderHandlers,
  defaultChain: workOrderChain,
  integrity: workOrderIntegrity,
}
