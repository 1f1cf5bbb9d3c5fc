import type { RoleKey } from '../../roles'
import { approvalStates, EDITABLE_STATES, type Lifecycle } from '../lifecycle'
import { workOrderApi } from './work-order-api'
import type { WorkOrderBody } from './work-order-body'

/**
 * R12: 派工单. Issued by the sales clerk for a contract that needs installation once (part of) its goods
 * have left, approved by the sales manager; refused at save, submit and approval while the contract's
 * first payment (首期款) has not arrived. Approved, it waits in service's 待办 until the installers'
 * result is recorded (已完工) — the state the acceptance (验收报告, R13, not built yet) will start from.
 * R24: voidable while no live document is made from it — once completed, its acceptance report (验收报告)
 * holds it (VOID_NOT_ALLOWED naming the report).
 */
export const workOrderLifecycle: Lifecycle = {
  states: {
    ...approvalStates(),
    completed: { label: '已完工', color: 'cyan' },
  },
  editable: EDITABLE_STATES,
  voidable: [...EDITABLE_STATES, 'approved', 'completed'],
  closable: ['voided'],
  transitions: [{ event: 'installed', from: ['approved'], to: 'completed', by: ['service'], label: '已完工' }],
}

export const workOrderType = {
  docType: 'workOrder',
  label: '派工单',
  bodyTitle: '派工内容',
  lifecycle: workOrderLifecycle,
  api: workOrderApi,
  draftedBy: workOrderApi['workOrders.save'].access as readonly RoleKey[],
  body: undefined as WorkOrderBody | undefined,
} as const
