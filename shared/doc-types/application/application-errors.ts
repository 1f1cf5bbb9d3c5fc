// Refusals of the application's rules (R1, R3, R4), merged into shared/errors.ts through the registry.
export const applicationErrors = {
  PRICE_BELOW_AUTHORITY: '单价低于底价的幅度超出了审批人的价格浮动权，请调整单价',
  TERMS_MISMATCH: '预付款与各期款项合计须等于合同金额',
  APPLICATION_NOT_APPROVED: '只能依据已批准的合同申报单签订合同',
  CONTRACT_EXISTS: '该申报单已签订合同，不能重复签订',
} as const
