// Refusals of the slip's sign-back records (R11, R24), merged into the slip's error table. The handlers put
// the slip's number and the deciding dates into the message; these are the fallbacks.
export const signBackErrors = {
  SIGNED_COPY_SLIP_NOT_POSTED: '只能为已出库（未作废）的出库单登记客户签收联',
  SIGNED_COPY_EXISTS: '该出库单的客户签收联已登记（每张出库单只登记一次）',
  SIGNED_COPY_DATES: '签收日期不能早于出库日期，交回日期不能早于签收日期，也不能晚于今天',
  SIGNED_COPY_MISSING: '该出库单的客户签收联尚未交回登记：请先登记客户签收，再入帐',
  RECEIVABLE_EXISTS: '该出库单的应收款已入帐（每张出库单只入帐一次）',
} as const
