import type { EntityManager } from 'typeorm'
import type { InboundLineDto } from '../../../../shared/doc-types/inbound/inbound-body'
import { inboundLifecycle } from '../../../../shared/doc-types/inbound/inbound-type'
import { readRows } from '../../db/driver-query'
import { DocumentEntity, type DocumentRow } from '../../db/entities'
import { moveStock } from '../../stock/move-stock'
import type { DocumentKind } from '../../workflow/document-kind'
import { noticeStockPosted } from '../production-notice/notice-goods'
import { InboundEntity } from './inbound-entities'

interface LineRow {
  line_no: number; product_id: number; product_code: string; product_name: string; spec: string; unit: string; quantity: number | string
  certificate_id: number; cert_no: string; batch_no: string; inspector_name: string; inspected_on: string
}

export async function inboundLines(em: EntityManager, documentId: number): Promise<InboundLineDto[]> {
  const rows = await readRows<LineRow>(
    em,
    `SELECT l.line_no, l.product_id, l.product_code, l.product_name, l.spec, l.unit, l.quantity, l.certificate_id, c.cert_no, c.batch_no, c.inspector_name, c.inspected_on
     FROM inbound_lines l JOIN qc_certificates c ON c.id = l.certificate_id WHERE l.document_id = :documentId ORDER BY l.line_no`,
    { documentId },
  )
  return rows.map((r) => ({
    lineNo: Number(r.line_no), productId: Number(r.product_id), productCode: r.product_code, productName: r.product_name, spec: r.spec, unit: r.unit,
    quantity: Number(r.quantity), certificateId: Number(r.certificate_id), certificateNo: r.cert_no, batchNo: r.batch_no,
    inspectorName: r.inspector_name, inspectedOn: r.inspected_on,
  }))
}

/**
 * R7: the inbound slip. Its chain reads no facts (one step, the warehouse). When the warehouse signs, the
 * slip is posted: each line raises its product's stock by one movement, in the same transaction.
 */
export const inboundKind: DocumentKind = {
  docType: 'inbound',
  lifecycle: inboundLifecycle,
  factSpecs: {},
  facts: async () => ({}),
  async onApproved(em, doc, ctx) {
    for (const line of await inboundLines(em, doc.id)) await moveStock(em, { productId: line.productId, quantity: line.quantity, document: doc, at: ctx.at })
    // R7: filled against a notice, the notice is 部分入库 or 已入库 (notice-goods.ts).
    const { sourceNoticeId } = await em.getRepository(InboundEntity).findOneByOrFail({ documentId: doc.id })
    if (sourceNoticeId !== null) await noticeStockPosted(em, sourceNoticeId, ctx)
  },
  async body(em, doc: DocumentRow) {
    const inbound = await em.getRepository(InboundEntity).findOneByOrFail({ documentId: doc.id })
    const notice = inbound.sourceNoticeId === null ? null : await em.getRepository(DocumentEntity).findOneBy({ id: inbound.sourceNoticeId })
    return {
      kind: 'inbound',
      sourceNoticeId: inbound.sourceNoticeId,
      sourceNoticeNo: notice?.docNo ?? null,
      receivedOn: inbound.receivedOn,
      remark: inbound.remark,
      lines: await inboundLines(em, doc.id),
    }
  },
}
