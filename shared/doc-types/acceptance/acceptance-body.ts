/** One line of an acceptance report: a work order line, the quantity the customer received, and the two checks (R13). No prices. */
export interface AcceptanceLineDto {
  lineNo: number
  workOrderLineNo: number
  contractLineNo: number
  productCode: string
  productName: string
  spec: string
  unit: string
  quantity: number
  appearanceOk: boolean
  functionOk: boolean
  /** What is wrong, for a failed line (the rectification's text). */
  problem: string | null
}

/** What the document page shows of an acceptance report (验收报告, YS). Never money: nobody's need. */
export interface AcceptanceBody {
  kind: 'acceptance'
  workOrderId: number
  workOrderNo: string
  contractId: number
  contractNo: string
  customerName: string
  siteAddress: string
  /** The customer's person who signed the paper report, and the day they signed. */
  signatory: string
  signedOn: string
  /** The paper copy's own reference (the customer's form number or the binder), no attachment. */
  paperRef: string | null
  remark: string | null
  /** Who must answer a rectification this report opens (整改责任人), when a check failed. */
  responsible: string | null
  /** A re-acceptance (复验) names the rectification whose failed lines it checks again. */
  rectificationId: number | null
  rectificationNo: string | null
  /** The instant the report was recorded (its approval; null while the sales manager confirms a late one). */
  recordedAt: string | null
  passed: boolean
  lines: AcceptanceLineDto[]
  /** The rectification this report opened, if a check failed and it is recorded. */
  openedRectificationId: number | null
  openedRectificationNo: string | null
}

/** A work order line with what may still be accepted on it. */
export interface AcceptableLineDto {
  workOrderLineNo: number
  contractLineNo: number
  productCode: string
  productName: string
  spec: string
  unit: string
  /** Installed on the work order. */
  installed: number
  /** On live first acceptances of the work order (passed or failed: a failed quantity is re-accepted, not accepted again). */
  accounted: number
  remaining: number
}

/** The acceptance form's start: the completed work order, or the rectification's failed lines for a re-acceptance. */
export interface AcceptancePrepareDto {
  workOrderId: number
  workOrderNo: string
  contractNo: string
  customerName: string
  siteAddress: string
  completedOn: string
  lines: AcceptableLineDto[]
  rectificationId: number | null
  rectificationNo: string | null
}

/** Service's list: completed work orders with quantities not yet accepted. */
export interface AwaitingAcceptanceDto {
  workOrderId: number
  workOrderNo: string
  contractNo: string
  customerName: string
  completedOn: string
  installed: number
  accounted: number
}
