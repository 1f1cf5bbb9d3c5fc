/** One line of an inbound slip: a product, a quantity, and the QC certificate it enters stock with (R7). */
export interface InboundLineDto {
  lineNo: number
  productId: number
  productCode: string
  productName: string
  spec: string
  unit: string
  quantity: number
  certificateId: number
  certificateNo: string
  batchNo: string
  inspectorName: string
  inspectedOn: string
}

/** What the document page shows of a 成品入库单 beyond its header (R7). No prices: it moves goods, not money. */
export interface InboundBody {
  kind: 'inbound'
  /** The production notice it is filled against, when there is one (R6 → R7). */
  sourceNoticeId: number | null
  sourceNoticeNo: string | null
  receivedOn: string
  remark: string | null
  lines: InboundLineDto[]
}
