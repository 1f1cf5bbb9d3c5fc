/** One line of a production notice: a contract line, how many to make, and by when. */
export interface NoticeLineDto {
  lineNo: number
  contractLineNo: number
  productId: number
  productCode: string
  productName: string
  spec: string
  unit: string
  quantity: number
  requiredDate: string
}

/** R6: what the planner sees of a contract's prepayment when compiling a notice. */
export interface PrepaymentStatusDto {
  /** 应收预付款 (0: the contract asks for none). */
  requiredFen: number
  /** 已到: allocations to the contract. */
  receivedFen: number
  received: boolean
}

/** What the document page shows of a production notice (生产通知单). */
export interface ProductionNoticeBody {
  kind: 'productionNotice'
  contractId: number
  contractNo: string
  customerContractNo: string
  deliveryDate: string
  note: string | null
  lines: NoticeLineDto[]
  /** Amounts are present only for those who may see them (need-to-know). */
  prepayment?: PrepaymentStatusDto
}

/** A contract line with what remains to be put into production (WORKFLOW.md Definitions: contract remaining). */
export interface NoticeRemainingLineDto {
  contractLineNo: number
  productId: number
  productCode: string
  productName: string
  spec: string
  unit: string
  contractQuantity: number
  /** On live notices other than the one being edited. */
  noticedQuantity: number
  remaining: number
}

export interface NoticeRemainingDto {
  contractId: number
  contractNo: string
  customerName: string
  deliveryDate: string
  lines: NoticeRemainingLineDto[]
  prepayment: PrepaymentStatusDto
}

/** R6 → R7: one product of a signed notice with what live inbound slips already entered against it. */
export interface NoticeInboundLineDto {
  productId: number
  productCode: string
  productName: string
  spec: string
  unit: string
  noticeQuantity: number
  /** On live (not voided) inbound slips filled against the notice. */
  enteredQuantity: number
  remaining: number
}

/** A signed, open production notice whose inbound is not complete — no money (need-to-know). */
export interface NoticeAwaitingInboundDto {
  noticeId: number
  noticeNo: string
  customerName: string
  lines: NoticeInboundLineDto[]
}
