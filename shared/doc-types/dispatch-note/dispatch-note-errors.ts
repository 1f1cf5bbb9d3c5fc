// Refusals of the dispatch note's rules (R8, R9, R2, R24), merged into shared/errors.ts through the registry.
// The handlers put the deciding figures into the message; these are the fallbacks.
export const dispatchNoteErrors = {
  CONTRACT_NOT_SIGNED_FOR_DISPATCH: '只能依据已签订（或已排产）的销售合同开发货单',
  DISPATCH_OVER_CONTRACT: '发货数量超过合同尚未发货的数量，请减少数量',
  DISPATCH_OVER_STOCK: '发货数量超过可用库存（在库减去已批准未出库的发货单占用），请减少数量或待入库后再开',
  DISPATCH_LINE_UNKNOWN: '所选产品行不在该合同中，请刷新后重新选择',
  DISPATCH_VALID_UNTIL_PAST: '有效期不能早于今天，请重新选择',
  DISPATCH_EXPIRED: '发货单已过期，不能再出库；请作废后重新开具',
  CREDIT_BLOCKED: '客户信用等级为 E（冻结发货），不能提交发货单；请先经信用变更调整等级',
  CREDIT_ZERO_UNPAID: '零信用客户只能凭已到款发货：本单与其他有效发货单金额合计超过已到款，请先收款',
} as const
