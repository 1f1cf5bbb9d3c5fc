import type { EntityManager } from 'typeorm'
import type { ParsedInputOf } from '../../../../shared/api'
import { AppError } from '../../../../shared/errors'
import type { DocumentRow } from '../../db/entities'
import { loadDocumentToDecide } from '../../workflow/apply-action'
import { createDocument } from '../../workflow/create-document'
import type { ActionContext } from '../../workflow/document-kind'
import { InboundEntity, InboundLineEntity } from './inbound-entities'
import { checkInboundLines } from './inbound-lines'
import { checkAgainstNotice } from './notice-remaining'

/**
 * R7: production fills an inbound slip, each line with its certificate (checked and held from now on: a
 * draft's certificate is used, so no other slip takes it and qc cannot void it, until the draft is
 * voided). Against a production notice, the slip is linked to it (R24: the notice then cannot be voided)
 * and asks at most what the notice still lacks (notice-remaining.ts).
 */
export async function createInbound(em: EntityManager, input: ParsedInputOf<'inbound.create'>, ctx: ActionContext): Promise<DocumentRow> {
  let notice: DocumentRow | null = null
  if (input.sourceNoticeId !== undefined) {
    notice = await loadDocumentToDecide(em, input.sourceNoticeId)
    const wanted = new Map<number, number>()
    for (const l of input.lines) wanted.set(l.productId, (wanted.get(l.productId) ?? 0) + l.quantity)
    await checkAgainstNotice(em, notice, wanted)
  }
  const lines = await checkInboundLines(em, input.lines)
  if (lines.length === 0) throw new AppError('CERTIFICATE_MISSING')
  const names = [...new Set(lines.map((l) => l.product.name))]
  const doc = await createDocument(
    em,
    {
      docType: 'inbound', title: `成品入库 ${names.slice(0, 2).join('、')}${names.length > 2 ? ' 等' : ''}`, customerName: notice?.customerName ?? null, amountFen: null,
      from: notice ? [{ id: notice.id, kind: 'fulfils' }] : [],
    },
    ctx,
  )
  await em.getRepository(InboundEntity).insert({ documentId: doc.id, sourceNoticeId: notice?.id ?? null, receivedOn: input.receivedOn, remark: input.remark ?? null })
  await em.getRepository(InboundLineEntity).insert(
    lines.map((l, i) => ({
      documentId: doc.id, lineNo: i + 1, productId: l.product.id, productCode: l.product.code, productName: l.product.name, spec: l.product.spec,
      unit: l.product.unit, quantity: l.quantity, certificateId: l.certificateId,
    })),
  )
  return doc
}
