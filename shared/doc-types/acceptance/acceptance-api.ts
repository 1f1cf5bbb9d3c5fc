import { z } from 'zod'
import { day, id, optionalText, shortText } from '../../api/common'
import { method } from '../../api/define'
import type { DocumentView } from '../../api/documents'
import type { AcceptancePrepareDto, AwaitingAcceptanceDto } from './acceptance-body'

export const acceptanceLineInput = z
  .object({
    workOrderLineNo: z.number().int().positive(),
    quantity: z.number({ error: '请输入验收数量' }).int('数量须为整数').positive('数量须大于 0').max(1_000_000, '数量过大'),
    appearanceOk: z.boolean({ error: '请选择外观是否合格' }),
    functionOk: z.boolean({ error: '请选择功能是否合格' }),
    problem: optionalText('问题描述', 300),
  })
  .strict()

export const acceptanceInput = z
  .object({
    workOrderId: id,
    /** A re-acceptance (复验) of an answered rectification's failed lines. */
    rectificationId: id.optional(),
    signatory: shortText('客户签字人', 32),
    signedOn: day,
    paperRef: optionalText('纸质验收单编号', 60),
    remark: optionalText('备注', 500),
    /** 整改责任人: needed when a check fails (ACCEPTANCE_PROBLEM_MISSING). */
    responsible: optionalText('整改责任人', 32),
    lines: z
      .array(acceptanceLineInput)
      .min(1, '至少要有一行产品')
      .max(200, '最多 200 行')
      .refine((l) => new Set(l.map((x) => x.workOrderLineNo)).size === l.length, '同一派工单行只能出现一次'),
  })
  .strict()

const READERS = ['service', 'sales_clerk', 'sales_manager', 'sales_head', 'sales_vp', 'general_manager'] as const

export const acceptanceApi = {
  /** R13: service records the customer's acceptance of a completed work order (or re-accepts a rectification's failed lines). */
  'acceptances.record': method<DocumentView>()(acceptanceInput, ['service'], 'write'),
  /** The form's start: the work order's lines with what remains to accept, or the rectification's failed lines. */
  'acceptances.prepare': method<AcceptancePrepareDto>()(z.object({ workOrderId: id, rectificationId: id.optional() }).strict(), READERS, 'read'),
  /** Service's list: completed work orders with quantities not yet on an acceptance report. */
  'acceptances.awaiting': method<AwaitingAcceptanceDto[]>()(z.object({}).strict(), READERS, 'read'),
} as const
