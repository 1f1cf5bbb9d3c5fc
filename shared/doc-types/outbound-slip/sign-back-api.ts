import { z } from 'zod'
import { day, id, optionalText, page, pageSize, shortText, type Paged } from '../../api/common'
import { method } from '../../api/define'
import { AMOUNT_READERS } from '../../need-to-know'
import type { ContractSignBackRow, PaperTrackingRow, SignBackDto } from './sign-back-body'

export const recordCopyInput = z
  .object({
    slipId: id,
    /** Who signed the customer's copy (a name, as written on the paper). */
    signedBy: shortText('签收人', 40),
    signedOn: day,
    /** The day the signed copy came back to the office. */
    returnedOn: day,
    discrepancy: optionalText('差异说明', 500),
  })
  .strict()

export const signBackApi = {
  /** R11: finance records the customer's signed copy of a posted slip: who signed, when, when it came back. */
  'signBacks.recordCopy': method<SignBackDto>()(recordCopyInput, ['finance'], 'write'),
  /** R11: finance books the slip's receivable (入帐) — only once its signed copy is recorded. */
  'signBacks.bookReceivable': method<SignBackDto>()(z.object({ slipId: id }).strict(), ['finance'], 'write'),
  /** Paper tracking: posted slips whose signed copy has not come back, with their age, oldest first. */
  'signBacks.paperTracking': method<Paged<PaperTrackingRow>>()(z.object({ page, pageSize }).strict(), ['finance', 'finance_vp', 'sales_clerk', 'sales_manager', 'sales_head', 'general_manager'], 'read'),
  /** The contract page's family: each of its slips with its copy and receivable. */
  'signBacks.ofContract': method<ContractSignBackRow[]>()(z.object({ contractId: id }).strict(), AMOUNT_READERS, 'read'),
} as const
