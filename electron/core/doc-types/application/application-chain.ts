import type { WorkflowDefinition } from '../../workflow/definition'

/**
 * R3: drafted by the sales clerk, signed by the sales manager (审签: the clerk's own 上级 when they
 * hold the role), approved by the general manager (签批). Written to workflow_definitions on first start.
 */
export const applicationChain: WorkflowDefinition = {
  docType: 'application',
  name: '合同申报单审批',
  steps: [
    { key: 'manager_sign', name: '销售经理审签', actor: { kind: 'drafterManager', fallbackRole: 'sales_manager' } },
    { key: 'gm_approve', name: '总经理签批', actor: { kind: 'role', role: 'general_manager' } },
  ],
}
