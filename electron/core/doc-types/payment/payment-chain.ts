import type { WorkflowDefinition } from '../../workflow/definition'

/**
 * R14: finance records payments. The chain needs a step (a chain is never empty), so the default is the
 * one review the office may want: a commercial acceptance bill (商业承兑汇票) carries the drawer's credit,
 * not a bank's, and the finance VP confirms it; every other payment is recorded (已登记) at submit.
 * Data: the office can change it on its chain page.
 */
export const paymentChain: WorkflowDefinition = {
  docType: 'payment',
  name: '收款登记',
  steps: [{ key: 'finance_vp_confirm', name: '财务副总确认商业汇票', actor: { kind: 'role', role: 'finance_vp' }, when: { fact: 'commercialBill' } }],
}
