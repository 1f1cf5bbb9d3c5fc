import type { WorkflowDefinition } from '../../workflow/definition'

/**
 * R8: filled by the sales clerk, approved by the sales manager (the clerk's own 上级 when they hold the
 * role). R9: the general manager's step joins the route at submit when the credit check says the
 * customer is over the limit with this note, or has anything overdue; a customer rated E (冻结发货) is
 * refused instead (a block, CREDIT_BLOCKED).
 */
export const dispatchNoteChain: WorkflowDefinition = {
  docType: 'dispatchNote',
  name: '发货单审批',
  steps: [
    { key: 'manager_approve', name: '销售经理审批', actor: { kind: 'drafterManager', fallbackRole: 'sales_manager' } },
    {
      key: 'gm_credit',
      name: '总经理信用审批',
      actor: { kind: 'role', role: 'general_manager' },
      when: { any: [{ fact: 'creditOverLimit' }, { fact: 'creditOverdue' }] },
      evaluate: 'submit',
    },
  ],
  blocks: [{ when: { fact: 'creditBlocked' }, refuse: 'CREDIT_BLOCKED' }],
}
