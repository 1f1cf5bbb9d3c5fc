import type { EntityManager } from 'typeorm'
import type { ParsedInputOf } from '../../../../shared/api'
import { AppError } from '../../../../shared/errors'
import { formatYuan } from '../../../../shared/money'
import { CustomerEntity, type DocumentRow } from '../../db/entities'
import { findRowBy } from '../../db/find-rows'
import { insertRow } from '../../db/write-rows'
import { advanceDocument } from '../../workflow/advance'
import { applyAction, loadDocument } from '../../workflow/apply-action'
import { createDocument } from '../../workflow/create-document'
import type { ActionContext } from '../../workflow/document-kind'
import { allocate, paymentToAllocate } from './payment-allocations'
import { PaymentEntity, type PaymentRow } from './payment-entities'
import { paymentKind } from './payment-kind'

type MethodInput = ParsedInputOf<'payments.record'>['method']

function methodColumns(m: MethodInput): Pick<PaymentRow, 'method' | 'bank' | 'reference' | 'billNo' | 'issuingBank' | 'billIssuedOn' | 'billDueOn' | 'billKind' | 'billEndorsable'> {
  const none = { bank: null, reference: null, billNo: null, issuingBank: null, billIssuedOn: null, billDueOn: null, billKind: null, billEndorsable: null }
  if (m.kind === 'transfer') return { ...none, method: 'transfer', bank: m.bank, reference: m.reference }
  if (m.kind === 'bill')
    return { ...none, method: 'bill', billNo: m.billNo, issuingBank: m.issuingBank, billIssuedOn: m.issuedOn, billDueOn: m.dueOn, billKind: m.billKind, billEndorsable: m.endorsable ? 1 : 0 }
  return { ...none, method: 'cash' }
}

/**
 * R14: finance records money received and submits it at once (recorded, or to the finance VP for a
 * commercial bill by the default chain); allocations given with it are made in the same transaction,
 * each ≤ what its contract lacks, the rest staying the customer's advance (预收).
 */
export async function recordPayment(em: EntityManager, input: ParsedInputOf<'payments.record'>, ctx: ActionContext): Promise<DocumentRow> {
  const customer = await findRowBy(em, CustomerEntity, { id: input.customerId })
  if (!customer) throw new AppError('CUSTOMER_NOT_FOUND')
  const doc = await createDocument(em, { docType: 'payment', title: `收款 ${customer.name}`, customerName: customer.name, amountFen: input.amountFen }, ctx)
  await insertRow(em, PaymentEntity, {
    documentId: doc.id, customerId: customer.id, receivedOn: input.receivedOn, amountFen: input.amountFen, ...methodColumns(input.method),
    remark: input.remark ?? null, slipRef: input.slipRef ?? null, reversesPaymentId: null, allocatedFen: 0,
  })
  await applyAction(em, paymentKind, doc, { version: doc.version, action: 'submit' }, ctx)
  if (input.allocations.length > 0) await allocate(em, doc.id, input.allocations, ctx)
  return loadDocument(em, doc.id)
}

/**
 * R14, R24: a mistaken payment is never deleted or voided: a red entry (红冲) for the same amount (R23:
 * amounts are never negative; the reference makes it red) references it and it becomes 已红冲. Refused while any of its money is still allocated to a contract:
 * take the allocations back first (each recorded), so the contracts' figures move visibly.
 */
export async function reversePayment(em: EntityManager, input: ParsedInputOf<'payments.reverse'>, ctx: ActionContext): Promise<DocumentRow> {
  const original = await loadDocument(em, input.paymentId)
  if (original.docType !== 'payment') throw new AppError('PAYMENT_NOT_FOUND')
  const { doc, payment } = await paymentToAllocate(em, input.paymentId).catch((e: unknown) => {
    if (e instanceof AppError && e.code === 'PAYMENT_NOT_RECORDED') throw new AppError('PAYMENT_NOT_REVERSIBLE')
    throw e
  })
  if (payment.allocatedFen !== 0)
    throw new AppError(
      'PAYMENT_HAS_ALLOCATIONS',
      `该笔收款 ¥${formatYuan(payment.amountFen)} 中仍有 ¥${formatYuan(payment.allocatedFen)} 分配在合同上，须先撤回分配再红冲`,
      { allocatedFen: payment.allocatedFen },
    )
  const red = await createDocument(
    em,
    { docType: 'payment', title: `红冲 ${doc.docNo}`, customerName: doc.customerName, amountFen: payment.amountFen, from: [{ id: doc.id, kind: 'madeFrom' }] },
    ctx,
  )
  await insertRow(em, PaymentEntity, {
    ...payment, documentId: red.id, reversesPaymentId: doc.id, allocatedFen: 0, remark: input.reason,
  })
  await applyAction(em, paymentKind, red, { version: red.version, action: 'submit', comment: input.reason }, ctx)
  await advanceDocument(em, doc, 'reversed', ctx, 'reverse')
  return loadDocument(em, red.id)
}
