import type { EntityManager } from 'typeorm'
import type { RectificationQueueRowDto } from '../../../../shared/doc-types/rectification/rectification-body'
import { readRows } from '../../db/driver-query'
import { isOverdue } from './rectification-task'

interface Row {
  id: number; doc_no: string; state: string; customer_name: string | null; acceptance_no: string; work_order_id: number; work_order_no: string
  contract_no: string; responsible: string; deadline_at: string; answered_at: string | null; problem: string | null
}

const SELECT = `SELECT d.id, d.doc_no, d.state, d.customer_name, ad.doc_no AS acceptance_no, r.work_order_id, wd.doc_no AS work_order_no, cd.doc_no AS contract_no,
    r.responsible, r.deadline_at, r.answered_at,
    (SELECT min(l.problem) FROM acceptance_lines l WHERE l.document_id = r.acceptance_id AND l.problem IS NOT NULL) AS problem
  FROM rectifications r JOIN documents d ON d.id = r.document_id JOIN documents ad ON ad.id = r.acceptance_id
  JOIN documents wd ON wd.id = r.work_order_id JOIN documents cd ON cd.id = r.contract_id`

/**
 * R13, raised to the sales manager and the sales head: unanswered rectifications past their deadline. A
 * seek on idx_rectifications_unanswered (answered_at IS NULL, by deadline) up to now — the rows it touches
 * are the overdue ones, never the years of answered ones. "Past": the deadline's own instant is on time.
 */
export const OVERDUE_RECTIFICATIONS_SQL = `${SELECT}
  WHERE r.answered_at IS NULL AND r.deadline_at < :now AND d.state = 'approved'
  ORDER BY r.deadline_at, r.document_id`

/** Service's queue: standing (to answer) and answered (to re-accept), the earliest deadline first. */
export const OPEN_RECTIFICATIONS_SQL = `${SELECT}
  WHERE d.state IN ('approved', 'answered')
  ORDER BY r.deadline_at, r.document_id`

const toDto = (now: Date) => (r: Row): RectificationQueueRowDto => ({
  id: Number(r.id), docNo: r.doc_no, state: r.state, acceptanceNo: r.acceptance_no, workOrderId: Number(r.work_order_id), workOrderNo: r.work_order_no,
  contractNo: r.contract_no, customerName: r.customer_name ?? '', responsible: r.responsible, problem: r.problem ?? '', deadlineAt: r.deadline_at,
  overdue: r.state === 'approved' && isOverdue(r.deadline_at, r.answered_at, now),
})

export async function overdueRectifications(em: EntityManager, now: Date): Promise<RectificationQueueRowDto[]> {
  return (await readRows<Row>(em, OVERDUE_RECTIFICATIONS_SQL, { now: now.toISOString() })).map(toDto(now))
}

export async function openRectifications(em: EntityManager, now: Date): Promise<RectificationQueueRowDto[]> {
  return (await readRows<Row>(em, OPEN_RECTIFICATIONS_SQL, {})).map(toDto(now))
}
