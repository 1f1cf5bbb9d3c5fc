import type { WorkflowDefinition } from '../../workflow/definition'

/**
 * R13: service records the report with the customer at the site, so it is recorded (已记录) at submit. A
 * report the customer signed more than three days before it is entered (补录: the paper copy came back late)
 * is confirmed by the sales manager first: the 24 hours of a rectification then run from the confirmation.
 * A chain is never empty: this conditional step is the chain (data: the office may change it).
 */
export const acceptanceChain: WorkflowDefinition = {
  docType: 'acceptance',
  name: '验收报告记录',
  steps: [{ key: 'manager_confirm_late', name: '销售经理确认补录', actor: { kind: 'role', role: 'sales_manager' }, when: { fact: 'recordedLate' } }],
}
