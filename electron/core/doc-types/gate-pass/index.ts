import type { EntitySchema } from 'typeorm'
import type { gatePassApi } from '../../../../shared/doc-types/gate-pass/gate-pass-api'
import type { CoreDocType } from '../core-doc-type'
import { gatePassChain } from './gate-pass-chain'
import { GatePassEntity } from './gate-pass-entities'
import { gatePassHandlers } from './gate-pass-handlers'
import { gatePassIntegrity } from './gate-pass-integrity'
import { gatePassKind } from './gate-pass-kind'

export const gatePassCore: CoreDocType<keyof typeof gatePassApi> = {
  kind: gatePassKind,
  entities: [GatePassEntity] as Array<EntitySchema<never>>,
  handlers: gatePassHandlers,
  defaultChain: gatePassChain,
  integrity: gatePassIntegrity,
}
