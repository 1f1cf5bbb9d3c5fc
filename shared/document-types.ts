import type { DocumentType } from './document-number'

// Chinese names for queues, filters and print titles (WORKFLOW.md, R22 prefixes).
export const DOCUMENT_TYPE_LABELS: Record<DocumentType, string> = {
  application: '合同申报单',
  contract: '销售合同',
  productionNotice: '生产通知单',
  inbound: '成品入库单',
  dispatchNote: '发货单',
  outboundSlip: '出库单',
  gatePass: '出门证',
  workOrder: '派工单',
  acceptance: '验收报告',
  rectification: '整改单',
  payment: '收款登记',
  invoice: '开票申请',
  commission: '提成单',
  reconciliation: '月末对帐',
  creditChange: '信用变更',
}
