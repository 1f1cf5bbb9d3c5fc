import type BetterSqlite3 from 'better-sqlite3'
import { periodOf } from '../../../shared/document-number'

// The goods half's raw statements (issue 11), the same rows the services write: qc_certificates
// (qc-certificates.ts), inbounds and inbound_lines (create-inbound.ts), and stock as move-stock.ts moves
// it — the on-hand figure upserted and moved, then the movement with the balance it left.

export interface CertificateInsert {
  productId: number; quantity: number; batchNo: string; inspectedOn: string; inspectorName: string; issuedAt: string; issuedByUserId: number; issuedByName: string
  /** The signed production notice it was issued for. */
  productionNoticeId: number | null
}
export interface InboundLineInsert {
  documentId: number; lineNo: number; productId: number; productCode: string; productName: string; spec: string; unit: string; quantity: number; certificateId: number
}

export class GoodsRows {
  private readonly s
  /** HG numbers handed out per Shanghai month (qc-certificates.ts counts them the same way). */
  private readonly certificatesIn = new Map<string, number>()

  constructor(sqlite: BetterSqlite3.Database) {
    const p = (sql: string) => sqlite.prepare(sql)
    this.s = {
      certificate: p(`INSERT INTO qc_certificates (cert_no, product_id, quantity, batch_no, inspected_on, inspector_name, remark, issued_at, issued_by_user_id,
        issued_by_name, voided_at, voided_by_user_id, void_reason, production_notice_id) VALUES (@certNo, @productId, @quantity, @batchNo, @inspectedOn,
        @inspectorName, NULL, @issuedAt, @issuedByUserId, @issuedByName, NULL, NULL, NULL, @productionNoticeId)`),
      inbound: p(`INSERT INTO inbounds (document_id, source_notice_id, received_on, remark) VALUES (@documentId, @sourceNoticeId, @receivedOn, NULL)`),
      line: p(`INSERT INTO inbound_lines (document_id, line_no, product_id, product_code, product_name, spec, unit, quantity, certificate_id)
        VALUES (@documentId, @lineNo, @productId, @productCode, @productName, @spec, @unit, @quantity, @certificateId)`),
      onHandRow: p(`INSERT INTO stock_on_hand (product_id, quantity, updated_at) VALUES (@productId, 0, @at) ON CONFLICT (product_id) DO NOTHING`),
      move: p(`UPDATE stock_on_hand SET quantity = quantity + @delta, updated_at = @at WHERE product_id = @productId AND quantity + @delta >= 0 RETURNING quantity`),
      movement: p(`INSERT INTO stock_movements (product_id, quantity, balance_after, document_id, doc_type, doc_no, at)
        VALUES (@productId, @quantity, @balanceAfter, @documentId, @docType, @docNo, @at)`),
    }
  }

  certificate(row: CertificateInsert): { id: number; certNo: string } {
    const period = periodOf(row.issuedAt)
    const seq = (this.certificatesIn.get(period) ?? 0) + 1
    if (seq > 9999) throw new Error(`9999 certificates in ${period}: lower --scale`)
    this.certificatesIn.set(period, seq)
    const certNo = `HG${period}${String(seq).padStart(4, '0')}`
    return { id: Number(this.s.certificate.run({ ...row, certNo }).lastInsertRowid), certNo }
  }

  inbound(row: { documentId: number; sourceNoticeId: number | null; receivedOn: string }) { this.s.inbound.run(row) }
  inboundLine(row: InboundLineInsert) { this.s.line.run(row) }

  /** moveStock: never below zero (a refusal here is a bug in the generator). */
  moveStock(row: { productId: number; quantity: number; documentId: number; docType: string; docNo: string; at: string }): number {
    this.s.onHandRow.run({ productId: row.productId, at: row.at })
    const moved = this.s.move.get({ delta: row.quantity, at: row.at, productId: row.productId }) as { quantity: number } | undefined
    if (!moved) throw new Error(`stock of product ${row.productId} would go below zero (${row.docNo})`)
    this.s.movement.run({ ...row, balanceAfter: moved.quantity })
    return moved.quantity
  }
}
