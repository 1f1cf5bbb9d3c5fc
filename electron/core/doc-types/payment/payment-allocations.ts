import type { EntityManager } from 'typeorm'
import { SIGNED_CONTRACT_STATES } from '../../../../shared/doc-types/contract/contract-type'
import { AppError } from '../../../../shared/errors'
import { formatYuan } from '../../../../shared/money'
import { appendAuditEvent } from '../../audit/append-audit-event'
import { readRows } from '../../db/driver-query'
import { type DocumentRow } from '../../db/entities'
import { findRowByOrFail } from '../../db/find-rows'
import { insertRow, runWrite } from '../../db/write-rows'
import { loadDocumentToDecide } from '../../workflow/apply-action'
import type { ActionContext } from '../../workflow/document-kind'
import { ContractEntity } from '../contract/contract-entities'
import { collectedIntoBalance } from '../outbound-slip/sign-back/receivable-balance'
import { collectedFen } from './contract-money'
import { PaymentAllocationEntity, type PaymentRow } from './payment-entities'
import { paymentOf } from './payment-kind'
import { syncAllocateTask } from './payment-task'

// R14: allocating a payment's money to the customer's contracts, and taking it back. Each is one
// append-only row and one audit event on the payment (R21); the payment's running allocated figure
// moves in the same transaction. Nothing is edited in place.

const yuan = (fen: number) => `¥${formatYuan(fen)}`

/** The payment, locked, as it must be to move its money: recorded (已登记), not a red entry, not closed. */
export async function paymentToAllocate(em: EntityManager, paymentId: number): Promise<{ doc: DocumentRow; payment: PaymentRow }> {
  const doc = await loadDocumentToDecide(em, paymentId)
  if (doc.docType !== 'payment') throw new AppError('PAYMENT_NOT_FOUND')
  if (doc.closedAt) throw new AppError('DOCUMENT_CLOSED')
  const payment = await paymentOf(em, doc)
  if (doc.state !== 'approved' || payment.reversesPaymentId !== null) throw new AppError('PAYMENT_NOT_RECORDED')
  return { doc, payment }
}

/** The contract, locked (two allocations to it at once are taken one after the other), signed and the payer's. */
async function contractToPay(em: EntityManager, contractId: number, payment: PaymentRow) {
  const doc = await loadDocumentToDecide(em, contractId)
  if (doc.docType !== 'contract') throw new AppError('DOCUMENT_NOT_FOUND')
  const contract = await findRowByOrFail(em, ContractEntity, { documentId: doc.id })
  if (!(SIGNED_CONTRACT_STATES as readonly string[]).includes(doc.state) || contract.customerId !== payment.customerId)
    throw new AppError('ALLOCATION_WRONG_CUSTOMER', `合同 ${doc.docNo} 不是该客户的已签合同，不能分配`, { contractNo: doc.docNo })
  return { doc, contract }
}

async function record(em: EntityManager, payment: PaymentRow, paymentDoc: DocumentRow, contractDoc: DocumentRow, amountFen: number, reason: string | null, ctx: ActionContext) {
  await insertRow(em, PaymentAllocationEntity, {
    paymentId: payment.documentId, contractId: contractDoc.id, direction: Math.sign(amountFen), amountFen: Math.abs(amountFen), createdAt: ctx.at.toISOString(), byUserId: ctx.user.id, byName: ctx.user.name, reason,
  })
  // R9: the contract's running receivable balance (if it has receivables) moves with the row (receivable-balance.ts).
  await collectedIntoBalance(em, contractDoc.id, amountFen)
  await appendAuditEvent(em, {
    at: ctx.at, actor: ctx.user, role: 'finance', action: amountFen > 0 ? 'payment.allocate' : 'payment.deallocate', entityType: 'document',
    entityId: paymentDoc.id, docNo: paymentDoc.docNo,
    comment: `${amountFen > 0 ? '分配至' : '撤回自'} ${contractDoc.docNo} ${yuan(Math.abs(amountFen))}${reason ? `（${reason}）` : ''}`,
    details: { contractId: contractDoc.id, contractNo: contractDoc.docNo, amountFen },
  })
}

