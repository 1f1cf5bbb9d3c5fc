import { z } from 'zod'
import { day, id, page, pageSize, shortText } from '../../api/common'
import { method } from '../../api/define'
import type { DocumentView, SealUsageDto } from '../../api/documents'

const SEAL_READERS = ['sales_head', 'sales_manager', 'general_manager', 'finance', 'legal'] as const

export const contractApi = {
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
} as const
