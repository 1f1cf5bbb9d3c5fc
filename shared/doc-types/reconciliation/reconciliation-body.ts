/** The two sides that reconcile the contract ledger every month (R17). */
export type ReconciliationSide = 'sales' | 'finance'

export const SIDE_LABELS: Record<ReconciliationSide, string> = { sales: '销售', finance: '财务' }

/** The figures a difference line is about (which column of the snapshot), or something outside them. */
export const DIFFERENCE_FIGURES = ['shipped', 'receivable', 'collected', 'invoiced', 'balance', 'other'] as const
export type DifferenceFigure = (typeof DIFFERENCE_FIGURES)[number]
export const DIFFERENCE_FIGURE_LABELS: Record<DifferenceFigure, string> = {
  shipped: '发货/签收', receivable: '应收', collected: '已回款', invoiced: '已开票', balance: '应收余额', other: '其他',
}

/**
 * One side's figures of one contract at month end (fen). Sales' side is the contract ledger (R5): 已发货 is
 * the posted outbound slips, and sales counts what left the gate as owed (应收 = 已发货). Finance's side is
 * its books: 已发货 is the slips whose signed customer copy is back (R11 签收), 应收 the receivables booked on
 * them. 已回款 (allocations, R14) and 已开票 (recorded invoices − red letters, R15/R24) are one table each
 * in this system, so the two sides agree on them unless a person records why not. 余额 = 应收 − 已回款.
 */
export interface SideFiguresDto {
  shippedFen: number
  receivableFen: number
  collectedFen: number
  invoicedFen: number
  balanceFen: number
}

/** One open contract's row of the snapshot: both sides, and the opening balances (last month's closing). */
export interface ReconciliationLineDto {
  lineNo: number
  contractId: number
  contractNo: string
  customerName: string
  amountFen: number
  sales: SideFiguresDto
  finance: SideFiguresDto
  openingSalesBalanceFen: number
  openingFinanceBalanceFen: number
  /** Any of the five figures differs between the sides. */
  differs: boolean
}

export interface ReconciliationTotalsDto {
  contracts: number
  differing: number
  amountFen: number
  sales: SideFiguresDto
  finance: SideFiguresDto
  openingSalesBalanceFen: number
  openingFinanceBalanceFen: number
}

/** A difference recorded with its explanation and who resolves it (R17): never edited; a correction is a new line. */
export interface ReconciliationDifferenceDto {
  id: number
  lineNo: number
  contractId: number | null
  contractNo: string | null
  figure: DifferenceFigure
  salesFen: number | null
  financeFen: number | null
  explanation: string
  resolverSide: ReconciliationSide
  resolverName: string
  /** The earlier line this one corrects, by its number; that line stands in the record as it was. */
  correctsLineNo: number | null
  /** A later line corrects this one. */
  correctedByLineNo: number | null
  recordedByName: string
  recordedAt: string
}

export interface ReconciliationSignatureDto {
  side: ReconciliationSide
  userName: string
  role: string
  at: string
}

/** What the document page shows of a month-end reconciliation (月末对帐, DZ). */
export interface ReconciliationBody {
  kind: 'reconciliation'
  /** YYYY-MM */
  month: string
  /** The first day after the month (Shanghai): the snapshot counts what is dated before it. */
  boundOn: string
  startedAt: string
  previousId: number | null
  previousNo: string | null
  totals: ReconciliationTotalsDto
  differences: ReconciliationDifferenceDto[]
  signatures: ReconciliationSignatureDto[]
  lockedAt: string | null
}

/** A month's reconciliation in the list (对帐 page). */
export interface ReconciliationRowDto {
  id: number
  docNo: string
  month: string
  state: string
  contracts: number
  differences: number
  salesSigned: boolean
  financeSigned: boolean
  lockedAt: string | null
}

/** The list page: every month's reconciliation, newest first, and the month that may start next. */
export interface ReconciliationListDto {
  rows: ReconciliationRowDto[]
  /** The month a new reconciliation would be for (the month after the newest; or last month when none), null while it has not ended. */
  nextMonth: string | null
  /** Why the next cannot start now (the newest is not locked), as the core would refuse it. */
  blockedBy: string | null
}
