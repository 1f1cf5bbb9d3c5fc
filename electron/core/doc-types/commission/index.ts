import type { EntitySchema } from 'typeorm'
import type { commissionApi } from '../../../../shared/doc-types/commission/commission-api'
import type { CoreDocType } from '../core-doc-type'
import { commissionChain } from './commission-chain'
import { CommissionEntity, CommissionLineEntity, CommissionPayoutEntity, CommissionPolicyEntity } from './commission-entities'
import { commissionHandlers } from './commission-handlers'
import { commissionIntegrity } from './commission-integrity'
import { commissionKind } from './commission-kind'

export const commissionCore: CoreDocType<keyof typeof commissionApi> = {
  kind: commissionKind,
  entities: [CommissionEntity, CommissionLineEntity, CommissionPayoutEntity, CommissionPolicyEntity] as Array<EntitySchema<never>>,
  handlers: commissionHandlers,
  defaultChain: commissionChain,
  integrity: commissionIntegrity,
  // R19: approved with money still to pay out waits for finance; approved with nothing to pay is finished.
  closingWaits: `documents.state = 'approved' AND documents.amount_fen > 0`,
}
