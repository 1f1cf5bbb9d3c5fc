import type { WorkflowDefinition } from '../../workflow/definition'

/** R16: filled by the sales clerk, reviewed by finance and the finance VP, approved by the general manager. */
export const commissionChain: WorkflowDefinition = {
  docType: 'commission',
  name: '提成单审批',
  steps: [
    { key: 'finance_review', name: '财务审核', actor: { kind: 'role', role: 'finance' } },
    { key: 'finance_vp_review', name: '财务副总审核', actor: { kind: 'role', role: 'finance_vp' } },
    { key: 'gm_approve', name: '总经理审批', actor: { kind: 'role', role: 'general_manager' } },
  ],
}
