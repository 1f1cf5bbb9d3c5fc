import type { EntityManager } from 'typeorm'
import type { AwaitingAcceptanceDto } from '../../../../shared/doc-types/acceptance/acceptance-body'
import { readRows } from '../../db/driver-query'

interface Row { id: number; doc_no: string; contract_no: string; customer_name: string | null; completed_on: string; installed: number | string; accounted: number | string | null }

/**
 * Service's list (R13): completed work orders with installed quantities not yet on a live first acceptance.
 * Read live, like 待派工 (work-order-pending.ts).
 */
export async function awaitingAcceptance(em: EntityManager): Promise<AwaitingAcceptanceDto[]> {
  const rows = await readRows<Row>(
    em,
    `SELECT d.id, d.doc_no, cd.doc_no AS contract_no, d.customer_name, w.completed_on,
       (SELECT sum(l.quantity) FROM work_order_lines l WHERE l.document_id = w.document_id) AS installed,
       (SELECT sum(l.quantity) FROM acceptances a JOIN documents ad ON ad.id = a.document_id JOIN acceptance_lines l ON l.document_id = a.document_id
        WHERE a.work_order_id = w.document_id AND a.rectification_id IS NULL AND ad.state <> 'voided') AS accounted
     FROM work_orders w JOIN documents d ON d.id = w.document_id JOIN documents cd ON cd.id = w.contract_id
     WHERE d.state = 'completed' AND d.closed_at IS NULL
     ORDER BY w.completed_on, d.id`,
    {},
  )
  return rows
    .map((r) => ({
      workOrderId: Number(r.id), workOrderNo: r.doc_no, contractNo: r.contract_no, customerName: r.customer_name ?? '', completedOn: r.completed_on,
      installed: Number(r.installed ?? 0), accounted: Number(r.accounted ?? 0),
    }))
    .filter((r) => r.accounted < r.installed)
}
