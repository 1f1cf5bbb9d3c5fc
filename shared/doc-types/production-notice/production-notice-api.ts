import { z } from 'zod'
import { day, id, optionalText, version } from '../../api/common'
import { method } from '../../api/define'
import type { DocumentView } from '../../api/documents'
import type { NoticeAwaitingInboundDto, NoticeRemainingDto } from './production-notice-body'

export const productionNoticeInput = z
  .object({
    /** Absent for a new notice; with its version to edit a draft, rejected or withdrawn one. */
    id: id.optional(),
    version: version.optional(),
    contractId: id,
    note: optionalText('备注', 500),
    lines: z
      .array(
        z
          .object({
            contractLineNo: z.number().int().positive(),
            quantity: z.number({ error: '请输入数量' }).int('数量须为整数').positive('数量须大于 0').max(1_000_000, '数量过大'),
            requiredDate: day,
          })
          .strict(),
      )
      .min(1, '至少要有一行产品')
      .max(200, '最多 200 行')
      .refine((l) => new Set(l.map((x) => x.contractLineNo)).size === l.length, '同一合同行只能出现一次'),
  })
  .strict()
  .refine((a) => (a.id === undefined) === (a.version === undefined), { message: '修改通知单须带版本号', path: ['version'] })

export const productionNoticeApi = {
  /** R6: the planner compiles a notice from a signed contract; saving keeps it a draft. */
  'productionNotices.save': method<DocumentView>()(productionNoticeInput, ['planner'], 'write'),
  /** R6: a contract's lines with what is not yet on a live notice, and its prepayment (the gate). */
  'productionNotices.remaining': method<NoticeRemainingDto>()(
    z.object({ contractId: id, excludeNoticeId: id.optional() }).strict(),
    ['planner', 'sales_vp'],
    'read',
  ),
  /**
   * R6 → R7: signed notices whose inbound is incomplete, each product with what is still to enter (one
   * notice with noticeId). Quantities only, so those who make, inspect, store, plan and sell read it.
   */
  'productionNotices.awaitingInbound': method<NoticeAwaitingInboundDto[]>()(
    z.object({ noticeId: id.optional() }).strict(),
    ['production', 'qc', 'planner', 'warehouse', 'sales_clerk', 'sales_manager', 'sales_head', 'sales_vp', 'general_manager'],
    'read',
  ),
} as const
