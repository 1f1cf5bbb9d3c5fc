// Refusals of the invoice request's rules (R15, R24), merged into shared/errors.ts through the registry.
// The core puts the deciding figures into the message (collected %, threshold, shipped, invoiced); these are the fallbacks.
export const invoiceErrors = {
  INVOICE_CONTRACT_NOT_SIGNED: '只能对已签订的销售合同申请开票',
  INVOICE_THRESHOLD_NOT_MET: '合同回款未达开票条件，不能申请开票',
  INVOICE_OVER_SHIPPED: '开票金额超过已发货未开票金额，请减少开票金额',
  INVOICE_OVER_CONTRACT: '开票金额超过合同未开票金额，开票总额不能超过合同金额',
  INVOICE_NOT_AWAITING_NUMBER: '只有已批准、尚未录入发票号的开票申请可以录入发票',
  INVOICE_NUMBER_MALFORMED: '发票号码格式不正确：数电发票为 20 位数字，纸质发票为 10 或 12 位发票代码加 8 位发票号码',
  INVOICE_NUMBER_DUPLICATE: '该发票号码已录入过，请核对税务系统中的发票号码',
  INVOICE_AMOUNT_MISMATCH: '发票金额与开票申请金额不一致，请核对',
  INVOICE_NOT_RECORDED: '该开票申请尚未录入发票，不能红冲',
  INVOICE_RED_BEYOND_ORIGINAL: '红字金额超过原发票尚未红冲的金额',
  INVOICE_RED_CONFIRMATION_DUPLICATE: '该红字信息确认单编号已使用过，请核对',
  THRESHOLD_BACKDATED: '开票条件只能从今天或以后生效，不能追溯修改',
  THRESHOLD_DATE_TAKEN: '该生效日期已有一个开票条件版本，请另选日期',
} as const
