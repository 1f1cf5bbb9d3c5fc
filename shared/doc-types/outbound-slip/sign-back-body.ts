/** R11: the customer's signed copy (客户联) of an outbound slip, as finance recorded it. */
export interface SignedCopyDto {
  signedBy: string
  signedOn: string
  returnedOn: string
  discrepancy: string | null
  recordedByName: string
  recordedAt: string
}

/**
 * R11, R18: the receivable booked for a slip once its copy is back. Settled by the contract's allocations in
 * due-date order, computed on every read (never stored). Need to know: the amounts are absent for a reader
 * outside AMOUNT_READERS (the warehouse and the guard see that it is booked and when it is due).
 */
export interface ReceivableDto {
  bookedOn: string
  dueOn: string
  bookedByName: string
  amountFen?: number
  unpaidFen?: number
  /** Days past the due date while unpaid (from the day after the due date); 0 when not overdue. */
  overdueDays: number
}

/** What the slip's page shows of its sign-back: the copy, the receivable, and what finance may do next. */
export interface SignBackDto {
  copy: SignedCopyDto | null
  receivable: ReceivableDto | null
}

/** One slip of a contract with its sign-back, for the contract page's family. */
export interface ContractSignBackRow extends SignBackDto {
  slipId: number
  slipNo: string
  postedOn: string
  amountFen: number
  /** The slip's live gate pass (出门证), if the guard has let it out. */
  gatePass: { id: number; docNo: string } | null
}

/** Paper tracking: a posted slip whose signed copy has not come back, oldest first. */
export interface PaperTrackingRow {
  slipId: number
  slipNo: string
  customerName: string
  contractId: number
  contractNo: string
  postedOn: string
  /** Whole days since posting (today − posted on, Asia/Shanghai). */
  ageDays: number
  amountFen: number
}
