import { z } from 'zod'
import { day, id, optionalText } from '../../api/common'
import { method } from '../../api/define'
import type { DocumentView } from '../../api/documents'
import type { OutboundPrepareDto } from './outbound-slip-body'
import { signBackApi } from './sign-back-api'

export const outboundSlipInput = z
  .object({
    /** R10: the approved, unexpired dispatch note the goods leave against. */
    dispatchNoteId: id,
    postedOn: day,
    remark: optionalText('备注', 500),
    lines: z
      .array(
        z
          .object({
            noteLineNo: z.number().int().positive(),
            quantity: z.number({ error: '请输入数量' }).int('数量须为整数').positive('数量须大于 0').max(1_000_000, '数量过大'),
          })
          .strict(),
      )
      .min(1, '至少要有一行产品')
      .max(200, '最多 200 行'),
  })
  .strict()

export const outboundSlipApi = {
  /**
   * R10: the warehouse fills the slip and posts it in one go (stock goes down, the note and the contract
   * move), unless R9's re-check at posting sends it to the general manager first (outbound-slip-chain.ts).
   */
  'outboundSlips.post': method<DocumentView>()(outboundSlipInput, ['warehouse'], 'write'),
  /** The 出库 form's prefill: what each line of the note still lacks. */
  'outboundSlips.prepare': method<OutboundPrepareDto>()(z.object({ dispatchNoteId: id }).strict(), ['warehouse'], 'read'),
  ...signBackApi,
} as const
