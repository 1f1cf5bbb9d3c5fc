import type { EntityManager } from 'typeorm'
import { readRows } from '../../db/driver-query'
import type { DocumentRow } from '../../db/entities'
import type { ActionContext } from '../../workflow/document-kind'
import { closeOpenTasks, openFollowUpTask } from '../../workflow/tasks'
import type { PaymentRow } from './payment-entities'

/** R14: a recorded payment with money not yet allocated waits in finance's 待办 (待分配). */
export const ALLOCATE_PAYMENT = { stepKey: 'allocate_payment', stepName: '分配收款', role: 'finance' } as const

/** Whether the payment has money to allocate: recorded, not a red entry, and not fully allocated. */
export const hasAdvance = (doc: DocumentRow, payment: PaymentRow): boolean =>
  doc.state === 'approved' && payment.reversesPaymentId === null && payment.allocatedFen < payment.amountFen

/** Opens or closes finance's 分配收款 task so that it is open exactly while the payment has an advance. */
export async function syncAllocateTask(em: EntityManager, doc: DocumentRow, payment: PaymentRow, ctx: ActionContext): Promise<void> {
  const [open] = await readRows<{ n: number | string }>(
    em,
    `SELECT count(*) AS n FROM tasks WHERE document_id = :id AND step_key = :step AND closed_at IS NULL`,
    { id: doc.id, step: ALLOCATE_PAYMENT.stepKey },
  )
  const openNow = Number(open?.n ?? 0)
  const want = hasAdvance(doc, payment)
  if (want && openNow === 0) await openFollowUpTask(em, doc, ALLOCATE_PAYMENT, ctx.at)
  if (!want && openNow > 0) await closeOpenTasks(em, doc.id, ctx.user.id, 'allocate', ctx.at)
}
