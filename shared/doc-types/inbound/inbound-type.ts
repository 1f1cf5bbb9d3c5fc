import type { RoleKey } from '../../roles'
import { approvalStates, EDITABLE_STATES, type Lifecycle } from '../lifecycle'
import { inboundApi } from './inbound-api'
import type { InboundBody } from './inbound-body'

/**
 * R7: 成品入库单. production fills it with a certificate per line and submits it; the warehouse keeper
 * receives the goods and signs, which posts it (已入库) and raises stock in the same transaction. Voided
 * only before it is posted (R24: a posted slip's stock may already have gone out).
 */
export const inboundLifecycle: Lifecycle = {
  states: approvalStates({ pending: '待入库', approved: '已入库' }),
  editable: EDITABLE_STATES,
  voidable: EDITABLE_STATES,
  closable: ['approved', 'voided'],
  transitions: [],
}

export const inboundType = {
  docType: 'inbound',
  label: '成品入库单',
  bodyTitle: '入库明细',
  lifecycle: inboundLifecycle,
  api: inboundApi,
  /** Who drafts it: the roles its create method admits (shown with the chain; the router enforces it). */
  draftedBy: inboundApi['inbound.create'].access as readonly RoleKey[],
  body: undefined as InboundBody | undefined,
} as const
