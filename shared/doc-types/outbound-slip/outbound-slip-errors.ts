import { signBackErrors } from './sign-back-errors'

// Refusals of the outbound slip's rules (R10, R9 at posting, R24), merged into shared/errors.ts through the
// registry. The handlers put the deciding figures into the message; these are the fallbacks. An expired
// note is refused with the dispatch note's DISPATCH_EXPIRED, too little stock with stock's STOCK_NOT_ENOUGH,
// a customer rated E at posting with CREDIT_BLOCKED.
export const outboundSlipErrors = {
  OUTBOUND_NOTE_NOT_APPROVED: '只能依据已批准（或部分出库）的发货单出库；该发货单尚未批准、已出库完毕或已作废',
  OUTBOUND_OVER_NOTE: '出库数量超过发货单尚未出库的数量，请减少数量',
  OUTBOUND_LINE_UNKNOWN: '所选行不在该发货单中，请刷新后重新选择',
  OUTBOUND_LINE_REPEATED: '同一发货单行在出库单上出现了两次，请合并为一行',
  OUTBOUND_CONTRACT_ACCEPTED: '该出库单所属合同已验收（客户已验收全部货物），出库单不能作废；货物如有问题请走售后整改',
  ...signBackErrors,
} as const
