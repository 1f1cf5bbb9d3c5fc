import type { RoleKey } from '../../roles'
import { approvalStates, EDITABLE_STATES, type Lifecycle } from '../lifecycle'
import { outboundSlipApi } from './outbound-slip-api'
import type { OutboundSlipBody } from './outbound-slip-body'

/**
 * R10: 出库单. The warehouse fills it against an approved, unexpired dispatch note and posts it at once
 * (已出库: stock goes down in the same transaction); R9's credit check is run again at posting, and when it
 * says so the general manager approves first (待总经理审批). R24: voidable once posted only while no live
 * document is made from it — the gate pass (出门证), when it exists, links to it and so stops the void;
 * voiding a posted slip returns its stock and moves the note and the contract back.
 */
export const outboundSlipLifecycle: Lifecycle = {
  states: approvalStates({ pending: '待信用审批', approved: '已出库' }),
  editable: EDITABLE_STATES,
  voidable: [...EDITABLE_STATES, 'approved'],
  closable: ['approved', 'voided'],
  transitions: [],
}

export const outboundSlipType = {
  docType: 'outboundSlip',
  label: '出库单',
  bodyTitle: '出库明细',
  lifecycle: outboundSlipLifecycle,
  api: outboundSlipApi,
  draftedBy: outboundSlipApi['outboundSlips.post'].access as readonly RoleKey[],
  body: undefined as OutboundSlipBody | undefined,
} as const
