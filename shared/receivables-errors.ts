// R18 应收账款 refusals (shared/api/receivables.ts); spread into ERROR_MESSAGES by shared/errors.ts.
export const receivablesErrors = {
  // The aging reads today's balances: a past day would mix today's payments with that day's dates.
  AGING_AS_OF_PAST: '账龄按今天的余额计算，只能选今天或以后的日期；过去某月末的应收请看该月的月末对帐',
  // Need-to-know: a 销售内勤 reads the receivables of the contracts they sell, not a colleague's.
  RECEIVABLES_NOT_YOURS: '该客户（或业务员）的应收不在您经办的合同内，无权查看；请找销售经理或财务',
  INTEREST_RATE_BACKDATED: '逾期利率只能从今天或以后生效，不能追溯修改',
  INTEREST_RATE_DATE_TAKEN: '该生效日期已有一个逾期利率版本，请另选日期',
} as const
