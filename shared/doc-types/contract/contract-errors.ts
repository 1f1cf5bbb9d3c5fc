// Refusals of the contract's rules (R4), merged into shared/errors.ts through the registry.
export const contractErrors = {
  CONTRACT_NOT_SIGNED: '合同尚未签订完毕（会签未完成），不能使用合同章',
  // R4: with a keeper named in the company data, only the keeper records the seal's use
  SEAL_KEEPER_ONLY: '合同章由保管人登记使用，请交给印章保管人办理',
} as const
