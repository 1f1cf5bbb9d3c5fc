// What people write in the office: rejection reasons, comments, notes, non-standard clauses.

export const APPLICATION_REJECT_REASONS = [
  '单价低于底价较多，请与客户重新议价后再报',
  '付款条件不符合公司政策，预付款比例请提高到 30%',
  '交货期过紧，生产排不开，请与客户协商延后',
  '客户信用额度不足，请先办理信用评审',
  '型号选型有误，请技术部确认后重报',
  '安装调试费用未计入，请补充',
] as const

export const CONTRACT_REJECT_REASONS = [
  '付款条款与申报单不一致，请核对',
  '违约责任条款需按公司模板修改',
  '质保期条款超出公司标准，请法务确认',
  '合同附件缺少技术协议，请补齐',
] as const

export const CREDIT_REJECT_REASONS = ['回款记录不足一年，暂不提高额度', '近期有逾期未回款，请先催收', '申请额度过高，请按 B 级重新申报'] as const

export const APPROVAL_COMMENTS = ['同意', '同意，注意回款', '同意，按期交货', '已核对，同意', '同意。价格偏低，下不为例', null, null, null] as const

export const GM_REMARKS = ['请销售部跟进回款进度', '该客户本年度订单较多，注意信用风险', '交货前请与生产确认排产', '价格已低于去年同期，请说明原因'] as const

export const APPLICATION_NOTES = ['老客户续订', '项目招标中标', '替换旧设备', '新厂区建设配套', '客户要求加急', '含备品备件'] as const

export const NON_STANDARD_TERMS = [
  '质保期延长至 24 个月',
  '交货地点变更为客户指定工地，运费由我方承担',
  '逾期交货违约金按每日 0.5% 计算',
  '验收合格后 180 天内付清尾款',
  '客户提供技术协议为合同附件，优先于本合同条款',
] as const

export const CREDIT_REASONS = {
  first: ['新客户首次授信', '首单已回款，申请授信'],
  raise: ['合作稳定，回款及时，申请提高信用额度', '订单量增加，申请延长账期', '年度信用评审'],
  lower: ['近期回款逾期，下调信用等级', '客户经营状况变化，收紧信用'],
} as const

export const SEAL_PURPOSES = ['合同签订', '合同签订', '合同签订', '补充协议', '合同副本'] as const

export const COMPANY_NAME = '江南泵阀制造有限公司'
