/** One line of a dispatch note: a contract line and how many to ship (amounts only for amount readers). */
export interface DispatchLineDto {
  lineNo: number
  contractLineNo: number
  productId: number
  productCode: string
  productName: string
  spec: string
  unit: string
  quantity: number
  /** R10: on posted outbound slips (0 until the outbound exists). */
  postedQuantity: number
  unitPriceFen?: number
  amountFen?: number
}

/**
 * R9 as the approvers see it (need-to-know: CREDIT_READERS only). The exposure is a sum of named terms
 * (WORKFLOW.md Definitions, electron/core/credit/exposure.ts); a term whose documents do not exist yet
 * (receivables, outbound slips) reads 0 and says so in `pending`.
 */
export interface CreditCheckDto {
  rating: string
  creditLimitFen: number
  creditDays: number
  /** Exposure now, not counting this note, term by term. */
  terms: Array<{ key: string; label: string; amountFen: number; pending: boolean }>
  exposureFen: number
  /** This note's amount (what is still to ship on it). */
  noteFen: number
  /** 超额: exposure + this note − limit (≤ 0: within the limit). */
  overLimitFen: number
  overdueFen: number
  oldestOverdueDays: number
  /** R2: a zero-credit customer ships against money received (settled payments, matured bills). */
  zeroCredit: boolean
  moneyReceivedFen: number
  /** R2: this and the customer's other live dispatch notes, against moneyReceivedFen. */
  shippedAgainstMoneyFen: number
  /** Why the route has (or would have) the general manager's step. */
  needsGeneralManager: boolean
  blocked: boolean
}

/** What the document page shows of a dispatch note (发货单). */
export interface DispatchNoteBody {
  kind: 'dispatchNote'
  contractId: number
  contractNo: string
  customerId: number
  customerName: string
  deliveryAddress: string
  contactName: string
  contactPhone: string
  carrier: string
  validUntil: string
  /** Computed at read from validUntil and today (Asia/Shanghai): 已过期 whatever the stored state says. */
  expired: boolean
  remark: string | null
  lines: DispatchLineDto[]
  credit?: CreditCheckDto
}

/** A contract line with what may still go on a dispatch note (R8), and what stock allows. */
export interface DispatchableLineDto {
  contractLineNo: number
  productId: number
  productCode: string
  productName: string
  spec: string
  unit: string
  contractQuantity: number
  /** On live (not voided) dispatch notes other than the one being edited. */
  dispatchedQuantity: number
  /** Contract remaining: contractQuantity − dispatchedQuantity. */
  remaining: number
  onHand: number
  /** Reserved by approved, unexpired dispatch notes not fully posted (other than the one being edited). */
  reserved: number
  available: number
  /** min(remaining, available), never below 0: what the form prefills. */
  suggested: number
}

/** The dispatch note form's starting point: the contract's lines and the customer's defaults. */
export interface DispatchPrepareDto {
  contractId: number
  contractNo: string
  customerId: number
  customerName: string
  deliveryAddress: string
  contactName: string
  contactPhone: string
  /** Today + the setting dispatch.validDays (7 unless set). */
  validUntil: string
  lines: DispatchableLineDto[]
}

/** The clerk's list: signed contracts with stock ready for at least one line and no live dispatch note. */
export interface ReadyToDispatchDto {
  contractId: number
  contractNo: string
  customerName: string
  deliveryDate: string
  state: string
  /** Lines whose remaining quantity is all available in stock / lines with anything left. */
  linesReady: number
  linesOpen: number
}
