import type { SignBackDto } from './sign-back-body'

/** One line of an outbound slip: a dispatch note line, the quantity that left, priced at the contract's unit price. */
export interface OutboundLineDto {
  lineNo: number
  noteLineNo: number
  productId: number
  productCode: string
  productName: string
  spec: string
  unit: string
  quantity: number
  /** Need to know: absent for a reader outside AMOUNT_READERS (the warehouse moves goods, not money). */
  unitPriceFen?: number
  amountFen?: number
}

/** What the document page shows of a 出库单 beyond its header (R10). */
export interface OutboundSlipBody {
  kind: 'outboundSlip'
  dispatchNoteId: number
  dispatchNoteNo: string
  contractId: number
  contractNo: string
  customerName: string
  deliveryAddress: string
  carrier: string
  postedOn: string
  remark: string | null
  lines: OutboundLineDto[]
  /** R11: the customer's signed copy and the receivable (sign-back-body.ts). */
  signBack: SignBackDto
}

/** One line of a dispatch note as the warehouse posts against it (R10: a note's remaining = quantity − posted). */
export interface OutboundableLineDto {
  noteLineNo: number
  productId: number
  productCode: string
  productName: string
  spec: string
  unit: string
  noteQuantity: number
  postedQuantity: number
  remaining: number
  onHand: number
}

/** The 出库 form's prefill: the note, and what each of its lines still lacks. */
export interface OutboundPrepareDto {
  dispatchNoteId: number
  dispatchNoteNo: string
  contractNo: string
  customerName: string
  deliveryAddress: string
  carrier: string
  validUntil: string
  lines: OutboundableLineDto[]
}
