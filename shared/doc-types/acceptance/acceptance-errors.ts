// Refusals of the acceptance report's rules (R13, R24), merged into shared/errors.ts through the registry.
// The handlers put the deciding figures (work order, its state, quantities, dates) into the message.
export const acceptanceErrors = {
  ACCEPTANCE_WORK_ORDER_NOT_COMPLETED: '只能对已完工的派工单记录验收报告；请先记录安装结果',
  ACCEPTANCE_LINE_UNKNOWN: '所选产品行不在该派工单中，请刷新后重新选择',
  ACCEPTANCE_OVER_INSTALLED: '验收数量超过派工单安装且尚未验收的数量，请核对数量',
  ACCEPTANCE_DATE_IN_FUTURE: '客户签字日期不能晚于今天，请核对',
  ACCEPTANCE_BEFORE_COMPLETION: '客户签字日期不能早于派工单的完工日期，请核对',
  ACCEPTANCE_PROBLEM_MISSING: '有不合格项时须写明问题和整改责任人',
  REACCEPTANCE_NOT_ANSWERED: '整改尚未答复（或已复验），答复后才能复验',
  REACCEPTANCE_LINES_MISMATCH: '复验须逐行覆盖整改单上不合格的产品行，数量与原验收相同',
} as const
