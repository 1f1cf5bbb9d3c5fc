import type { EntityManager } from 'typeorm'
import type { Paged } from '../../../../../shared/api/common'
import type { PaperTrackingRow } from '../../../../../shared/doc-types/outbound-slip/sign-back-body'
import { fenFromDatabase } from '../../../../../shared/money'
import { readRows } from '../../../db/driver-query'
import { daysFrom } from './receivable-sql'

// R11 paper tracking: the paper that went out with the goods and has not come back — posted (not voided)
// slips without a signed copy, oldest first, with their age in days since posting.

const FROM = `FROM outbound_slips s JOIN documents d ON d.id = s.document_id
  WHERE d.state = 'approved' AND NOT EXISTS (SELECT 1 FROM signed_copies c WHERE c.slip_document_id = s.document_id)`

interface Row { slip_id: number | string; slip_no: string; customer_name: string | null; contract_id: number | string; contract_no: string; posted_on: string; amount_fen: number | string | null }

export async function paperTracking(em: EntityManager, today: string, page: number, pageSize: number): Promise<Paged<PaperTrackingRow>> {
  const rows = await readRows<Row>(
    em,
    `SELECT s.document_id AS slip_id, d.doc_no AS slip_no, d.customer_name, s.contract_id, cd.doc_no AS contract_no, s.posted_on, d.amount_fen
     FROM (SELECT s.document_id, s.contract_id, s.posted_on ${FROM} ORDER BY s.posted_on, s.document_id LIMIT :limit OFFSET :offset) s
     JOIN documents d ON d.id = s.document_id JOIN documents cd ON cd.id = s.contract_id ORDER BY s.posted_on, s.document_id`,
    { limit: pageSize, offset: (page - 1) * pageSize },
  )
  const [count] = await readRows<{ n: number | string }>(em, `SELECT count(*) AS n ${FROM}`, {})
  return {
    rows: rows.map((r) => ({
      slipId: Number(r.slip_id), slipNo: r.slip_no, customerName: r.customer_name ?? '', contractId: Number(r.contract_id), contractNo: r.contract_no,
      postedOn: r.posted_on, ageDays: Math.max(0, daysFrom(r.posted_on, today)), amountFen: fenFromDatabase(r.amount_fen ?? 0) ?? 0,
    })),
    total: Number(count?.n ?? 0),
  }
}
