/** R14: how the money came: a bank transfer, an acceptance bill (承兑汇票) or cash. */
export type PaymentMethodDto =
  | { kind: 'transfer'; bank: string; reference: string }
  | {
      kind: 'bill'
      billNo: string
      issuingBank: string
      issuedOn: string
      dueOn: string
      /** 银行承兑 or 商业承兑: a commercial bill carries the drawer's credit, not a bank's. */
      billKind: 'bank' | 'commercial'
      endorsable: boolean
    }
  | { kind: 'cash' }

export const PAYMENT_METHOD_LABELS = { transfer: '银行转账', bill: '承兑汇票', cash: '现金' } as const
export const BILL_KIND_LABELS = { bank: '银行承兑汇票', commercial: '商业承兑汇票' } as const

/** One allocation event (R14): positive to a contract, negative when taken back; never edited. */
export interface AllocationDto {
  id: number
  contractId: number
  contractNo: string
  amountFen: number
  at: string
  byName: string
}

/** What the document page shows of a payment (收款登记). */
export interface PaymentBody {
  kind: 'payment'
  customerId: number
  receivedOn: string
  amountFen: number
  method: PaymentMethodDto
  remark: string | null
  slipRef: string | null
  allocations: AllocationDto[]
  /** Net per contract, for the de-allocation buttons. */
  allocatedByContract: Array<{ contractId: number; contractNo: string; amountFen: number }>
  allocatedFen: number
  /** 预收: what is not allocated to any contract yet. */
  unallocatedFen: number
  /** The payment a red entry (红冲) reverses, or the red entry that reversed this one. */
  reverses: { id: number; docNo: string } | null
  reversedBy: { id: number; docNo: string } | null
}

/** A contract of the customer that can take money, as the allocation form lists it. */
export interface AllocatableContractDto {
  contractId: number
  contractNo: string
  signedOn: string
  amountFen: number
  collectedFen: number
  /** 尚欠: amount − collected. */
  lackingFen: number
  prepaymentFen: number
}
