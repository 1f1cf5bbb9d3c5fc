import type { EntityManager } from 'typeorm'
import type { ParsedInputOf } from '../../../../shared/api'
import type { OutboundPrepareDto } from '../../../../shared/doc-types/outbound-slip/outbound-slip-body'
import type { DocumentRow } from '../../db/entities'
import { shanghaiToday } from '../../policy/shanghai-day'
import { stockFigures } from '../dispatch-note/dispatch-stock'
import { DocumentEntity } from '../../db/entities'
import { insertRow } from '../../db/write-rows'
import { applyAction, loadDocument } from '../../workflow/apply-action'
import { createDocument } from '../../workflow/create-document'
import type { ActionContext } from '../../workflow/document-kind'
import { assertWithinNote, noteToPost } from './note-to-post'
import { OutboundLineEntity, OutboundSlipEntity } from './outbound-slip-entities'
import { outboundSlipKind } from './outbound-slip-kind'

/**
 * R10: the warehouse fills a slip against an approved, unexpired dispatch note (made from it: R24 then keeps
 * the note from being voided), each line ≤ what the note line still lacks, priced at the note's (the
 * contract's) unit price, and submits it in the same transaction: posted at once, or to the general manager
 * when R9's re-check says so (outbound-slip-chain.ts). Any refusal leaves nothing behind.
 */
export async function postOutboundSlip(em: EntityManager, input: ParsedInputOf<'outboundSlips.post'>, ctx: ActionContext): Promise<DocumentRow> {
  const { doc: noteDoc, note, lines: noteLines } = await noteToPost(em, input.dispatchNoteId, shanghaiToday(ctx.at))
  const checked = assertWithinNote(noteDoc, noteLines, input.lines)
  const amountFen = checked.reduce((sum, c) => sum + c.quantity * c.noteLine.unitPriceFen, 0)
  const names = [...new Set(checked.map((c) => c.noteLine.productName))]
  const doc = await createDocument(
    em,
    {
      docType: 'outboundSlip', title: `出库 ${names.slice(0, 2).join('、')}${names.length > 2 ? ' 等' : ''}`, customerName: noteDoc.customerName, amountFen,
      from: [{ id: noteDoc.id, kind: 'madeFrom' }],
    },
    ctx,
  )
  await insertRow(em, OutboundSlipEntity, {
    documentId: doc.id, dispatchNoteId: noteDoc.id, contractId: note.contractId, customerId: note.customerId, postedOn: input.postedOn, remark: input.remark ?? null,
  })
  for (const [i, { noteLine: l, quantity }] of checked.entries())
    await insertRow(em, OutboundLineEntity, {
      documentId: doc.id, lineNo: i + 1, noteLineNo: l.lineNo, productId: l.productId, productCode: l.productCode, productName: l.productName, spec: l.spec,
      unit: l.unit, quantity, unitPriceFen: l.unitPriceFen, amountFen: quantity * l.unitPriceFen,
    })
  await applyAction(em, outboundSlipKind, doc, { version: doc.version, action: 'submit' }, ctx)
  return loadDocument(em, doc.id)
}

/** The 出库 form's prefill: the note (checked as for posting) and what each line still lacks, with stock on hand. */
export async function prepareOutbound(em: EntityManager, dispatchNoteId: number, at: Date): Promise<OutboundPrepareDto> {
  const today = shanghaiToday(at)
  const { doc, note, lines } = await noteToPost(em, dispatchNoteId, today)
  const contract = await em.getRepository(DocumentEntity).findOneByOrFail({ id: note.contractId })
  const stock = await stockFigures(em, lines.map((l) => l.productId), today, 0)
  return {
    dispatchNoteId: doc.id, dispatchNoteNo: doc.docNo, contractNo: contract.docNo, customerName: doc.customerName ?? '', deliveryAddress: note.deliveryAddress,
    carrier: note.carrier, validUntil: note.validUntil,
    lines: lines.map((l) => ({
      noteLineNo: l.lineNo, productId: l.productId, productCode: l.productCode, productName: l.productName, spec: l.spec, unit: l.unit,
      noteQuantity: l.quantity, postedQuantity: l.postedQuantity, remaining: l.quantity - l.postedQuantity, onHand: stock.get(l.productId)?.onHand ?? 0,
    })),
  }
}
