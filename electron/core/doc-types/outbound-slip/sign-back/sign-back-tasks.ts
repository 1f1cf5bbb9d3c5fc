/**
 * R11: finance's two tasks on a posted slip (its 待办): record the customer's signed copy (opened when the
 * slip posts, closed when the copy is recorded or the slip voided), then book the receivable (opened when
 * the copy is recorded, closed when it is booked).
 */
export const RECORD_SIGNED_COPY = { stepKey: 'record_signed_copy', stepName: '登记客户签收', role: 'finance' } as const
export const BOOK_RECEIVABLE = { stepKey: 'book_receivable', stepName: '应收入帐', role: 'finance' } as const
