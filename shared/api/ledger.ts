import { z } from 'zod'
import { id, page, pageSize } from './common'
import { method } from './define'
import { exportJobId } from './exports'

/** The ledger's 状态 (R5, R6, R10, R13, R19): the open contract's own state, or 已关闭. */
export const LEDGER_STATUSES = { signed: '已签订', scheduled: '已排产', partlyShipped: '部分发货', shipped: '已发货', accepted: '已验收', closed: '已关闭' } as const
export type LedgerStatus = keyof typeof LEDGER_STATUSES

/** The ledger's 款项 filter (issue 14: the ledger's money columns are filterable): what is still open on a contract. */
export const LEDGER_MONEY_FILTERS = { receivable: '有应收余额', uncollected: '未回清', uninvoiced: '已发货未开完票' } as const
export type LedgerMoneyFilter = keyof typeof LEDGER_MONEY_FILTERS

/** R5: one signed contract, its money computed from the real tables (zero until those documents exist). */
export interface LedgerRow {
  contractId: number
  contractNo: string
  customerContractNo: string
  customerId: number
  customerName: string
  salespersonName: string
  signedOn: string
  amountFen: number
  shippedFen: number
  collectedFen: number
  invoicedFen: number
  outstandingFen: number
  /** 应收余额 (R11, R18): receivables booked on the contract not yet covered by its allocations. */
  receivableFen: number
  status: LedgerStatus
}

export interface LedgerTotals {
  amountFen: number
  shippedFen: number
  collectedFen: number
  invoicedFen: number
  outstandingFen: number
  receivableFen: number
}

export const ledgerFilter = z
  .object({
    customerId: id.optional(),
    salespersonId: id.optional(),
    /**
     * Signing month "YYYY-MM", a whole year "YYYY", or "all" for every signed contract. Left out it is
     * this month in Asia/Shanghai by the core's clock: the page opens on 按月 with no month picked, and
     * that reads as this month to the people at the desk (issue 10), so the core answers the same.
     */
    period: z
      .string()
      .regex(/^(\d{4}(-(0[1-9]|1[0-2]))?|all)$/, '期间格式应为 YYYY、YYYY-MM 或 all')
      .optional(),
    status: z.enum(['signed', 'scheduled', 'partlyShipped', 'shipped', 'accepted', 'closed']).optional(),
    money: z.enum(['receivable', 'uncollected', 'uninvoiced']).optional(),
  })
  .strict()

export type LedgerFilter = z.infer<typeof ledgerFilter>

/** Who reads contracts' money across customers: sales, the general manager and finance (R5). */
export const LEDGER_READERS = ['sales_clerk', 'sales_manager', 'sales_head', 'sales_vp', 'general_manager', 'finance', 'finance_vp'] as const

export const ledgerApi = {
  'ledger.list': method<{ rows: LedgerRow[]; total: number; totals: LedgerTotals }>()(
    z.object({ filter: ledgerFilter.default({}), page, pageSize }).strict(),
    LEDGER_READERS,
    'read',
  ),
  /** The same rows as an .xlsx workbook, base64, for the renderer to save. */
  'ledger.export': method<{ fileName: string; base64: string; rowCount: number }>()(
    z.object({ filter: ledgerFilter.default({}), jobId: exportJobId.optional() }).strict(),
    LEDGER_READERS,
    'read',
  ),
  'ledger.salespeople': method<Array<{ id: number; name: string }>>()(z.object({}).strict(), LEDGER_READERS, 'read'),
} as const
