import type { RoleKey } from '../../roles'
import { approvalStates, EDITABLE_STATES, type Lifecycle } from '../lifecycle'
import { productionNoticeApi } from './production-notice-api'
import type { ProductionNoticeBody } from './production-notice-body'

/**
 * R6: 生产通知单. Compiled by the planner from a signed contract, signed by the sales VP (已下达);
 * submitting is refused while the contract's prepayment is not received. R7: posting an inbound slip
 * filled against it moves it to 部分入库, and to 已入库 once posted slips cover every product's quantity
 * (finished: closable, R19). R24: voidable while signed only if no live inbound slip is made from it —
 * the engine reads document_links; once goods are posted against it (部分入库) it is never voided.
 */
export const productionNoticeLifecycle: Lifecycle = {
  states: {
    ...approvalStates({ approved: '已下达' }),
    partlyStocked: { label: '部分入库', color: 'cyan' },
    stocked: { label: '已入库', color: 'geekblue' },
  },
  editable: EDITABLE_STATES,
  voidable: [...EDITABLE_STATES, 'approved'],
  closable: ['stocked', 'voided'],
  transitions: [
    // Part of the goods is in: qc's and production's tasks on the notice go on.
    { event: 'partlyStocked', from: ['approved'], to: 'partlyStocked', by: 'system', label: '部分入库', keepsTasks: true },
    { event: 'stocked', from: ['approved', 'partlyStocked'], to: 'stocked', by: 'system', label: '已入库' },
  ],
}

/** A signed notice, in whatever state its inbound has reached (the contract is 已排产 while one is live). */
export const SIGNED_NOTICE_STATES = ['approved', 'partlyStocked', 'stocked'] as const
/** A signed notice whose goods are still to come in: produced, certified and stocked against. */
export const IN_PRODUCTION_STATES = ['approved', 'partlyStocked'] as const

export const productionNoticeType = {
  docType: 'productionNotice',
  label: '生产通知单',
  bodyTitle: '通知内容',
  lifecycle: productionNoticeLifecycle,
  api: productionNoticeApi,
  draftedBy: productionNoticeApi['productionNotices.save'].access as readonly RoleKey[],
  body: undefined as ProductionNoticeBody | undefined,
} as const
