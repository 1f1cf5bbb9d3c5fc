// Refusals of the credit change's rules (R2), merged into shared/errors.ts through the registry.
export const creditChangeErrors = {
  CREDIT_CHANGE_PENDING: '该客户已有一张待审批的信用变更单，请等它办结',
} as const
