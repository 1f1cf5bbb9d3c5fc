import type { EntityManager } from 'typeorm'
import { monthLabel } from '../../../../shared/doc-types/reconciliation/reconciliation-month'
import { AppError } from '../../../../shared/errors'
import { readRows } from '../../db/driver-query'

/** R19 after R17: a month's closing runs only once its reconciliation is signed by both sides and locked. */
export async function assertMonthLocked(em: EntityManager, month: string): Promise<void> {
  const [r] = await readRows<{ doc_no: string; locked_at: string | null }>(
    em,
    `SELECT d.doc_no, r.locked_at FROM reconciliations r JOIN documents d ON d.id = r.document_id WHERE r.month = :month`,
    { month },
  )
  if (r?.locked_at) return
  throw new AppError(
    'CLOSING_RECONCILIATION_NOT_LOCKED',
    r ? `${monthLabel(month)}的对帐单 ${r.doc_no} 尚未双方签认锁定，请先完成月末对帐再关闭清理` : `${monthLabel(month)}尚未开始月末对帐，请先完成月末对帐（双方签认锁定）再关闭清理`,
    { month, reconciliation: r?.doc_no ?? null },
  )
}
