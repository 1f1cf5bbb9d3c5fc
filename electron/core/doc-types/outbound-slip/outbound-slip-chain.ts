import type { WorkflowDefinition } from '../../workflow/definition'

/**
 * R10: the warehouse fills the slip and posts it — the goods are in its hands, and the note it posts against
 * was approved by sales (R8) and, where credit asked, the general manager (R9): posting needs no second
 * signature. R9 "computed when the note is submitted and again when outbound is posted": the re-check at
 * posting decides, as on the note, by facts — a customer rated E (冻结发货) since is refused
 * (CREDIT_BLOCKED); over the limit or overdue now, where the general manager did not approve the note's
 * credit, the slip waits for the general manager (the goods stay in until then), instead of an error the
 * warehouse could do nothing about. A chain is never empty: this conditional step is the chain.
 */
export const outboundSlipChain: WorkflowDefinition = {
  docType: 'outboundSlip',
  name: '出库过帐',
  steps: [
    {
      key: 'gm_credit_recheck',
      name: '总经理信用审批（出库复核）',
      actor: { kind: 'role', role: 'general_manager' },
      when: { fact: 'creditRecheckFailed' },
      evaluate: 'submit',
    },
  ],
  blocks: [{ when: { fact: 'creditBlocked' }, refuse: 'CREDIT_BLOCKED' }],
}
