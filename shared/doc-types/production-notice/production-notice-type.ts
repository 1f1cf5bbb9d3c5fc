import type { RoleKey } from '../../roles'
import { approvalStates, EDITABLE_STATES, type Lifecycle } from '../lifecycle'
import { productionNoticeApi } from './production-notice-api'
import type { ProductionNoticeBody } from './production-notice-body'

/**
 * R6: 生产通知单. Compiled by the planner from a signed contract, signed by the sales VP (已下达);
 * submitting is refused while the contract's prepayment is not received. R24: voidable while no live
 * document (an inbound slip) is made from it — the engine reads document_links. The issue that adds
 * inbound adds 生产中 / 已完工 here.
 */
export const productionNoticeLifecycle: Lifecycle = {
  states: approvalStates({ approved: '已下达' }),
  editable: EDITABLE_STATES,
  voidable: [...EDITABLE_STATES, 'approved'],
  closable: ['voided'],
  transitions: [],
}

export const productionNoticeType = {
  docType: 'productionNotice',
  label: '生产通知单',
  bodyTitle: '通知内容',
  lifecycle: productionNoticeLifecycle,
  api: productionNoticeApi,
  draftedBy: productionNoticeApi['productionNotices.save'].access as readonly RoleKey[],
  body: undefined as ProductionNoticeBody | undefined,
} as const
