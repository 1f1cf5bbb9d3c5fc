// Refusals of the work order's rules (R12, R24), merged into shared/errors.ts through the registry.
// The handlers put the deciding figures into the message; these are the fallbacks.
export const workOrderErrors = {
  WORK_ORDER_CONTRACT_NOT_SIGNED: '只能依据已签订的销售合同开派工单',
  WORK_ORDER_NO_INSTALLATION: '该合同申报时未选择“需要安装”，不能开派工单',
  WORK_ORDER_NOTHING_SHIPPED: '该合同尚无已出库的货物，货物出库后才能开派工单',
  WORK_ORDER_OVER_SHIPPED: '安装数量超过合同已出库且尚未派工的数量，请减少数量',
  WORK_ORDER_LINE_UNKNOWN: '所选产品行不在该合同中，请刷新后重新选择',
  FIRST_PAYMENT_MISSING: '合同首期款尚未到账，不能开派工单；首期款到账后再开',
  WORK_ORDER_NOT_APPROVED: '只有已批准的派工单才能记录安装结果',
  WORK_ORDER_COMPLETED_IN_FUTURE: '完工日期不能晚于今天，请核对',
} as const
