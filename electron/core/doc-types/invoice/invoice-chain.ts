import type { WorkflowDefinition } from '../../workflow/definition'

/** R15: asked by the sales clerk or finance, approved by the finance VP. */
export const invoiceChain: WorkflowDefinition = {
  docType: 'invoice',
  name: '开票申请审批',
  steps: [{ key: 'finance_vp_approve', name: '财务副总审批', actor: { kind: 'role', role: 'finance_vp' } }],
}
