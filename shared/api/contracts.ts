import { z } from 'zod'
import { day, id, page, pageSize, shortText } from './common'
import { method } from './define'
import type { DocumentView, SealUsageDto } from './documents'

export const LEDGER_STATUSES = { signed: '已签订', closed: '已关闭' } as const
export type LedgerStatus = keyof typeof LEDGER_STATUSES

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
  status: LedgerStatus
}

export interface LedgerTotals {
  amountFen: number
  shippedFen: number
  collectedFen: number
  invoicedFen: number
  outstandingFen: number
}

export const ledgerFilter = z
  .object({
    customerId: id.optional(),
    salespersonId: id.optional(),
    /** Signing month "YYYY-MM", or a whole year "YYYY". */
    period: z.string().regex(/^\d{4}(-(0[1-9]|1[0-2]))?$/, '期间格式应为 YYYY 或 YYYY-MM').optional(),
    status: z.enum(['signed', 'closed']).optional(),
  })
  .strict()

export type LedgerFilter = z.infer<typeof ledgerFilter>

const LEDGER_READERS = ['sales_clerk', 'sales_manager', 'sales_head', 'sales_vp', 'general_manager', 'finance', 'finance_vp'] as const
const SEAL_READERS = ['sales_head', 'sales_manager', 'general_manager', 'finance', 'legal'] as const

export const contractsApi = {
  /** R4: only from an approved application, by the sales head, carrying its customer, lines and amounts. */
  'contracts.createFromApplication': method<DocumentView>()(
    z
      .object({
        applicationId: id,
        customerContractNo: z.string().trim().max(40, '客户合同号最多 40 个字符').default(''),
        signedOn: day,
      })
      .strict(),
    ['sales_head'],
    'write',
  ),
  /** R4: every use of the contract seal is logged: who, when, which contract, how many copies. */
  'seal.use': method<SealUsageDto>()(
    z
      .object({
        contractId: id,
        copies: z.number({ error: '请输入份数' }).int('份数须为整数').min(1, '至少 1 份').max(20, '一次最多 20 份'),
        purpose: shortText('用途', 100).default('合同签订'),
      })
      .strict(),
    ['sales_head'],
    'write',
  ),
  'seal.register': method<{ rows: SealUsageDto[]; total: number }>()(
    z
      .object({ from: day.optional(), to: day.optional(), page, pageSize })
      .strict()
      .refine((f) => !f.from || !f.to || f.from <= f.to, { message: '开始日期不能晚于结束日期', path: ['to'] }),
    SEAL_READERS,
    'read',
  ),
  'ledger.list': method<{ rows: LedgerRow[]; total: number; totals: LedgerTotals }>()(
    z.object({ filter: ledgerFilter.default({}), page, pageSize }).strict(),
    LEDGER_READERS,
    'read',
  ),
  /** The same rows as an .xlsx workbook, base64, for the renderer to save. */
  'ledger.export': method<{ fileName: string; base64: string; rowCount: number }>()(
    z.object({ filter: ledgerFilter.default({}) }).strict(),
    LEDGER_READERS,
    'read',
  ),
  'ledger.salespeople': method<Array<{ id: number; name: string }>>()(z.object({}).strict(), LEDGER_READERS, 'read'),
} as const
