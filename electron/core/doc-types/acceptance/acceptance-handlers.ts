import { AppError } from '../../../../shared/errors'
import { DocumentEntity } from '../../db/entities'
import type { Handler } from '../../router/call-context'
import { documentView } from '../../workflow/document-view'
import { rectificationOf } from '../rectification/rectification-kind'
import { workOrderOf } from '../work-order/work-order-kind'
import { acceptanceKind } from './acceptance-kind'
import { awaitingAcceptance } from './acceptance-awaiting'
import { acceptableLines, acceptanceLinesOf, lineFails } from './acceptance-lines'
import { completedWorkOrder, recordAcceptance } from './record-acceptance'

const record: Handler<'acceptances.record'> = (input, ctx) =>
  ctx.db.transaction(async (em) => documentView(em, acceptanceKind, await recordAcceptance(em, input, ctx), ctx))

/** The form's start: what remains to accept on the work order, or (复验) the rectification's failed lines. */
const prepare: Handler<'acceptances.prepare'> = ({ workOrderId, rectificationId }, ctx) =>
  ctx.db.transaction(async (em) => {
    const order = await completedWorkOrder(em, workOrderId)
    const wo = await workOrderOf(em, order)
    const contract = await em.getRepository(DocumentEntity).findOneByOrFail({ id: wo.contractId })
    let lines = await acceptableLines(em, order.id)
    let rectificationNo: string | null = null
    if (rectificationId !== undefined) {
      const rectDoc = await em.getRepository(DocumentEntity).findOneByOrFail({ id: rectificationId })
      if (rectDoc.docType !== 'rectification') throw new AppError('DOCUMENT_NOT_FOUND')
      const rect = await rectificationOf(em, rectDoc)
      if (rect.workOrderId !== order.id) throw new AppError('REACCEPTANCE_LINES_MISMATCH', `整改单 ${rectDoc.docNo} 不属于派工单 ${order.docNo}`)
      const failed = (await acceptanceLinesOf(em, rect.acceptanceId)).filter(lineFails)
      lines = failed.map((f) => {
        const l = lines.find((x) => x.workOrderLineNo === f.workOrderLineNo)!
        return { ...l, remaining: f.quantity }
      })
      rectificationNo = rectDoc.docNo
    }
    return {
      workOrderId: order.id, workOrderNo: order.docNo, contractNo: contract.docNo, customerName: order.customerName ?? '', siteAddress: wo.siteAddress,
      completedOn: wo.completedOn ?? '', lines, rectificationId: rectificationId ?? null, rectificationNo,
    }
  })

const awaiting: Handler<'acceptances.awaiting'> = (_input, ctx) => ctx.db.read((em) => awaitingAcceptance(em))

export const acceptanceHandlers = {
  'acceptances.record': record,
  'acceptances.prepare': prepare,
  'acceptances.awaiting': awaiting,
}
