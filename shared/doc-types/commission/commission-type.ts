import type { RoleKey } from '../../roles'
import { approvalStates, EDITABLE_STATES, type Lifecycle } from '../lifecycle'
import { commissionApi } from './commission-api'
import type { CommissionBody } from './commission-body'

/**
 * R16: 提成单, one per salesperson per month. Filled by the sales clerk (computed from the month's
 * allocations, not typed), reviewed by finance and the finance VP, approved by the GM; finance then
 * records what is paid out (部分发放, 已发放). An approved form with nothing to pay (the deduction ate the
 * commission) is finished as it stands.
 */
export const commissionLifecycle: Lifecycle = {
  states: {
    ...approvalStates({ approved: '待发放' }),
    partlyPaid: { label: '部分发放', color: 'blue' },
    paid: { label: '已发放', color: 'cyan' },
  },
  editable: EDITABLE_STATES,
  voidable: [...EDITABLE_STATES],
  // 'approved' closes only when nothing is payable (closingWaits in the core keeps the rest open).
  closable: ['approved', 'paid', 'voided'],
  transitions: [
    { event: 'paidPart', from: ['approved', 'partlyPaid'], to: 'partlyPaid', by: 'system', label: '部分发放', keepsTasks: true },
    { event: 'paidAll', from: ['approved', 'partlyPaid'], to: 'paid', by: 'system', label: '已发放' },
  ],
}

/** A form that holds its person-month (one live per person-month): all but voided. Rejected and withdrawn are resubmitted, not refiled. */
export const LIVE_COMMISSION_STATES = ['draft', 'pending', 'approved', 'rejected', 'withdrawn', 'partlyPaid', 'paid'] as const

export const commissionType = {
  docType: 'commission',
  label: '提成单',
  bodyTitle: '提成明细',
  lifecycle: commissionLifecycle,
  api: commissionApi,
  draftedBy: commissionApi['commissions.save'].access as readonly RoleKey[],
  body: undefined as CommissionBody | undefined,
} as const
