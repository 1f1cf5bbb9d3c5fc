/** A contract's invoicing figures (R15), as the request form and the request's page show them. */
export interface InvoiceFiguresDto {
  contractId: number
  contractNo: string
  customerName: string
  amountFen: number
  /** 已回款: allocations net of de-allocations (doc-types/payment/contract-money.ts). */
  collectedFen: number
  /** 已发货: posted outbound slips at the contract's prices. */
  shippedFen: number
  /** 已开票: recorded invoices − red-letter entries (R24). */
  invoicedFen: number
  /** On live requests without a recorded invoice yet (other than the one being edited). */
  requestedFen: number
  /** The threshold in force on the request's date (percent) and its version. */
  thresholdPercent: number
  thresholdVersion: number | null
  /** collected × 100 ≥ amount × threshold, in integers. */
  thresholdMet: boolean
  /** What may still be requested: min(shipped − invoiced − requested, amount − invoiced − requested), ≥ 0. */
  availableFen: number
}

/** One red-letter (红字) entry against the recorded invoice (R24): never edited, never deleted. */
export interface RedLetterDto {
  id: number
  originalNo: string
  confirmationNo: string
  redOn: string
  amountFen: number
  reason: string
  byName: string
  at: string
}

/** The invoice the tax system issued, as finance recorded it. */
export interface RecordedInvoiceDto {
  invoiceNo: string
  issuedOn: string
  amountFen: number
  byName: string
  at: string
}

/** What the document page shows of an invoice request (开票申请). */
export interface InvoiceBody {
  kind: 'invoice'
  contractId: number
  contractNo: string
  requestedOn: string
  amountFen: number
  note: string | null
  invoice: RecordedInvoiceDto | null
  redLetters: RedLetterDto[]
  /** Recorded − red-letter: what of this invoice still stands. */
  standingFen: number
  figures: InvoiceFiguresDto
}

/** One version of the invoice threshold (sales policy, R15), as the GM's policy page lists it. */
export interface InvoiceThresholdDto {
  versionNo: number
  effectiveFrom: string
  percent: number
  issuedByName: string
  issuedAt: string
  note: string | null
  inForce: boolean
}
