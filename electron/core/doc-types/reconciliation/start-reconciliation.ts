import type { EntityManager } from 'typeorm'
import { dayAfterMonth, monthAfter, monthLabel } from '../../../../shared/doc-types/reconciliation/reconciliation-month'
import { shanghaiDayStart } from '../../../../shared/dates'
import { AppError } from '../../../../shared/errors'
import type { DocumentRow } from '../../db/entities'
import { readRows } from '../../db/driver-query'
import { lockKey } from '../../db/locks'
import { insertRow, runWrite } from '../../db/write-rows'
import { applyAction } from '../../workflow/apply-action'
import { createDocument } from '../../workflow/create-document'
import type { ActionContext } from '../../workflow/document-kind'
import { ReconciliationEntity } from './reconciliation-entities'
import { reconciliationKind } from './reconciliation-kind'
import { snapshotSql } from './snapshot-sql'

interface Latest { document_id: number; month: string; doc_no: string; locked_at: string | null }

/** The newest month's reconciliation, if any. */
export async function latestReconciliation(em: EntityManager): Promise<Latest | null> {
  const [row] = await readRows<Latest>(
    em,
    `SELECT r.document_id, r.month, d.doc_no, r.locked_at FROM reconciliations r JOIN documents d ON d.id = r.document_id ORDER BY r.month DESC LIMIT 1`,
    {},
  )
  return row ? { ...row, document_id: Number(row.document_id) } : null
}

/**
 * R17: the month must be over; one reconciliation per month, in order: the first may be any finished month,
 * every later one is the month after the newest, and only once the newest is locked (both sides signed).
 */
export function assertMayStart(month: string, latest: Latest | null, at: Date): void {
  if (shanghaiDayStart(dayAfterMonth(month)) > at.toISOString())
    throw new AppError('RECONCILIATION_MONTH_OPEN', `${monthLabel(month)}尚未结束，月末对帐只能在月份结束后开始`, { month })
  if (!latest) return
  if (latest.month === month || latest.month > month)
    throw new AppError(
      latest.month === month ? 'RECONCILIATION_MONTH_TAKEN' : 'RECONCILIATION_OUT_OF_ORDER',
      latest.month === month ? `${monthLabel(month)}已有对帐单 ${latest.doc_no}，每月只有一份` : `已对帐到${monthLabel(latest.month)}（${latest.doc_no}），不能再开始更早的${monthLabel(month)}`,
      { month, latestMonth: latest.month },
    )
  const next = monthAfter(latest.month)
  if (month !== next)
    throw new AppError('RECONCILIATION_OUT_OF_ORDER', `上一份对帐单是${monthLabel(latest.month)}（${latest.doc_no}），须先对${monthLabel(next)}，不能跳到${monthLabel(month)}`, {
      month, expected: next,
    })
  if (!latest.locked_at)
    throw new AppError('RECONCILIATION_PREVIOUS_NOT_LOCKED', `${monthLabel(latest.month)}的对帐单 ${latest.doc_no} 尚未双方签认锁定，须先完成上月对帐`, {
      previous: latest.doc_no,
    })
}

/**
 * R17: the month's reconciliation — a DZ document made, its snapshot written by one INSERT … SELECT
 * (snapshot-sql.ts) and never recomputed, then submitted: it stands (对帐中) and both sides' 签认 open.
 */
export async function startReconciliation(em: EntityManager, month: string, ctx: ActionContext): Promise<DocumentRow> {
  await lockKey(em, 'reconciliation.start')
  const latest = await latestReconciliation(em)
  assertMayStart(month, latest, ctx.at)
  const boundOn = dayAfterMonth(month)
  const boundAt = shanghaiDayStart(boundOn)
  const doc = await createDocument(
    em,
    { docType: 'reconciliation', title: `${monthLabel(month)}月末对帐`, customerName: null, amountFen: null, from: latest ? [{ id: latest.document_id, kind: 'madeFrom' }] : [] },
    ctx,
  )
  await insertRow(em, ReconciliationEntity, {
    documentId: doc.id, month, boundOn, boundAt, previousId: latest?.document_id ?? null, startedAt: ctx.at.toISOString(),
    salesSignedByUserId: null, salesSignedByName: null, salesSignedRole: null, salesSignedAt: null,
    financeSignedByUserId: null, financeSignedByName: null, financeSignedRole: null, financeSignedAt: null, lockedAt: null,
  })
  await runWrite(em, snapshotSql(em.connection.driver.options.type === 'postgres'), { documentId: doc.id, previousId: latest?.document_id ?? 0, boundOn, boundAt })
  await applyAction(em, reconciliationKind, doc, { version: doc.version, action: 'submit' }, ctx)
  return doc
}
