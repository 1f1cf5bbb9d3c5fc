// Refusals of the production notice's rules (R6), merged into shared/errors.ts through the registry.
// The handlers put the deciding figures into the message; these are the fallbacks.
export const productionNoticeErrors = {
  CONTRACT_NOT_SIGNED_FOR_NOTICE: '只能依据已签订的销售合同编制生产通知单',
  PREPAYMENT_NOT_RECEIVED: '合同约定的预付款尚未到齐，不能下达生产通知单',
  NOTICE_OVER_CONTRACT: '通知数量超过合同尚未排产的数量，请减少数量',
  NOTICE_LINE_UNKNOWN: '所选产品行不在该合同中，请刷新后重新选择',
  NOTICE_EMPTY: '生产通知单至少要有一行数量大于 0 的产品',
} as const
