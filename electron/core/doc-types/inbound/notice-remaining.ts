import type { EntityManager } from 'typeorm'
import { AppError } from '../../../../shared/errors'
import type { DocumentRow } from '../../db/entities'

/** What an inbound slip asks of its production notice: quantities per product. */
export type InboundQuantities = ReadonlyMap<number, number>

/**
 * R6 → R7: an inbound slip filled against a production notice enters at most what the notice still lacks
 * (its quantity − quantities on live inbound slips already filled against it), per product. Called with
 * the notice locked (loadDocumentToDecide), so two slips against one notice at once are decided in turn.
 *
 * TODO(merge issue 11, production notice): the notice type (`productionNotice`, SC) lands from branch
 * `payment`. Wire this function when merging: refuse unless the notice is signed (approved) and not
 * closed, read its lines' quantities, subtract `SELECT product_id, sum(quantity) FROM inbound_lines l
 * JOIN inbounds i ON i.document_id = l.document_id JOIN documents d ON d.id = l.document_id
 * WHERE i.source_notice_id = :noticeId AND d.state <> 'voided' GROUP BY product_id`, and throw
 * NOTICE_QUANTITY_EXCEEDED with the figures (通知单 x，已入库 y，本次 z) where `wanted` is more.
 * Until then there is no notice to fill against, and any source notice is refused as not found.
 */
export async function checkAgainstNotice(_em: EntityManager, notice: DocumentRow, _wanted: InboundQuantities): Promise<void> {
  if (notice.docType !== 'productionNotice') throw new AppError('DOCUMENT_NOT_FOUND', '所选的生产通知单不存在，请重新选择')
}
