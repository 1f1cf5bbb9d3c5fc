import type { WorkflowDefinition } from '../../workflow/definition'

/**
 * R13: a failed check opens the rectification and it stands at once (待整改): its 24 hours are already
 * running. A chain is never empty: the one step is for a rectification opened by hand rather than by a failed
 * check, which the sales manager would confirm — none is opened by hand today, so it never applies.
 */
export const rectificationChain: WorkflowDefinition = {
  docType: 'rectification',
  name: '整改',
  steps: [{ key: 'manager_confirm_manual', name: '销售经理确认整改', actor: { kind: 'role', role: 'sales_manager' }, when: { fact: 'openedByHand' } }],
}
