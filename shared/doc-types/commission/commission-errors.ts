// Refusals of the commission form's rules (R16, R17, R20), merged into shared/errors.ts through the registry.
// The core puts the deciding figures into the message (person, month, amounts); these are the fallbacks.
export const commissionErrors = {
  COMMISSION_NO_CONTRACT: '该业务员本月没有合同回款：无合同不提成（未分配到合同的预收款不计提成）',
  COMMISSION_MONTH_NOT_OVER: '提成按月末结算：只能为已结束的月份填提成单',
  COMMISSION_DUPLICATE: '该业务员该月已有提成单，每人每月只能有一张有效的提成单',
  COMMISSION_NO_POLICY: '该月月末没有生效的提成政策，请总经理先发布提成政策',
  COMMISSION_NOT_PAYABLE: '只有已批准、尚未发放完毕的提成单可以登记发放',
  COMMISSION_PAID_OVER_APPROVED: '发放金额超过已批准未发放的提成金额',
  COMMISSION_POLICY_BACKDATED: '提成政策只能从今天或以后生效，不能追溯修改',
  COMMISSION_POLICY_DATE_TAKEN: '该生效日期已有一个提成政策版本，请另选日期',
} as const
