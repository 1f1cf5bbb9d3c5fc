import type { RoleKey } from '../../roles'
import { approvalStates, EDITABLE_STATES, type Lifecycle } from '../lifecycle'
import { acceptanceApi } from './acceptance-api'
import type { AcceptanceBody } from './acceptance-body'

/**
 * R13: 验收报告. Service records it with the customer against a completed work order and it is recorded
 * (已记录) at once, unless the customer signed it more than three days before it is entered (补录: the sales
 * manager confirms, acceptance-chain.ts). Recorded, a failed check opens a rectification (整改) and a report
 * that completes the contract's acceptance moves it to 已验收. Not voided once recorded: the customer signed
 * it; a wrong one is answered by a rectification and a re-acceptance.
 */
export const acceptanceLifecycle: Lifecycle = {
  states: approvalStates({ pending: '待经理确认', approved: '已记录' }),
  editable: EDITABLE_STATES,
  voidable: [...EDITABLE_STATES],
  closable: ['voided'],
  transitions: [],
}

export const acceptanceType = {
  docType: 'acceptance',
  label: '验收报告',
  bodyTitle: '验收内容',
  lifecycle: acceptanceLifecycle,
  api: acceptanceApi,
  draftedBy: acceptanceApi['acceptances.record'].access as readonly RoleKey[],
  body: undefined as AcceptanceBody | undefined,
} as const
