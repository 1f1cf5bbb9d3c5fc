import type { EntityManager } from 'typeorm'
import { SIGNED_CONTRACT_STATES } from '../../../../shared/doc-types/contract/contract-type'
import type { ReadyToDispatchDto } from '../../../../shared/doc-types/dispatch-note/dispatch-note-body'
import { readRows } from '../../db/driver-query'
import { stockFigures } from './dispatch-stock'

interface Row { id: number; doc_no: string; customer_name: string | null; delivery_date: string; state: string; product_id: number; quantity: number | string }

/**
 * The clerk's list (R8): signed contracts, open, with no live dispatch note yet, and at least one line
 * whose whole quantity is in stock available now. Like the planner's 编制生产通知单, but read live: stock
 * arrives by inbound slips at any time, so a stored task would go stale; the list is what stock says now.
 */
export async function readyToDispatch(em: EntityManager, today: string): Promise<ReadyToDispatchDto[]> {
  const rows = await readRows<Row>(
    em,
    `SELECT d.id, d.doc_no, d.customer_name, c.delivery_date, d.state, cl.product_id, cl.quantity
     FROM documents d JOIN contracts c ON c.document_id = d.id JOIN contract_lines cl ON cl.document_id = d.id
     WHERE d.doc_type = 'contract' AND d.state IN (:...states) AND d.closed_at IS NULL
       AND NOT EXISTS (SELECT 1 FROM dispatch_notes n JOIN documents nd ON nd.id = n.document_id WHERE n.contract_id = d.id AND nd.state <> 'voided')
     ORDER BY c.delivery_date, d.id, cl.line_no`,
    { states: [...SIGNED_CONTRACT_STATES] },
  )
  const stock = await stockFigures(em, rows.map((r) => Number(r.product_id)), today, 0)
  const byContract = new Map<number, ReadyToDispatchDto>()
  for (const r of rows) {
    const id = Number(r.id)
    const entry = byContract.get(id) ?? { contractId: id, contractNo: r.doc_no, customerName: r.customer_name ?? '', deliveryDate: r.delivery_date, state: r.state, linesReady: 0, linesOpen: 0 }
    entry.linesOpen += 1
    if ((stock.get(Number(r.product_id))?.available ?? 0) >= Number(r.quantity)) entry.linesReady += 1
    byContract.set(id, entry)
  }
  return [...byContract.values()].filter((c) => c.linesReady > 0)
}
