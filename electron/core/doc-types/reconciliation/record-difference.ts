import type { EntityManager } from 'typeorm'
import type { ParsedInputOf } from '../../../../shared/api'
import { AppError } from '../../../../shared/errors'
import { appendAuditEvent } from '../../audit/append-audit-event'
import { DocumentEntity, type DocumentRow } from '../../db/entities'
import { readRows } from '../../db/driver-query'
import { updateWithVersion } from '../../db/update-with-version'
import { insertRow } from '../../db/write-rows'
import type { ActionContext } from '../../workflow/document-kind'
import { ReconciliationDifferenceEntity } from './reconciliation-entities'
import { reconciliationToChange } from './sign-off'

/**
 * R17: a difference is a line — the contract (a row of the snapshot), the figure, each side's amount, why,
 * and who resolves it — appended, never edited: a correction is a new line naming the earlier one, which
 * stays in the record as it was. Refused once the snapshot is locked. The document's version moves (a page
 * opened before must reload) and the trail gets one 'edit' event naming the line (R21; versioned actions are audited).
 */
export async function recordDifference(em: EntityManager, input: ParsedInputOf<'reconciliations.recordDifference'>, ctx: ActionContext): Promise<DocumentRow> {
  const { doc } = await reconciliationToChange(em, input.id, input.version)
  if (input.contractId !== undefined) {
    const [row] = await readRows<{ n: number }>(em, `SELECT 1 AS n FROM reconciliation_lines WHERE document_id = :id AND contract_id = :contractId`, { id: doc.id, contractId: input.contractId })
    if (!row) throw new AppError('RECONCILIATION_CONTRACT_NOT_IN_SNAPSHOT', `该合同不在对帐单 ${doc.docNo} 的快照中（快照只含月末未关闭的已签合同）`, { contractId: input.contractId })
  }
  const [last] = await readRows<{ n: number | string | null }>(em, `SELECT max(line_no) AS n FROM reconciliation_differences WHERE document_id = :id`, { id: doc.id })
  const count = Number(last?.n ?? 0)
  if (input.correctsLineNo !== undefined && input.correctsLineNo > count)
    throw new AppError('RECONCILIATION_CORRECTS_UNKNOWN', `对帐单 ${doc.docNo} 只有 ${count} 行差异，没有第 ${input.correctsLineNo} 行可更正`, { lines: count })
  const lineNo = count + 1
  const at = ctx.at.toISOString()
  await insertRow(em, ReconciliationDifferenceEntity, {
    documentId: doc.id, lineNo, contractId: input.contractId ?? null, figure: input.figure, salesFen: input.salesFen ?? null, financeFen: input.financeFen ?? null,
    explanation: input.explanation, resolverSide: input.resolverSide, resolverName: input.resolverName, correctsLineNo: input.correctsLineNo ?? null,
    recordedByUserId: ctx.user.id, recordedByName: ctx.user.name, recordedAt: at,
  })
  await updateWithVersion(em, DocumentEntity, doc.id, doc.version, {}, ctx.at)
  await appendAuditEvent(em, {
    at: ctx.at, actor: ctx.user, role: null, action: 'edit', entityType: 'document', entityId: doc.id, docNo: doc.docNo,
    fromState: doc.state, toState: doc.state, comment: input.correctsLineNo ? `更正差异第 ${input.correctsLineNo} 行：${input.explanation}` : `差异第 ${lineNo} 行：${input.explanation}`,
    details: { difference: lineNo, figure: input.figure, correctsLineNo: input.correctsLineNo ?? null },
  })
  return { ...doc, version: doc.version + 1, updatedAt: at }
}
