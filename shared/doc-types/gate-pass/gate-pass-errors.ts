// Refusals of the gate pass's rules (issue 12 出门证, R24), merged into shared/errors.ts through the registry.
// The handler puts the deciding figures (slip number, its state, the pass that exists) into the message.
export const gatePassErrors = {
  GATE_PASS_EXISTS: '该出库单已登记出门证，一张出库单只登记一张；如需更正，请先作废原出门证再重新登记',
  GATE_PASS_SLIP_NOT_POSTED: '只能为已出库（未作废）的出库单登记出门证',
  GATE_PASS_TIME_INVALID: '出门时间不能晚于现在，也不能早于出库日期，请核对后重填',
} as const
