// Refusals of the payment's rules (R14, R24), merged into shared/errors.ts through the registry. The
// handlers put the deciding figures into the message (formatYuan); these are the fallbacks.
export const paymentErrors = {
  PAYMENT_NOT_FOUND: '找不到该收款登记，请刷新后重试',
  PAYMENT_NOT_RECORDED: '该收款尚未登记生效（或已红冲），不能分配',
  ALLOCATION_OVER_UNALLOCATED: '分配金额超过该笔收款的未分配余额，请减少分配金额',
  ALLOCATION_OVER_BALANCE: '分配金额超过合同尚欠金额，请减少分配金额，余额留作预收款',
  ALLOCATION_WRONG_CUSTOMER: '只能分配到该付款客户自己的已签合同',
  DEALLOCATION_OVER_ALLOCATED: '撤回金额超过已分配到该合同的金额',
  PAYMENT_HAS_ALLOCATIONS: '该笔收款仍有分配到合同的金额，须先撤回分配再红冲',
  PAYMENT_NOT_REVERSIBLE: '只有已登记、未红冲的收款可以红冲',
} as const
