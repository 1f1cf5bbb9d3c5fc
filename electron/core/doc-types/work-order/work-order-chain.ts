import type { WorkflowDefinition } from '../../workflow/definition'

/** R12: issued by the sales clerk, approved by the sales manager (the clerk's own 上级 when they hold the role). */
export const workOrderChain: WorkflowDefinition = {
  docType: 'workOrder',
  name: '派工单审批',
  steps: [{ key: 'manager_approve', name: '销售经理审批', actor: { kind: 'drafterManager', fallbackRole: 'sales_manager' } }],
}
