import { z } from 'zod'
import { day, fen, id, optionalText, shortText, version } from '../../api/common'
import { method } from '../../api/define'
import type { DocumentView } from '../../api/documents'
import type { InvoiceFiguresDto, InvoiceThresholdDto } from './invoice-body'
import { invoiceNumberInput, RED_CONFIRMATION_NO } from './invoice-number'

const positiveFen = fen.positive('金额须大于 0')

export const invoiceRequestInput = z
  .object({
    /** Absent for a new request; with its version to edit a draft, rejected or withdrawn one. */
    id: id.optional(),
    version: version.optional(),
    contractId: id,
    amountFen: positiveFen,
    note: optionalText('备注', 200),
  })
  .strict()
  .refine((a) => (a.id === undefined) === (a.version === undefined), { message: '修改开票申请须带版本号', path: ['version'] })

const REQUESTERS = ['sales_clerk', 'finance'] as const
const FINANCE = ['finance'] as const
const READERS = ['sales_clerk', 'sales_manager', 'sales_head', 'sales_vp', 'finance', 'finance_vp', 'general_manager'] as const

export const invoiceApi = {
  /** R15: the sales clerk or finance asks for an invoice on a contract; saving keeps it a draft. */
  'invoices.save': method<DocumentView>()(invoiceRequestInput, REQUESTERS, 'write'),
  /** R15: a contract's collected, shipped and invoiced figures against the threshold in force (the form). */
  'invoices.figures': method<InvoiceFiguresDto>()(z.object({ contractId: id, excludeRequestId: id.optional() }).strict(), READERS, 'read'),
  /** R15: finance records the tax system's number, date and amount; the request is done (已开票). */
  'invoices.record': method<DocumentView>()(
    z.object({ requestId: id, number: invoiceNumberInput, issuedOn: day, amountFen: positiveFen }).strict(),
    FINANCE,
    'write',
  ),
  /** R24: a recorded invoice is reversed, all or part, by a red-letter entry (红字) — never edited or deleted. */
  'invoices.redLetter': method<DocumentView>()(
    z
      .object({
        requestId: id,
        confirmationNo: z.string().trim().regex(RED_CONFIRMATION_NO, '红字信息确认单编号应为 16 或 20 位数字'),
        redOn: day,
        amountFen: positiveFen,
        reason: shortText('红冲原因', 100),
      })
      .strict(),
    FINANCE,
    'write',
  ),
  /** R15: the invoice threshold's versions (sales policy), newest first. */
  'invoiceThresholds.list': method<InvoiceThresholdDto[]>()(z.object({}).strict(), READERS, 'read'),
  /** R15: the general manager sets the threshold from a day on (versioned like prices; never backdated). */
  'invoiceThresholds.issue': method<InvoiceThresholdDto>()(
    z.object({ effectiveFrom: day, percent: z.number({ error: '请输入百分比' }).int('百分比须为整数').min(1, '百分比至少 1').max(100, '百分比不能超过 100'), note: optionalText('说明', 200) }).strict(),
    ['general_manager'],
    'write',
  ),
} as const
