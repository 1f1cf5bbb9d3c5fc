import type { EntityManager } from 'typeorm'
import { ALL_RECEIVABLE_READERS } from '../../../shared/api'
import { AppError } from '../../../shared/errors'
import { readRows } from '../db/driver-query'
import type { SignedInUser } from '../auth/signed-in-user'
import type { AgingScope } from './aging-sql'

// Need-to-know (docs/need-to-know.md, R18): sales managers and up, the general manager and finance read
// every customer's receivables; a 销售内勤 reads those of the contracts they are the salesperson of
// (contracts.salesperson_user_id, the clerk who drafted the application) — a colleague's customer is
// refused, not shown empty. One person's posts add up: a clerk who is also finance sees everything.

export const seesAllReceivables = (user: SignedInUser): boolean => user.roles.some((r) => ALL_RECEIVABLE_READERS.includes(r))

/** The scope the caller may read, from what they asked; refuses a colleague's salesperson or customer. */
export async function callerScope(em: EntityManager, user: SignedInUser, asked: AgingScope): Promise<AgingScope & { own: boolean }> {
  if (seesAllReceivables(user)) return { ...asked, own: false }
  if (asked.salespersonId !== undefined && asked.salespersonId !== user.id)
    throw new AppError('RECEIVABLES_NOT_YOURS', '您只能查看自己经办合同的应收，不能查看其他业务员的')
  if (asked.customerId !== undefined) await assertOwnCustomer(em, user, asked.customerId)
  return { customerId: asked.customerId, salespersonId: user.id, own: true }
}

/** A 销售内勤 opens a customer's page only if they sell to them (a contract of theirs with the customer). */
export async function assertOwnCustomer(em: EntityManager, user: SignedInUser, customerId: number): Promise<void> {
  if (seesAllReceivables(user)) return
  const [row] = await readRows<{ n: number }>(
    em,
    `SELECT 1 AS n FROM contracts c WHERE c.customer_id = :customerId AND c.salesperson_user_id = :userId LIMIT 1`,
    { customerId, userId: user.id },
  )
  if (!row) throw new AppError('RECEIVABLES_NOT_YOURS', '该客户没有您经办的合同，无权查看其应收；请找销售经理或财务')
}
