import type { EntityManager } from 'typeorm'
import type { ReconciliationListDto } from '../../../../shared/doc-types/reconciliation/reconciliation-body'
import { dayAfterMonth, monthAfter, monthBefore, monthLabel } from '../../../../shared/doc-types/reconciliation/reconciliation-month'
import { shanghaiDayStart } from '../../../../shared/dates'
import { shanghaiToday } from '../../policy/shanghai-day'
import { readRows } from '../../db/driver-query'

interface Row {
  id: number; doc_no: string; month: string; state: string; sales_signed_at: string | null; finance_signed_at: string | null; locked_at: string | null
  contracts: number | string; differences: number | string
}

/** Every month's reconciliation, newest first (one row a month: a short list even at ten years), and what may start next. */
export async function listReconciliations(em: EntityManager, at: Date): Promise<ReconciliationListDto> {
  const rows = await readRows<Row>(
    em,
    `SELECT d.id, d.doc_no, r.month, d.state, r.sales_signed_at, r.finance_signed_at, r.locked_at,
       (SELECT count(*) FROM reconciliation_lines l WHERE l.document_id = r.document_id) AS contracts,
       (SELECT count(*) FROM reconciliation_differences x WHERE x.document_id = r.document_id) AS differences
     FROM reconciliations r JOIN documents d ON d.id = r.document_id ORDER BY r.month DESC`,
    {},
  )
  const newest = rows[0]
  const candidate = newest ? monthAfter(newest.month) : monthBefore(shanghaiToday(at).slice(0, 7))
  const ended = shanghaiDayStart(dayAfterMonth(candidate)) <= at.toISOString()
  return {
    rows: rows.map((r) => ({
      id: Number(r.id), docNo: r.doc_no, month: r.month, state: r.state, contracts: Number(r.contracts), differences: Number(r.differences),
      salesSigned: r.sales_signed_at !== null, financeSigned: r.finance_signed_at !== null, lockedAt: r.locked_at,
    })),
    nextMonth: ended ? candidate : null,
    blockedBy: newest && !newest.locked_at ? `${monthLabel(newest.month)}的对帐单 ${newest.doc_no} 尚未双方签认锁定` : null,
  }
}
