import type { WorkflowDefinition } from '../../workflow/definition'

/**
 * Issue 12: the guard registers the pass as the vehicle leaves — the slip it leaves on was posted by the
 * warehouse, so the pass needs no second signature (已放行 at submit). A pass registered after the fact
 * (补登: its time out more than a day before it was registered) is confirmed by the warehouse keeper, who
 * loaded the vehicle: the gate's record is otherwise one person's word after the goods have gone. A chain is
 * never empty: this conditional step is the chain (data: the office may change it).
 */
export const gatePassChain: WorkflowDefinition = {
  docType: 'gatePass',
  name: '出门证登记',
  steps: [{ key: 'warehouse_confirm_late', name: '仓管员确认补登', actor: { kind: 'role', role: 'warehouse' }, when: { fact: 'registeredLate' } }],
}
