import { z } from 'zod'
import { fen, id, page, shortText, version } from '../../api/common'
import { type Paged } from '../../api/common'
import { method } from '../../api/define'
import type { DocumentView } from '../../api/documents'
import { DIFFERENCE_FIGURES, type ReconciliationLineDto, type ReconciliationListDto } from './reconciliation-body'

export const reconciliationMonth = z.string({ error: '请选择月份' }).regex(/^\d{4}-(0[1-9]|1[0-2])$/, '月份格式应为 YYYY-MM')
export const reconciliationSide = z.enum(['sales', 'finance'], { error: '请选择签认方（销售或财务）' })

/** The sales side signs by its manager or head, finance by finance (R17); who may start or record a difference: either side. */
export const SALES_SIGNERS = ['sales_manager', 'sales_head'] as const
export const FINANCE_SIGNERS = ['finance'] as const
const SIDES = [...SALES_SIGNERS, ...FINANCE_SIGNERS] as const
/** Who reads the reconciliations: both sides, and those they answer to. */
export const RECONCILIATION_READERS = [...SIDES, 'sales_vp', 'finance_vp', 'general_manager'] as const

export const recordDifferenceInput = z
  .object({
    id,
    version,
    /** The contract the difference is on (its row in the snapshot); absent for one outside any contract. */
    contractId: id.optional(),
    figure: z.enum(DIFFERENCE_FIGURES, { error: '请选择差异项目' }),
    salesFen: fen.optional(),
    financeFen: fen.optional(),
    explanation: shortText('差异说明', 300),
    resolverSide: reconciliationSide,
    resolverName: shortText('处理人', 32),
    /** A correction is a new line naming the earlier one (never an edit). */
    correctsLineNo: z.number().int().positive().optional(),
  })
  .strict()

export const reconciliationApi = {
  /** R17: start a month's reconciliation — the snapshot of every open contract at month end, stored, never recomputed. */
  'reconciliations.start': method<DocumentView>()(z.object({ month: reconciliationMonth }).strict(), SIDES, 'write'),
  /** R17: a difference with its explanation and who resolves it; a correction is a new line. */
  'reconciliations.recordDifference': method<DocumentView>()(recordDifferenceInput, SIDES, 'write'),
  /** R17, R20: one side signs off; both signed, the snapshot is locked. */
  'reconciliations.signOff': method<DocumentView>()(
    z.object({ id, version, side: reconciliationSide }).strict(),
    SIDES,
    'write',
  ),
  /** Every month's reconciliation, newest first, and the month that may start next. */
  'reconciliations.list': method<ListDto>()(z.object({}).strict(), RECONCILIATION_READERS, 'read'),
  /** A page of the snapshot's rows (all, or only those where the sides differ). */
  'reconciliations.lines': method<Paged<ReconciliationLineDto>>()(
    z.object({ id, page, pageSize: z.number().int().min(1).max(1000).default(100), onlyDiffering: z.boolean().default(false) }).strict(),
    RECONCILIATION_READERS,
    'read',
  ),
} as const

type ListDto = ReconciliationListDto
