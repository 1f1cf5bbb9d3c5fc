import type { WorkflowDefinition } from './definition'

/** WORKFLOW.md's chains, written to workflow_definitions on first start. */
export const DEFAULT_DEFINITIONS: WorkflowDefinition[] = [
  {
    // R3: drafted by the sales clerk, signed by the sales manager (审签), approved by the general manager (签批).
    docType: 'application',
    name: '合同申报单审批',
    drafterRoles: ['sales_clerk'],
    steps: [
      { key: 'manager_sign', name: '销售经理审签', actor: { kind: 'drafterManager', fallbackRole: 'sales_manager' } },
      { key: 'gm_approve', name: '总经理签批', actor: { kind: 'role', role: 'general_manager' } },
    ],
    voidableStates: ['draft', 'rejected', 'withdrawn'],
  },
  {
    // R4: the sales head is in charge; wording changed from the template needs legal review; finance countersigns.
    docType: 'contract',
    name: '销售合同会签',
    drafterRoles: ['sales_head'],
    steps: [
      { key: 'legal_review', name: '法务审核', actor: { kind: 'role', role: 'legal' }, when: { fact: 'nonStandardTerms' } },
      { key: 'finance_countersign', name: '财务会签', actor: { kind: 'role', role: 'finance' } },
    ],
    // One contract per application (a unique index): voiding one would strand its application. A
    // contract is revised through reject/withdraw; voiding backwards (R24) comes with the fulfilment chain.
    voidableStates: [],
  },
  {
    // R2: a credit change is proposed by sales or finance and approved by the general manager (不相容岗位).
    docType: 'creditChange',
    name: '客户信用变更审批',
    drafterRoles: ['sales_clerk', 'sales_manager', 'sales_head', 'finance'],
    steps: [{ key: 'gm_approve', name: '总经理审批', actor: { kind: 'role', role: 'general_manager' } }],
    voidableStates: ['rejected', 'withdrawn'],
  },
]
