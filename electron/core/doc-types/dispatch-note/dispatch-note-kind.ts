import type { EntityManager } from 'typeorm'
import { dispatchNoteLifecycle } from '../../../../shared/doc-types/dispatch-note/dispatch-note-type'
import { DocumentEntity, type DocumentRow } from '../../db/entities'
import { findRowByOrFail, findRowsBy } from '../../db/find-rows'
import { onceInTransaction } from '../../db/transaction-memo'
import { shanghaiToday } from '../../policy/shanghai-day'
import { assertZeroCreditCovered, creditCheck } from '../../credit/credit-check'
import { AMOUNT_FACT, type DocumentKind } from '../../workflow/document-kind'
import { assertWithinContract, dispatchableLines, signedContractForDispatch } from './dispatch-remaining'
import { DispatchLineEntity, DispatchNoteEntity, type DispatchLineRow } from './dispatch-note-entities'
import { assertWithinStock, stockOfLines } from './dispatch-stock'
import { openFollowUpTask } from '../../workflow/tasks'
import { POST_OUTBOUND } from '../outbound-slip/outbound-task'
import { assertValidUntilNotPast, isExpired } from './dispatch-validity'

// Read on every submit, approval, posting and view of a note or slip: statements built once (db/find-rows.ts), not by TypeORM per call.
export const dispatchNoteOf = (em: EntityManager, doc: Pick<DocumentRow, 'id'>) => findRowByOrFail(em, DispatchNoteEntity, { documentId: doc.id })
export const dispatchLinesOf = (em: EntityManager, id: number) => findRowsBy(em, DispatchLineEntity, { documentId: id }, { lineNo: 'ASC' })

/** What is still to ship on the note, in fen: its exposure while approved (R9). */
export const unshippedFen = (lines: readonly DispatchLineRow[]) => lines.reduce((sum, l) => sum + (l.quantity - l.postedQuantity) * l.unitPriceFen, 0)

/** R9 for this note now: the customer's exposure without it, and it. */
export async function noteCreditCheck(em: EntityManager, doc: DocumentRow, at: Date) {
  const note = await dispatchNoteOf(em, doc)
  const lines = await dispatchLinesOf(em, doc.id)
  return creditCheck(em, { customerId: note.customerId, today: shanghaiToday(at), excludeNoteId: doc.id, noteFen: unshippedFen(lines) })
}

/**
 * The note's own check, once per transaction (db/transaction-memo.ts; issue 12): its save answers the
 * preview chain and the body from one check, its submit decides R2 and the chain's facts and answers the
 * body from one. Valid because within the note's own save or action nothing changes a term of its
 * customer's exposure that counts: the note itself is excluded (at any state), its lines are written
 * before the first check, and approving it writes only its state, tasks and trail. Keyed by note, day and
 * amount. The outbound's posting, which then changes the terms, calls noteCreditCheck directly.
 */
async function noteCreditOnce(em: EntityManager, doc: DocumentRow, at: Date) {
  return onceInTransaction(em, `noteCreditCheck|${doc.id}|${shanghaiToday(at)}|${doc.amountFen ?? ''}`, () => noteCreditCheck(em, doc, at))
}

/** R8 at submit (and again at the final approval, for the stock): within the contract and within stock available. */
async function assertDispatchable(em: EntityManager, doc: DocumentRow, at: Date, checkContract: boolean): Promise<void> {
  const note = await dispatchNoteOf(em, doc)
  const lines = await dispatchLinesOf(em, doc.id)
  const today = shanghaiToday(at)
  const { doc: contractDoc } = await signedContractForDispatch(em, note.contractId)
  let known
  if (checkContract) {
    assertValidUntilNotPast(note.validUntil, today)
    const remaining = await dispatchableLines(em, note.contractId, today, doc.id)
    assertWithinContract(remaining, lines, contractDoc.docNo)
    // Read a moment ago in this transaction, for the same note and day: not read again (issue 12).
    known = stockOfLines(remaining)
  }
  await assertWithinStock(em, lines, today, doc.id, known)
}

/**
 * R8, R9: checked again at submit with the contract locked — signed, within what it lacks, within stock
 * available, valid; the credit check's facts decide the general manager's step (chain data) and the
 * block; R2's zero-credit rule is refused here with its figures. At the final approval the stock is
 * checked once more: another note approved meanwhile may have reserved it (reserved ≤ on hand when approved).
 */
export const dispatchNoteKind: DocumentKind = {
  docType: 'dispatchNote',
  lifecycle: dispatchNoteLifecycle,
  factSpecs: {
    ...AMOUNT_FACT,
    creditOverLimit: { kind: 'flag', label: '信用占用加本单超过信用额度' },
    creditOverdue: { kind: 'flag', label: '客户有逾期应收款' },
    creditBlocked: { kind: 'flag', label: '客户信用等级为冻结发货' },
  },
  // R9 as of the action's moment (the chain view's preview passes no moment: the note's last change).
  async facts(em, doc, at) {
    const check = await noteCreditOnce(em, doc, at ?? new Date(doc.updatedAt))
    return {
      amountFen: doc.amountFen ?? 0,
      creditOverLimit: !check.zeroCredit && check.overLimitFen > 0,
      creditOverdue: check.overdueFen > 0,
      creditBlocked: check.blocked,
    }
  },
  async beforeSubmit(em, doc, ctx) {
    await assertDispatchable(em, doc, ctx.at, true)
    assertZeroCreditCovered(await noteCreditOnce(em, doc, ctx.at), doc.customerName ?? '')
  },
  async onApproved(em, doc, ctx) {
    await assertDispatchable(em, doc, ctx.at, false)
    // R10: the warehouse's 待办 (出库) until goods go out on it.
    await openFollowUpTask(em, doc, POST_OUTBOUND, ctx.at)
  },
  async body(em, doc, ctx) {
    const note = await dispatchNoteOf(em, doc)
    const lines = await dispatchLinesOf(em, doc.id)
    const contractDoc = await findRowByOrFail(em, DocumentEntity, { id: note.contractId })
    const today = shanghaiToday(ctx.at)
    return {
      kind: 'dispatchNote',
      contractId: note.contractId,
      contractNo: contractDoc.docNo,
      customerId: note.customerId,
      customerName: doc.customerName ?? '',
      deliveryAddress: note.deliveryAddress,
      contactName: note.contactName,
      contactPhone: note.contactPhone,
      carrier: note.carrier,
      validUntil: note.validUntil,
      expired: ['approved', 'partlyPosted', 'expired'].includes(doc.state) && isExpired(note.validUntil, today),
      remark: note.remark,
      lines: lines.map(({ id: _id, documentId: _doc, ...l }) => l),
      credit: await noteCreditOnce(em, doc, ctx.at),
    }
  },
}
