import type { EntityManager } from 'typeorm'
import type { PendingInstallationDto } from '../../../../shared/doc-types/work-order/work-order-body'
import { fenFromDatabase } from '../../../../shared/money'
import { readRows } from '../../db/driver-query'
import { collectedFenSql, contractMoneyOf } from '../payment/contract-money'

interface Row {
  id: number; doc_no: string; customer_name: string | null; state: string; amount_fen: number | string; prepayment_fen: number | string
  instalments: string; collected: number | string; shipped: number | string | null; ordered: number | string | null
}

/**
 * The clerk's list (R12): contracts needing installation whose goods have (partly) left and whose shipped
 * quantities are not all on live work orders yet, each saying whether the first payment holds it. Read
 * live, like 待发货合同 (dispatch-ready.ts): money arrives and is reversed at any time, a stored task would go stale.
 */
export async function pendingInstallation(em: EntityManager): Promise<PendingInstallationDto[]> {
  const rows = await readRows<Row>(
    em,
    `SELECT d.id, d.doc_no, d.customer_name, d.state, c.amount_fen, c.prepayment_fen, c.instalments, ${collectedFenSql('c')} AS collected,
       (SELECT sum(l.posted_quantity) FROM dispatch_note_lines l JOIN dispatch_notes n ON n.document_id = l.document_id
        WHERE n.contract_id = d.id AND l.contract_line_no = cl.line_no) AS shipped,
       (SELECT sum(l.quantity) FROM work_order_lines l JOIN work_orders w ON w.document_id = l.document_id JOIN documents wd ON wd.id = w.document_id
        WHERE w.contract_id = d.id AND l.contract_line_no = cl.line_no AND wd.state <> 'voided') AS ordered
     FROM documents d JOIN contracts c ON c.document_id = d.id JOIN contract_lines cl ON cl.document_id = d.id
     WHERE d.doc_type = 'contract' AND d.state IN ('partlyShipped', 'shipped') AND d.closed_at IS NULL AND c.installation_needed <> 0
     ORDER BY d.id, cl.line_no`,
    {},
  )
  const byContract = new Map<number, PendingInstallationDto & { open: boolean }>()
  for (const r of rows) {
    const id = Number(r.id)
    const shipped = Number(r.shipped ?? 0)
    const ordered = Number(r.ordered ?? 0)
    let entry = byContract.get(id)
    if (!entry) {
      const money = contractMoneyOf(
        { amountFen: fenFromDatabase(r.amount_fen) ?? 0, prepaymentFen: fenFromDatabase(r.prepayment_fen) ?? 0, instalments: r.instalments },
        fenFromDatabase(r.collected) ?? 0,
      )
      const firstPayment = { requiredFen: money.firstPaymentFen, receivedFen: money.collectedFen, received: money.firstPaymentReceived }
      entry = {
        contractId: id, contractNo: r.doc_no, customerName: r.customer_name ?? '', state: r.state, shippedQuantity: 0, orderedQuantity: 0,
        firstPayment, heldByFirstPayment: !firstPayment.received, open: false,
      }
      byContract.set(id, entry)
    }
    entry.shippedQuantity += shipped
    entry.orderedQuantity += Math.min(ordered, shipped)
    if (shipped > ordered) entry.open = true
  }
  return [...byContract.values()].filter((c) => c.open).map(({ open: _open, ...c }) => c)
}
