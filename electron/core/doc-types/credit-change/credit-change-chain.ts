import type { WorkflowDefinition } from '../../workflow/definition'

/** R2: proposed by sales or finance, approved by the general manager (不相容岗位). */
export const creditChangeChain: WorkflowDefinition = {
  docType: 'creditChange',
  name: '客户信用变更审批',
  steps: [{ key: 'gm_approve', name: '总经理审批', actor: { kind: 'role', role: 'general_manager' } }],
}
