import { z } from 'zod'
import { bps, day, fen, id, optionalText, shortText, version } from '../../api/common'
import { method } from '../../api/define'
import type { DocumentView } from '../../api/documents'

export const applicationInput = z
  .object({
    /** Absent for a new application; with its version to edit a draft, rejected or withdrawn one. */
    id: id.optional(),
    version: version.optional(),
    customerId: id,
    deliveryDate: day,
    prepaymentBps: bps,
    instalments: z
      .array(z.object({ label: shortText('款项名称', 20), dueDate: day, amountFen: fen.positive('每期金额须大于 0') }).strict())
      .max(24, '分期最多 24 期'),
    installationNeeded: z.boolean(),
    /** Wording that departs from the standard contract template; the contract then needs legal review (R4). */
    nonStandardTerms: optionalText('非标准条款', 2000),
    note: optionalText('备注', 500),
    lines: z
      .array(
        z
          .object({
            productId: id,
            quantity: z.number({ error: '请输入数量' }).int('数量须为整数').positive('数量须大于 0').max(1_000_000, '数量过大'),
            unitPriceFen: fen.positive('单价须大于 0'),
          })
          .strict(),
      )
      .min(1, '至少要有一行产品')
      .max(200, '最多 200 行'),
  })
  .strict()
  .refine((a) => (a.id === undefined) === (a.version === undefined), { message: '修改申报单须带版本号', path: ['version'] })

export const applicationApi = {
  /** R3: a sales clerk fills the application from the policy in force. */
  'applications.save': method<DocumentView>()(applicationInput, ['sales_clerk'], 'write'),
} as const
