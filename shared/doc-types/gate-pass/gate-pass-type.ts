import type { RoleKey } from '../../roles'
import { approvalStates, EDITABLE_STATES, type Lifecycle } from '../lifecycle'
import { gatePassApi } from './gate-pass-api'
import type { GatePassBody } from './gate-pass-body'

/**
 * 出门证 (issue 12). The guard registers it against a posted outbound slip (made from it: R24 then refuses
 * the slip's void) and it is recorded at once (已放行), or after the warehouse keeper confirms a pass whose
 * time out is more than a day back (补登, gate-pass-chain.ts). Voidable by the guard who registered it, to
 * correct a wrong plate or driver (void, then register again): the slip then waits at the gate again.
 */
export const gatePassLifecycle: Lifecycle = {
  states: approvalStates({ pending: '待仓管确认', approved: '已放行' }),
  editable: EDITABLE_STATES,
  voidable: [...EDITABLE_STATES, 'approved'],
  closable: ['approved', 'voided'],
  transitions: [],
}

export const gatePassType = {
  docType: 'gatePass',
  label: '出门证',
  bodyTitle: '出门登记',
  lifecycle: gatePassLifecycle,
  api: gatePassApi,
  draftedBy: gatePassApi['gatePasses.register'].access as readonly RoleKey[],
  body: undefined as GatePassBody | undefined,
} as const
