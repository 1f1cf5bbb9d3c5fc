import type { WorkflowDefinition } from '../../workflow/definition'

/**
 * R7: production fills the slip; the warehouse keeper receives the goods and signs (仓库验收入库), which
 * posts it and raises stock. Two people (R20): who makes the goods is not who takes them into stock.
 */
export const inboundChain: WorkflowDefinition = {
  docType: 'inbound',
  name: '成品入库',
  steps: [{ key: 'warehouse_receive', name: '仓库验收入库', actor: { kind: 'role', role: 'warehouse' } }],
}
