// Refusals of the month-end reconciliation (R17) and of the closing that waits for it (R19), merged into
// shared/errors.ts through the registry. The core puts the deciding months and names into the message; these are the fallbacks.
export const reconciliationErrors = {
  RECONCILIATION_MONTH_OPEN: '该月尚未结束，月末对帐只能在月份结束后开始',
  RECONCILIATION_MONTH_TAKEN: '该月已开始过月末对帐，每月只有一份对帐单',
  RECONCILIATION_OUT_OF_ORDER: '月末对帐须按月份顺序进行，请先对上一个月',
  RECONCILIATION_PREVIOUS_NOT_LOCKED: '上月对帐单尚未双方签认锁定，须先完成上月对帐',
  RECONCILIATION_SIDE_SIGNED: '该方已签认过本月对帐单，同一方不能重复签认',
  RECONCILIATION_SIDE_ROLE: '您不在该方的签认岗位上：销售方由销售经理或销售部主管签认，财务方由财务签认',
  RECONCILIATION_SAME_SIGNER: '同一人不能代表销售和财务双方签认（不相容岗位）',
  RECONCILIATION_LOCKED: '该对帐单已由双方签认锁定，只能查看和打印，不能再修改',
  RECONCILIATION_NOT_FOUND: '找不到该月末对帐单',
  RECONCILIATION_CONTRACT_NOT_IN_SNAPSHOT: '该合同不在本月对帐快照中，请核对合同号',
  RECONCILIATION_CORRECTS_UNKNOWN: '要更正的差异行不在本对帐单中',
  CLOSING_RECONCILIATION_NOT_LOCKED: '该月的月末对帐尚未双方签认锁定，不能关闭清理',
} as const
