import type { RoleKey } from '../../roles'
import { approvalStates, EDITABLE_STATES, type Lifecycle } from '../lifecycle'
import type { ApplicationBody } from './application-body'
import { applicationApi } from './application-api'

/**
 * R3, R4: 合同申报单. Approved, it waits for its contract; once the contract is made from it, it is
 * 已转合同 (a business state, set by the engine when the contract links to it) and may be closed (R19).
 * An approved application whose deal fell through may be voided while it has no contract (R24).
 */
export const applicationLifecycle: Lifecycle = {
  states: { ...approvalStates(), contracted: { label: '已转合同', color: 'cyan' } },
  editable: EDITABLE_STATES,
  voidable: [...EDITABLE_STATES, 'approved'],
  closable: ['contracted', 'voided'],
  transitions: [{ event: 'contractMade', from: ['approved'], to: 'contracted', by: 'system', label: '已签订合同' }],
}

export const applicationType = {
  docType: 'application',
  label: '合同申报单',
  bodyTitle: '申报内容',
  lifecycle: applicationLifecycle,
  api: applicationApi,
  /** Phantom: carries the body's type to the DocumentBody union. Never set at run time. */
  /** Who drafts it: the roles its create method admits (shown with the chain; the router enforces it). */
  draftedBy: applicationApi['applications.save'].access as readonly RoleKey[],
  body: undefined as ApplicationBody | undefined,
} as const
