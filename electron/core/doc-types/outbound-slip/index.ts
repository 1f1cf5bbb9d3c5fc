import type { EntitySchema } from 'typeorm'
import type { outboundSlipApi } from '../../../../shared/doc-types/outbound-slip/outbound-slip-api'
import type { CoreDocType } from '../core-doc-type'
import { livePassSql } from '../gate-pass/gate-pass-task'
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
  // R19 with R10/R11: a posted slip stays open until its goods have passed the gate and its receivable is
  // booked — the guard's and finance's tasks on it must not be filed away by the month-end closing.
  closingWaits: `documents.state = 'approved' AND (NOT ${livePassSql('documents.id')}
    OR NOT EXISTS (SELECT 1 FROM receivables r WHERE r.slip_document_id = documents.id))`,
}
