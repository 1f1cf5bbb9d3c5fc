import { z } from 'zod'
import { day, id, optionalText, shortText, version } from '../../api/common'
import { method } from '../../api/define'
import type { DocumentView } from '../../api/documents'
import type { DispatchPrepareDto, ReadyToDispatchDto } from './dispatch-note-body'

export const dispatchNoteInput = z
  .object({
    /** Absent for a new note; with its version to edit a draft, rejected or withdrawn one. */
    id: id.optional(),
    version: version.optional(),
    contractId: id,
    deliveryAddress: shortText('收货地址', 200),
    contactName: shortText('联系人', 32),
    contactPhone: shortText('联系电话', 40),
    carrier: shortText('承运方', 60),
    /** R8: the note's validity; an expired note cannot be posted. */
    validUntil: day,
    remark: optionalText('备注', 500),
    lines: z
      .array(
        z
          .object({
            contractLineNo: z.number().int().positive(),
            quantity: z.number({ error: '请输入数量' }).int('数量须为整数').positive('数量须大于 0').max(1_000_000, '数量过大'),
          })
          .strict(),
      )
      .min(1, '至少要有一行产品')
      .max(200, '最多 200 行')
      .refine((l) => new Set(l.map((x) => x.contractLineNo)).size === l.length, '同一合同行只能出现一次'),
  })
  .strict()
  .refine((a) => (a.id === undefined) === (a.version === undefined), { message: '修改发货单须带版本号', path: ['version'] })

const SALES_DESK = ['sales_clerk', 'sales_manager', 'sales_head', 'sales_vp', 'general_manager'] as const

export const dispatchNoteApi = {
  /** R8: the sales clerk fills a note from a signed contract; saving keeps it a draft. */
  'dispatchNotes.save': method<DocumentView>()(dispatchNoteInput, ['sales_clerk'], 'write'),
  /** R8: the form's start — a contract's lines with remaining, on hand, reserved, available; the customer's address and contact. */
  'dispatchNotes.prepare': method<DispatchPrepareDto>()(z.object({ contractId: id, excludeNoteId: id.optional() }).strict(), SALES_DESK, 'read'),
  /** The clerk's list: signed contracts with stock ready and nothing dispatched yet. */
  'dispatchNotes.readyContracts': method<ReadyToDispatchDto[]>()(z.object({}).strict(), SALES_DESK, 'read'),
} as const
