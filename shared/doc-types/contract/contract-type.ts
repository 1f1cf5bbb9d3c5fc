import type { RoleKey } from '../../roles'
import { approvalStates, EDITABLE_STATES, type Lifecycle } from '../lifecycle'
import { contractApi } from './contract-api'
import type { ContractBody } from './contract-body'

/**
 * R4, R5: 销售合同. Its chain is a countersign (会签); approved, it is signed (已签订) and enters the
 * ledger. R6: once a production notice is signed it is 已排产 (scheduled). Later issues add 部分发货 →
 * 已发货 → 已完成 here; SIGNED_CONTRACT_STATES lists every state a signed contract can be in. Not voidable: one contract per
 * application, and revising goes through reject and withdraw.
 */
export const contractLifecycle: Lifecycle = {
  states: {
    ...approvalStates({ pending: '会签中', approved: '已签订' }),
    scheduled: { label: '已排产', color: 'blue' },
    partlyShipped: { label: '部分发货', color: 'geekblue' },
    shipped: { label: '已发货', color: 'cyan' },
    // R13: every line accepted by the customer (acceptance reports); derived like the shipped states.
    accepted: { label: '已验收', color: 'success' },
  },
  editable: EDITABLE_STATES,
  voidable: [],
  // R19: shipped in full (and accepted); the closing closes only those also fully collected and invoiced (contract-completed.ts).
  closable: ['shipped', 'accepted'],
  transitions: [
    { event: 'noticeSigned', from: ['approved'], to: 'scheduled', by: 'system', label: '已排产' },
    // R24: its last live signed notice was voided — it waits for a notice again (the planner's 待办).
    { event: 'noticesVoided', from: ['scheduled'], to: 'approved', by: 'system', label: '生产通知单已作废，退回已签订' },
    { event: 'outboundPosted', from: ['approved', 'scheduled', 'partlyShipped'], to: 'partlyShipped', by: 'system', label: '部分发货' },
    { event: 'outboundCompleted', from: ['approved', 'scheduled', 'partlyShipped'], to: 'shipped', by: 'system', label: '已发货' },
    { event: 'outboundVoided', from: ['partlyShipped', 'shipped'], to: 'partlyShipped', by: 'system', label: '出库单作废' },
    { event: 'outboundAllVoided', from: ['partlyShipped', 'shipped'], to: 'approved', by: 'system', label: '出库单全部作废' },
    { event: 'outboundAllVoidedScheduled', from: ['partlyShipped', 'shipped'], to: 'scheduled', by: 'system', label: '出库单全部作废' },
    { event: 'accepted', from: ['shipped'], to: 'accepted', by: 'system', label: '已验收', keepsTasks: true },
  ],
}

/** A signed contract, in whatever state its fulfilment has reached (the ledger, payments and notices read these). */
export const SIGNED_CONTRACT_STATES = ['approved', 'scheduled', 'partlyShipped', 'shipped', 'accepted'] as const

export const contractType = {
  docType: 'contract',
  label: '销售合同',
  bodyTitle: '合同内容',
  lifecycle: contractLifecycle,
  api: contractApi,
  /** Who drafts it: the roles its create method admits (shown with the chain; the router enforces it). */
  draftedBy: contractApi['contracts.createFromApplication'].access as readonly RoleKey[],
  body: undefined as ContractBody | undefined,
} as const
