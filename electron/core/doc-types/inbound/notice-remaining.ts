import type { EntityManager } from 'typeorm'
import { IN_PRODUCTION_STATES } from '../../../../shared/doc-types/production-notice/production-notice-type'
import { AppError } from '../../../../shared/errors'
import { readRows } from '../../db/driver-query'
import type { NoticeAwaitingInboundDto } from '../../../../shared/doc-types/production-notice/production-notice-body'
import type { DocumentRow } from '../../db/entities'

/** What an inbound slip asks of its production notice: quantities per product. */
export type InboundQuantities = ReadonlyMap<number, number>

/**
 * R6 → R7: an inbound slip filled against a production notice enters at most what the notice still lacks
 * (its quantity − quantities on live inbound slips already filled against it), per product. Called with
 * the notice locked (loadDocumentToDecide), so two slips against one notice at once are decided in turn.
 * Only a signed notice still in production (已下达 or 部分入库), open, is produced against.
 */
export async function checkAgainstNotice(em: EntityManager, notice: DocumentRow, wanted: InboundQuantities): Promise<void> {
  if (notice.docType !== 'productionNotice') throw new AppError('DOCUMENT_NOT_FOUND', '所选的生产通知单不存在，请重新选择')
  if (!(IN_PRODUCTION_STATES as readonly string[]).includes(notice.state) || notice.closedAt)
    throw new AppError('DOCUMENT_NOT_FOUND', `生产通知单 ${notice.docNo} 尚未签发（或已入库、已关闭），不能按它入库`)
  const ordered = await readRows<{ product_id: number; quantity: number | string }>(
    em,
    `SELECT product_id, sum(quantity) AS quantity FROM production_notice_lines WHERE document_id = :id GROUP BY product_id`,
    { id: notice.id },
  )
  const entered = await readRows<{ product_id: number; quantity: number | string }>(
    em,
    `SELECT l.product_id, sum(l.quantity) AS quantity
     FROM inbounds i JOIN documents d ON d.id = i.document_id JOIN inbound_lines l ON l.document_id = i.document_id
     WHERE i.source_notice_id = :id AND d.state <> 'voided'
     GROUP BY l.product_id`,
    { id: notice.id },
  )
  const orderedBy = new Map(ordered.map((r) => [Number(r.product_id), Number(r.quantity)]))
  const enteredBy = new Map(entered.map((r) => [Number(r.product_id), Number(r.quantity)]))
  for (const [productId, quantity] of wanted) {
    const onNotice = orderedBy.get(productId) ?? 0
    const already = enteredBy.get(productId) ?? 0
    if (already + quantity > onNotice)
      throw new AppError(
        'NOTICE_QUANTITY_EXCEEDED',
        `入库数量超过生产通知单 ${notice.docNo} 尚未入库的数量：通知单 ${onNotice}，已入库 ${already}，本次 ${quantity}，最多还可入库 ${Math.max(0, onNotice - already)}`,
        { productId, onNotice, already, wanted: quantity },
      )
  }
}

/**
 * R6 → R7: signed, open notices with what live inbound slips still lack, per product (only products and
 * notices with something left). What production fills inbound against; one notice with `noticeId`.
 */
export async function noticesAwaitingInbound(em: EntityManager, noticeId?: number): Promise<NoticeAwaitingInboundDto[]> {
  const rows = await readRows<{
    notice_id: number; doc_no: string; customer_name: string | null; product_id: number; product_code: string; product_name: string; spec: string; unit: string
    ordered: number | string; entered: number | string
  }>(
    em,
    `WITH ordered AS (
       SELECT nl.document_id, nl.product_id, min(nl.product_code) AS product_code, min(nl.product_name) AS product_name, min(nl.spec) AS spec,
              min(nl.unit) AS unit, sum(nl.quantity) AS quantity
       FROM production_notice_lines nl GROUP BY nl.document_id, nl.product_id),
     entered AS (
       SELECT i.source_notice_id AS document_id, l.product_id, sum(l.quantity) AS quantity
       FROM inbounds i JOIN documents d ON d.id = i.document_id JOIN inbound_lines l ON l.document_id = i.document_id
       WHERE i.source_notice_id IS NOT NULL AND d.state <> 'voided' GROUP BY i.source_notice_id, l.product_id)
     SELECT d.id AS notice_id, d.doc_no, d.customer_name, o.product_id, o.product_code, o.product_name, o.spec, o.unit,
            o.quantity AS ordered, coalesce(e.quantity, 0) AS entered
     FROM documents d JOIN ordered o ON o.document_id = d.id
     LEFT JOIN entered e ON e.document_id = d.id AND e.product_id = o.product_id
     WHERE d.doc_type = 'productionNotice' AND d.state IN (:...inProduction) AND d.closed_at IS NULL
       AND (:noticeId = 0 OR d.id = :noticeId) AND o.quantity > coalesce(e.quantity, 0)
     ORDER BY d.id, o.product_code`,
    { noticeId: noticeId ?? 0, inProduction: IN_PRODUCTION_STATES },
  )
  const byNotice = new Map<number, NoticeAwaitingInboundDto>()
  for (const r of rows) {
    const id = Number(r.notice_id)
    const notice = byNotice.get(id) ?? { noticeId: id, noticeNo: r.doc_no, customerName: r.customer_name ?? '', lines: [] }
    byNotice.set(id, notice)
    const [noticeQuantity, enteredQuantity] = [Number(r.ordered), Number(r.entered)]
    notice.lines.push({
      productId: Number(r.product_id), productCode: r.product_code, productName: r.product_name, spec: r.spec, unit: r.unit,
      noticeQuantity, enteredQuantity, remaining: noticeQuantity - enteredQuantity,
    })
  }
  return [...byNotice.values()]
}