async function moveAllocated(em: EntityManager, payment: PaymentRow, delta: number): Promise<PaymentRow> {
  await runWrite(em, `UPDATE payments SET allocated_fen = allocated_fen + :delta WHERE document_id = :id`, { delta: Math.trunc(delta), id: payment.documentId })
  return { ...payment, allocatedFen: payment.allocatedFen + delta }
}

/** R14: each allocation ≤ what the contract still lacks; together ≤ the payment's advance. */
export async function allocate(em: EntityManager, paymentId: number, allocations: ReadonlyArray<{ contractId: number; amountFen: number }>, ctx: ActionContext) {
  const { doc, payment } = await paymentToAllocate(em, paymentId)
  const total = allocations.reduce((sum, a) => sum + a.amountFen, 0)
  const advance = payment.amountFen - payment.allocatedFen
  if (total > advance)
    throw new AppError('ALLOCATION_OVER_UNALLOCATED', `本次分配合计 ${yuan(total)}，超过该笔收款未分配余额 ${yuan(advance)}`, { totalFen: total, unallocatedFen: advance })
  // Contracts in id order: two payments allocating to the same two contracts lock them in one order.
  for (const a of [...allocations].sort((x, y) => x.contractId - y.contractId)) {
    const { doc: contractDoc, contract } = await contractToPay(em, a.contractId, payment)
    const lacking = contract.amountFen - (await collectedFen(em, contract.documentId))
    if (a.amountFen > lacking)
      throw new AppError(
        'ALLOCATION_OVER_BALANCE',
        `合同 ${contractDoc.docNo} 尚欠 ${yuan(lacking)}，本次分配 ${yuan(a.amountFen)}，超出 ${yuan(a.amountFen - lacking)}；多余部分可留作预收款`,
        { contractNo: contractDoc.docNo, lackingFen: lacking, amountFen: a.amountFen },
      )
    await record(em, payment, doc, contractDoc, a.amountFen, null, ctx)
    // The payment's 'pays' link to the contract, once (uq_document_links): one statement, not a look then an insert.
    await runWrite(
      em,
      `INSERT INTO document_links (from_document_id, to_document_id, kind, created_at) VALUES (:from, :to, 'pays', :at)
       ON CONFLICT (from_document_id, to_document_id, kind) DO NOTHING`,
      { from: doc.id, to: contractDoc.id, at: ctx.at.toISOString() },
    )
  }
  await syncAllocateTask(em, doc, await moveAllocated(em, payment, total), ctx)
  return doc
}

/** R14: an allocation taken back is a negative allocation with its reason; ≤ what the payment gave the contract. */
export async function deallocate(em: EntityManager, input: { paymentId: number; contractId: number; amountFen: number; reason: string }, ctx: ActionContext) {
  const { doc, payment } = await paymentToAllocate(em, input.paymentId)
  const contractDoc = await loadDocumentToDecide(em, input.contractId)
  const [row] = await readRows<{ net: number | string }>(
    em,
    `SELECT COALESCE(SUM(pa.direction * pa.amount_fen), 0) AS net FROM payment_allocations pa WHERE pa.payment_id = :p AND pa.contract_id = :c`,
    { p: payment.documentId, c: input.contractId },
  )
  const net = Number(row?.net ?? 0)
  if (input.amountFen > net)
    throw new AppError(
      'DEALLOCATION_OVER_ALLOCATED',
      `该笔收款分配至合同 ${contractDoc.docNo} 的金额为 ${yuan(net)}，不能撤回 ${yuan(input.amountFen)}`,
      { allocatedFen: net, amountFen: input.amountFen },
    )
  await record(em, payment, doc, contractDoc, -input.amountFen, input.reason, ctx)
  await syncAllocateTask(em, doc, await moveAllocated(em, payment, -input.amountFen), ctx)
  return doc
}
