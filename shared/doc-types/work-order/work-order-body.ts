/** One installer the work order sends (name and phone, printed for the site). */
export interface InstallerDto {
  name: string
  phone: string
}

/** One line of a work order: a contract line and how many to install. Quantities only: no prices on a work order. */
export interface WorkOrderLineDto {
  lineNo: number
  contractLineNo: number
  productId: number
  productCode: string
  productName: string
  spec: string
  unit: string
  quantity: number
}

/** R12 as the sales desk sees it: the first payment the terms ask (首期款) and what the contract has received. */
export interface FirstPaymentDto {
  requiredFen: number
  receivedFen: number
  received: boolean
}

/** What the document page shows of a work order (派工单). */
export interface WorkOrderBody {
  kind: 'workOrder'
  contractId: number
  contractNo: string
  customerContractNo: string
  customerId: number
  customerName: string
  siteAddress: string
  contactName: string
  contactPhone: string
  installers: InstallerDto[]
  plannedStart: string
  plannedEnd: string
  remark: string | null
  lines: WorkOrderLineDto[]
  /** The installers' result, recorded by service (已完工); null until then. */
  completedOn: string | null
  resultNotes: string | null
  resultByName: string | null
  /** R12, for AMOUNT_READERS only (need-to-know: absent for service). */
  firstPayment?: FirstPaymentDto
}

/** A contract line with what may still go on a work order: shipped (posted outbound) less other live work orders. */
export interface InstallableLineDto {
  contractLineNo: number
  productId: number
  productCode: string
  productName: string
  spec: string
  unit: string
  contractQuantity: number
  /** Posted on outbound slips of the contract (R10). */
  shippedQuantity: number
  /** On live (not voided) work orders other than the one being edited. */
  orderedQuantity: number
  /** shippedQuantity − orderedQuantity, never below 0. */
  remaining: number
}

/** The work order form's starting point: the site from the last dispatch note (or the customer), the lines. */
export interface WorkOrderPrepareDto {
  contractId: number
  contractNo: string
  customerName: string
  siteAddress: string
  contactName: string
  contactPhone: string
  lines: InstallableLineDto[]
  firstPayment: FirstPaymentDto
}

/** The clerk's list: contracts needing installation with goods shipped and not all on live work orders. */
export interface PendingInstallationDto {
  contractId: number
  contractNo: string
  customerName: string
  state: string
  shippedQuantity: number
  orderedQuantity: number
  firstPayment: FirstPaymentDto
  /** R12: held until the first payment arrives. */
  heldByFirstPayment: boolean
}
