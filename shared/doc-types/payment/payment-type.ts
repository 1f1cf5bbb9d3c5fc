import type { RoleKey } from '../../roles'
import { approvalStates, EDITABLE_STATES, type Lifecycle } from '../lifecycle'
import { paymentApi } from './payment-api'
import type { PaymentBody } from './payment-body'

/**
 * R14: 收款登记. Recorded by finance and submitted at once (the default chain asks the finance VP to
 * confirm a commercial acceptance bill only); recorded (已登记), its money is allocated to contracts.
 * Never voided once recorded (R24): a mistake is reversed by a red entry (红冲) and the payment is
 * 已红冲. A payment sent back by the finance VP never counted and may be voided.
 */
export const paymentLifecycle: Lifecycle = {
  states: { ...approvalStates({ pending: '待复核', approved: '已登记' }), reversed: { label: '已红冲', color: 'default' } },
  editable: EDITABLE_STATES,
  voidable: ['rejected', 'withdrawn'],
  closable: ['reversed', 'voided'],
  transitions: [{ event: 'reversed', from: ['approved'], to: 'reversed', by: 'system', label: '已红冲' }],
}

export const paymentType = {
  docType: 'payment',
  label: '收款登记',
  bodyTitle: '收款内容',
  lifecycle: paymentLifecycle,
  api: paymentApi,
  draftedBy: paymentApi['payments.record'].access as readonly RoleKey[],
  body: undefined as PaymentBody | undefined,
} as const
