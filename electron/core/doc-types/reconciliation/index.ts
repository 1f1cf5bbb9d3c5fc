import type { EntitySchema } from 'typeorm'
import type { reconciliationApi } from '../../../../shared/doc-types/reconciliation/reconciliation-api'
import type { CoreDocType } from '../core-doc-type'
import { reconciliationChain } from './reconciliation-chain'
import { ReconciliationDifferenceEntity, ReconciliationEntity, ReconciliationLineEntity } from './reconciliation-entities'
import { reconciliationHandlers } from './reconciliation-handlers'
import { reconciliationIntegrity } from './reconciliation-integrity'
import { reconciliationKind } from './reconciliation-kind'
import { assertMonthLocked } from './closing-gate'

export const reconciliationCore: CoreDocType<keyof typeof reconciliationApi> = {
  kind: reconciliationKind,
  entities: [ReconciliationEntity, ReconciliationLineEntity, ReconciliationDifferenceEntity] as Array<EntitySchema<never>>,
  handlers: reconciliationHandlers,
  defaultChain: reconciliationChain,
  integrity: reconciliationIntegrity,
  beforeClosing: assertMonthLocked,
}
