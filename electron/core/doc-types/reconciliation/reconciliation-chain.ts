import type { WorkflowDefinition } from '../../workflow/definition'

/**
 * R17: a reconciliation stands at its start (对帐中): what follows is the two sides' sign-off, which is
 * its own action (sign-off.ts: one per side, in either order), not an approval step. A chain is never
 * empty: the one step is the general manager's review of a reconciliation restarted by hand, which
 * nothing does today, so it never applies (as the rectification's).
 */
export const reconciliationChain: WorkflowDefinition = {
  docType: 'reconciliation',
  name: '月末对帐',
  steps: [{ key: 'gm_review_restart', name: '总经理审阅重开对帐', actor: { kind: 'role', role: 'general_manager' }, when: { fact: 'restartedByHand' } }],
}
