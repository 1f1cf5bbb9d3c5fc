import { z } from 'zod'
import { bps, day, fen, id, optionalText, version } from '../../api/common'
import { method } from '../../api/define'
import type { DocumentView } from '../../api/documents'
import type { CommissionFiguresDto, CommissionPolicyDto, SalespersonDto } from './commission-body'

const month = z.string({ error: '请选择月份' }).regex(/^\d{4}-(0[1-9]|1[0-2])$/, '月份格式应为 YYYY-MM')

export const commissionSaveInput = z
  .object({
    /** Absent for a new form; with its version to save a draft, rejected or withdrawn one again (its figures recomputed). */
    id: id.optional(),
    version: version.optional(),
    salespersonUserId: id,
    month,
    /** R16: the clerk adds remarks, not numbers. */
    remark: optionalText('备注', 200),
  })
  .strict()
  .refine((a) => (a.id === undefined) === (a.version === undefined), { message: '修改提成单须带版本号', path: ['version'] })

const overdueRates = z
  .object({ d1_30: bps, d31_60: bps, d61_90: bps, d91_180: bps, over180: bps })
  .strict()

/** Who sees commission figures (need-to-know): the clerk who fills, finance, the finance VP, the GM; the salesperson opens their own form. */
export const COMMISSION_READERS = ['sales_clerk', 'finance', 'finance_vp', 'general_manager'] as const

export const commissionApi = {
  /** R16: a person-month's figures, computed from the allocations and receivables (the form before saving). */
  'commissions.compute': method<CommissionFiguresDto>()(z.object({ salespersonUserId: id, month }).strict(), COMMISSION_READERS, 'read'),
  /** The people named as salesperson on signed contracts (the form's choice). */
  'commissions.salespeople': method<SalespersonDto[]>()(z.object({}).strict(), COMMISSION_READERS, 'read'),
  /** R16: the sales clerk fills the form; its figures are computed, the clerk adds a remark. */
  'commissions.save': method<DocumentView>()(commissionSaveInput, ['sales_clerk'], 'write'),
  /** R16: finance records what was paid out after the GM's approval; paid ≤ approved. */
  'commissions.recordPaid': method<DocumentView>()(
    z.object({ commissionId: id, paidOn: day, amountFen: fen.positive('金额须大于 0'), note: optionalText('备注', 100) }).strict(),
    ['finance'],
    'write',
  ),
  /** R16: the commission policy's versions, newest first. */
  'commissionPolicies.list': method<CommissionPolicyDto[]>()(z.object({}).strict(), COMMISSION_READERS, 'read'),
  /** R16: the general manager issues a version from a day on (never backdated). */
  'commissionPolicies.issue': method<CommissionPolicyDto>()(
    z.object({ effectiveFrom: day, rateBps: bps, overdueRates, note: optionalText('说明', 200) }).strict(),
    ['general_manager'],
    'write',
  ),
} as const
