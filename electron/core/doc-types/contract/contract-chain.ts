import type { WorkflowDefinition } from '../../workflow/definition'

/** R4: the sales head is in charge; wording changed from the template needs legal review; finance countersigns. */
export const contractChain: WorkflowDefinition = {
  docType: 'contract',
  name: '销售合同会签',
  steps: [
    { key: 'legal_review', name: '法务审核', actor: { kind: 'role', role: 'legal' }, when: { fact: 'nonStandardTerms' } },
    { key: 'finance_countersign', name: '财务会签', actor: { kind: 'role', role: 'finance' } },
  ],
}
