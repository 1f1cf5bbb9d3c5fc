import type { WorkflowDefinition } from '../../workflow/definition'

/** R6: compiled by the planner, signed by the sales VP. */
export const productionNoticeChain: WorkflowDefinition = {
  docType: 'productionNotice',
  name: '生产通知单签发',
  steps: [{ key: 'sales_vp_sign', name: '分管销售副总签发', actor: { kind: 'role', role: 'sales_vp' } }],
}
