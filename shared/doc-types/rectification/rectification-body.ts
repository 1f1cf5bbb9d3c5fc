/** A failed line the rectification is about (from the acceptance that opened it). */
export interface RectificationLineDto {
  contractLineNo: number
  productCode: string
  productName: string
  unit: string
  quantity: number
  appearanceOk: boolean
  functionOk: boolean
  problem: string
}

/** What the document page shows of a rectification (整改, ZG). */
export interface RectificationBody {
  kind: 'rectification'
  acceptanceId: number
  acceptanceNo: string
  workOrderId: number
  workOrderNo: string
  contractNo: string
  customerName: string
  /** 整改责任人: who must answer. */
  responsible: string
  /** R13: the instant 24 hours after the acceptance was recorded; shown as a Shanghai time. */
  deadlineAt: string
  /** Past the deadline and not answered at `now` (the core's clock). */
  overdue: boolean
  answeredAt: string | null
  /** Answered after the deadline. */
  answeredLate: boolean
  answer: string | null
  /** Who did the work (the installers' names, as told). */
  doneBy: string | null
  answeredByName: string | null
  /** The re-acceptance (复验) of the failed lines, once recorded. */
  reacceptanceId: number | null
  reacceptanceNo: string | null
  lines: RectificationLineDto[]
}

/** A rectification in a queue: service's to answer (or re-accept), the sales desk's overdue ones. */
export interface RectificationQueueRowDto {
  id: number
  docNo: string
  state: string
  acceptanceNo: string
  workOrderId: number
  workOrderNo: string
  contractNo: string
  customerName: string
  responsible: string
  problem: string
  deadlineAt: string
  /** Not answered and past the deadline at the core's `now`: red wherever it shows. */
  overdue: boolean
}
