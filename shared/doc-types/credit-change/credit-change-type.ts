import type { RoleKey } from '../../roles'
import { approvalStates, EDITABLE_STATES, type Lifecycle } from '../lifecycle'
import { creditChangeApi } from './credit-change-api'
import type { CreditChangeBody } from './credit-change-body'

/**
 * R2: 信用变更. Proposed and submitted at once; sent back, it is revised or voided. Approved, it has
 * taken effect on the customer and may be closed (R19).
 */
export const creditChangeLifecycle: Lifecycle = {
  states: approvalStates({ approved: '已生效' }),
  editable: EDITABLE_STATES,
  voidable: ['rejected', 'withdrawn'],
  closable: ['approved', 'voided'],
  transitions: [],
}

export const creditChangeType = {
  docType: 'creditChange',
  label: '信用变更',
  bodyTitle: '信用变更',
  lifecycle: creditChangeLifecycle,
  api: creditChangeApi,
  /** Who drafts it: the roles its create method admits (shown with the chain; the router enforces it). */
  draftedBy: creditChangeApi['creditChanges.propose'].access as readonly RoleKey[],
  body: undefined as CreditChangeBody | undefined,
} as const
