import type { EntityManager } from 'typeorm'
import type { DifferenceFigure, ReconciliationBody, ReconciliationSide, ReconciliationSignatureDto } from '../../../../shared/doc-types/reconciliation/reconciliation-body'
import { reconciliationLifecycle } from '../../../../shared/doc-types/reconciliation/reconciliation-type'
import { DocumentEntity, type DocumentRow } from '../../db/entities'
import { findRowBy, findRowByOrFail, findRowsBy } from '../../db/find-rows'
import { readRows } from '../../db/driver-query'
import type { DocumentKind } from '../../workflow/document-kind'
import { openFollowUpTask } from '../../workflow/tasks'
import { ReconciliationDifferenceEntity, ReconciliationEntity, type ReconciliationRow } from './reconciliation-entities'
import { snapshotTotals } from './reconciliation-figures'
import { SIGN_FINANCE, SIGN_SALES } from './reconciliation-task'

export const reconciliationOf = (em: EntityManager, doc: Pick<DocumentRow, 'id'>) => findRowByOrFail(em, ReconciliationEntity, { documentId: doc.id })

function signatures(r: ReconciliationRow): ReconciliationSignatureDto[] {
  const out: ReconciliationSignatureDto[] = []
  if (r.salesSignedByName && r.salesSignedAt) out.push({ side: 'sales', userName: r.salesSignedByName, role: r.salesSignedRole ?? '', at: r.salesSignedAt })
  if (r.financeSignedByName && r.financeSignedAt) out.push({ side: 'finance', userName: r.financeSignedByName, role: r.financeSignedRole ?? '', at: r.financeSignedAt })
  return out
}

/**
 * R17 月末对帐: stands at its start (对帐中) and opens both sides' 签认; each side's signature closes its
 * task, the second locks it. Its body is the stored snapshot's totals (never recomputed), the difference
 * lines and the signatures; the rows themselves page through reconciliations.lines.
 */
export const reconciliationKind: DocumentKind = {
  docType: 'reconciliation',
  lifecycle: reconciliationLifecycle,
  factSpecs: { restartedByHand: { kind: 'flag', label: '手工重开的对帐' } },
  // Every reconciliation today is started for its month, never restarted.
  facts: async () => ({ restartedByHand: false }),
  async onApproved(em, doc, ctx) {
    await openFollowUpTask(em, doc, SIGN_SALES, ctx.at)
    await openFollowUpTask(em, doc, SIGN_FINANCE, ctx.at)
  },
  async body(em, doc): Promise<ReconciliationBody> {
    const r = await reconciliationOf(em, doc)
    const previous = r.previousId ? await findRowBy(em, DocumentEntity, { id: r.previousId }) : null
    const diffs = await findRowsBy(em, ReconciliationDifferenceEntity, { documentId: doc.id }, { lineNo: 'ASC' })
    const contractNos = new Map(
      (await readRows<{ contract_id: number; contract_no: string }>(
        em,
        `SELECT l.contract_id, l.contract_no FROM reconciliation_lines l JOIN reconciliation_differences x ON x.document_id = l.document_id AND x.contract_id = l.contract_id WHERE l.document_id = :id`,
        { id: doc.id },
      )).map((x) => [Number(x.contract_id), x.contract_no]),
    )
    const correctedBy = new Map(diffs.filter((x) => x.correctsLineNo !== null).map((x) => [x.correctsLineNo as number, x.lineNo]))
    return {
      kind: 'reconciliation',
      month: r.month, boundOn: r.boundOn, startedAt: r.startedAt, previousId: r.previousId, previousNo: previous?.docNo ?? null,
      totals: await snapshotTotals(em, doc.id),
      differences: diffs.map((x) => ({
        id: x.id, lineNo: x.lineNo, contractId: x.contractId, contractNo: x.contractId !== null ? (contractNos.get(x.contractId) ?? null) : null,
        figure: x.figure as DifferenceFigure, salesFen: x.salesFen, financeFen: x.financeFen, explanation: x.explanation,
        resolverSide: x.resolverSide as ReconciliationSide, resolverName: x.resolverName, correctsLineNo: x.correctsLineNo,
        correctedByLineNo: correctedBy.get(x.lineNo) ?? null, recordedByName: x.recordedByName, recordedAt: x.recordedAt,
      })),
      signatures: signatures(r),
      lockedAt: r.lockedAt,
    }
  },
}
