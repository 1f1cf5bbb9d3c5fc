/** One line of the slip as the gate reads it: product and quantity, never a price (need to know). */
export interface GatePassLineDto {
  lineNo: number
  productCode: string
  productName: string
  spec: string
  unit: string
  quantity: number
}

/** What the document page shows of a 出门证 beyond its header: the vehicle, and what it took out on which slip. */
export interface GatePassBody {
  kind: 'gatePass'
  outboundSlipId: number
  outboundSlipNo: string
  dispatchNoteNo: string
  customerName: string
  deliveryAddress: string
  carrier: string
  vehiclePlate: string
  driverName: string
  driverPhone: string | null
  /** ISO instant the vehicle left (the guard's, default when registered). */
  leftAt: string
  remark: string | null
  lines: GatePassLineDto[]
}
