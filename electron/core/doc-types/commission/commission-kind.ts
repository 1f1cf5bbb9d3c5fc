import type { EntityManager } from 'typeorm'
import type { CommissionBody, CommissionFiguresDto } from '../../../../shared/doc-types/commission/commission-body'
import type { OverdueBucket } from '../../../../shared/doc-types/commission/commission-rules'
import { commissionLifecycle } from '../../../../shared/doc-types/commission/commission-type'
import type { DocumentRow } from '../../db/entities'
import { findRowByOrFail, findRowsBy } from '../../db/find-rows'
import { runWrite } from '../../db/write-rows'
import { AMOUNT_FACT, type DocumentKind } from '../../workflow/document-kind'
import { openFollowUpTask } from '../../workflow/tasks'
import { CommissionEntity, CommissionLineEntity, CommissionPayoutEntity, type CommissionRow } from './commission-entities'
import { ratesOf } from './commission-policy'
import { PAY_COMMISSION } from './commission-task'

export const commissionOf = (em: EntityManager, doc: Pick<DocumentRow, 'id'>) => findRowByOrFail(em, CommissionEntity, { documentId: doc.id })

/** The saved form's figures, as computed when the clerk saved it (a past month's figures cannot change). */
export async function savedFigures(em: EntityManager, c: CommissionRow): Promise<CommissionFiguresDto> {
  const lines = await findRowsBy(em, CommissionLineEntity, { documentId: c.documentId }, { lineNo: 'ASC' })
  return {
    salespersonUserId: c.salespersonUserId, salespersonName: c.salespersonName, month: c.month, policyVersion: c.policyVersion, rateBps: c.rateBps,
    overdueRates: ratesOf(c), collectedFen: c.collectedFen, commissionFen: c.commissionFen, deductionFen: c.deductionFen, payableFen: c.payableFen,
    lines: lines.map((l) => ({
      lineNo: l.lineNo, contractId: l.contractId, contractNo: l.contractNo, customerName: l.customerName, collectedFen: l.collectedFen, rateBps: l.rateBps,
      commissionFen: l.commissionFen, overdue: JSON.parse(l.overdue) as Partial<Record<OverdueBucket, number>>, overdueFen: l.overdueFen, deductionFen: l.deductionFen,
    })),
  }
}

/**
 * R16: finance, the finance VP and the GM sign in turn (the chain, R20). Approved with something to pay,
 * it waits in finance's 待办 (发放提成). Voided, it gives its person-month back (live_key cleared).
 * Need-to-know: the salesperson it is for opens it as their own (openedBy), besides DOCUMENT_READERS.
 */
export const commissionKind: DocumentKind = {
  docType: 'commission',
  lifecycle: commissionLifecycle,
  factSpecs: { ...AMOUNT_FACT },
  async facts(em, doc) {
    return { amountFen: (await commissionOf(em, doc)).payableFen }
  },
  async onApproved(em, doc, ctx) {
    if ((await commissionOf(em, doc)).payableFen > 0) await openFollowUpTask(em, doc, PAY_COMMISSION, ctx.at)
  },
  async onVoided(em, doc) {
    await runWrite(em, `UPDATE commissions SET live_key = NULL WHERE document_id = :id`, { id: doc.id })
  },
  async openedBy(em, doc, viewerId) {
    return (await commissionOf(em, doc)).salespersonUserId === viewerId
  },
  async body(em, doc): Promise<CommissionBody> {
    const c = await commissionOf(em, doc)
    const payouts = await findRowsBy(em, CommissionPayoutEntity, { commissionId: doc.id }, { id: 'ASC' })
    return {
      kind: 'commission',
      figures: await savedFigures(em, c),
      remark: c.remark,
      payouts: payouts.map((p) => ({ id: p.id, paidOn: p.paidOn, amountFen: p.amountFen, note: p.note, byName: p.byName, at: p.createdAt })),
      paidFen: c.paidFen,
    }
  },
}
