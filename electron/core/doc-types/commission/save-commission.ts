import type { EntityManager } from 'typeorm'
import type { ParsedInputOf } from '../../../../shared/api'
import type { CommissionFiguresDto } from '../../../../shared/doc-types/commission/commission-body'
import { AppError } from '../../../../shared/errors'
import { lockKey } from '../../db/locks'
import { insertRow, runWrite } from '../../db/write-rows'
import { shanghaiToday } from '../../policy/shanghai-day'
import { loadDocument } from '../../workflow/apply-action'
import { createDocument, updateDraftHeader } from '../../workflow/create-document'
import type { ActionContext } from '../../workflow/document-kind'
import { CommissionEntity, CommissionLineEntity, type CommissionRow } from './commission-entities'
import { computeCommission } from './commission-figures'
import { rateColumns } from './commission-policy'
import { commissionOf } from './commission-kind'

export const liveKeyOf = (salespersonUserId: number, month: string) => `${salespersonUserId}:${month}`

/** The body's computed columns from the figures (the remark and what is paid are the form's own). */
export const figureColumns = (f: CommissionFiguresDto): Omit<CommissionRow, 'documentId' | 'remark' | 'paidFen' | 'liveKey'> => ({
  salespersonUserId: f.salespersonUserId, salespersonName: f.salespersonName, month: f.month, policyVersion: f.policyVersion, rateBps: f.rateBps,
  ...rateColumns(f.overdueRates), collectedFen: f.collectedFen, commissionFen: f.commissionFen, deductionFen: f.deductionFen, payableFen: f.payableFen,
})

async function writeLines(em: EntityManager, documentId: number, f: CommissionFiguresDto): Promise<void> {
  for (const l of f.lines)
    await insertRow(em, CommissionLineEntity, {
      documentId, lineNo: l.lineNo, contractId: l.contractId, contractNo: l.contractNo, customerName: l.customerName, collectedFen: l.collectedFen,
      rateBps: l.rateBps, commissionFen: l.commissionFen, overdue: JSON.stringify(l.overdue), overdueFen: l.overdueFen, deductionFen: l.deductionFen,
    })
}

/**
 * R16: the sales clerk fills a person-month's form; the figures are computed (commission-figures.ts), the
 * clerk adds a remark. One live form per person-month (COMMISSION_DUPLICATE, and live_key's unique index
 * behind it). Saving a draft again recomputes it for its person and month, which cannot change.
 */
export async function saveCommission(em: EntityManager, input: ParsedInputOf<'commissions.save'>, ctx: ActionContext) {
  const existing = input.id === undefined ? null : await loadDocument(em, input.id)
  if (existing && existing.docType !== 'commission') throw new AppError('DOCUMENT_NOT_FOUND')
  const key = liveKeyOf(input.salespersonUserId, input.month)
  await lockKey(em, `commissions.${key}`)
  const holder = await em.getRepository(CommissionEntity).findOneBy({ liveKey: key })
  if (holder && holder.documentId !== existing?.id) {
    const held = await loadDocument(em, holder.documentId)
    throw new AppError('COMMISSION_DUPLICATE', `${holder.salespersonName} ${input.month} 已有提成单 ${held.docNo}，每人每月只能有一张有效的提成单`, { docNo: held.docNo })
  }
  const figures = await computeCommission(em, input.salespersonUserId, input.month, shanghaiToday(ctx.at))
  const header = { title: `提成 ${figures.salespersonName} ${input.month}`, customerName: null, amountFen: figures.payableFen }
  if (!existing) {
    const doc = await createDocument(em, { docType: 'commission', ...header }, ctx)
    await insertRow(em, CommissionEntity, { documentId: doc.id, ...figureColumns(figures), paidFen: 0, remark: input.remark ?? null, liveKey: key })
    await writeLines(em, doc.id, figures)
    return doc
  }
  const doc = await updateDraftHeader(em, existing, input.version!, header, ctx)
  await em.getRepository(CommissionEntity).update({ documentId: doc.id }, { ...figureColumns(figures), remark: input.remark ?? null, liveKey: key })
  await runWrite(em, `DELETE FROM commission_lines WHERE document_id = :id`, { id: doc.id })
  await writeLines(em, doc.id, figures)
  return doc
}
