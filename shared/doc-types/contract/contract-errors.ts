// Refusals of the contract's rules (R4), merged into shared/errors.ts through the registry.
export const contractErrors = {
  CONTRACT_NOT_SIGNED: '合同尚未签订完毕（会签未完成），不能使用合同章',
} as const
