import type { EntityManager } from 'typeorm'
import type { ParsedInputOf } from '../../../../shared/api'
import { AppError } from '../../../../shared/errors'
import type { Handler } from '../../router/call-context'
import { insertRow } from '../../db/write-rows'
import { loadDocument } from '../../workflow/apply-action'
import { createDocument, updateDraftHeader } from '../../workflow/create-document'
import type { ActionContext } from '../../workflow/document-kind'
import { documentView } from '../../workflow/document-view'
import { noticesAwaitingInbound } from '../inbound/notice-remaining'
import { assertWithinContract, prepaymentStatus, remainingLines, signedContract } from './notice-remaining'
import { NoticeLineEntity, ProductionNoticeEntity } from './production-notice-entities'
import { noticeOf, productionNoticeKind } from './production-notice-kind'

/**
 * R6: the planner compiles a notice from a signed contract (a madeFrom link); lines are the contract's
 * products, each ≤ what the contract still lacks after the other live notices, with a required date.
 * Saving keeps it a draft; the prepayment gate is checked at submit (production-notice-kind.ts).
 */
async function saveNotice(em: EntityManager, input: ParsedInputOf<'productionNotices.save'>, ctx: ActionContext) {
  const existing = input.id === undefined ? null : await loadDocument(em, input.id)
  if (existing && existing.docType !== 'productionNotice') throw new AppError('DOCUMENT_NOT_FOUND')
  if (existing && (await noticeOf(em, existing)).contractId !== input.contractId) throw new AppError('NOTICE_LINE_UNKNOWN', '通知单的合同不能更改，请另行编制')
  const { doc: contractDoc } = await signedContract(em, input.contractId)
  const remaining = await remainingLines(em, input.contractId, existing?.id ?? 0)
  assertWithinContract(remaining, input.lines, contractDoc.docNo)
  const header = { title: `生产通知 ${contractDoc.customerName ?? ''}`.trim(), customerName: contractDoc.customerName, amountFen: null }

  let doc
  if (!existing) {
    doc = await createDocument(em, { docType: 'productionNotice', ...header, from: [{ id: contractDoc.id, kind: 'madeFrom' }] }, ctx)
    await insertRow(em, ProductionNoticeEntity, { documentId: doc.id, contractId: contractDoc.id, note: input.note ?? null })
  } else {
    doc = await updateDraftHeader(em, existing, input.version!, header, ctx)
    await em.getRepository(NoticeLineEntity).delete({ documentId: doc.id })
    await em.getRepository(ProductionNoticeEntity).update({ documentId: doc.id }, { note: input.note ?? null })
  }
  for (const [i, l] of input.lines.entries()) {
    const r = remaining.find((x) => x.contractLineNo === l.contractLineNo)!
    await insertRow(em, NoticeLineEntity, {
      documentId: doc.id, lineNo: i + 1, contractLineNo: l.contractLineNo, productId: r.productId, productCode: r.productCode, productName: r.productName,
      spec: r.spec, unit: r.unit, quantity: l.quantity, requiredDate: l.requiredDate,
    })
  }
  return doc
}

const save: Handler<'productionNotices.save'> = (input, ctx) =>
  ctx.db.transaction(async (em) => {
    const doc = await saveNotice(em, input, ctx)
    return documentView(em, productionNoticeKind, await loadDocument(em, doc.id), ctx)
  })

const remaining: Handler<'productionNotices.remaining'> = ({ contractId, excludeNoticeId }, ctx) =>
  ctx.db.transaction(async (em) => {
    const { doc, contract } = await signedContract(em, contractId)
    return {
      contractId: doc.id, contractNo: doc.docNo, customerName: doc.customerName ?? '', deliveryDate: contract.deliveryDate,
      lines: await remainingLines(em, contractId, excludeNoticeId ?? 0),
      prepayment: await prepaymentStatus(em, contract),
    }
  })

const awaitingInbound: Handler<'productionNotices.awaitingInbound'> = ({ noticeId }, { db }) => db.read((em) => noticesAwaitingInbound(em, noticeId))

export const productionNoticeHandlers = {
  'productionNotices.save': save,
  'productionNotices.remaining': remaining,
  'productionNotices.awaitingInbound': awaitingInbound,
}
