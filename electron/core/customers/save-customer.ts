import type { EntityManager } from 'typeorm'
import { NEW_CUSTOMER_RATING, type CustomerDto, type ParsedInputOf } from '../../../shared/api'
import { AppError } from '../../../shared/errors'
import { lockKey } from '../db/locks'
import { updateWithVersion } from '../db/update-with-version'
import type { RoleKey } from '../../../shared/roles'
import { appendAuditEvent } from '../audit/append-audit-event'
import { CustomerEntity, type CustomerRow } from '../db/entities'
import { customerDto } from './customer-dto'
import { customerNameSortKey } from './name-sort-key'

export type CustomerInput = ParsedInputOf<'customers.save'>

export interface Actor {
  at: Date
  user: { id: number; name: string }
  role: RoleKey | null
}

/**
 * One file per company: the 统一社会信用代码 (already upper-cased by the schema) is unique. The code is
 * locked first (locks.ts): of two clerks filing the same company at once, the second is told CREDIT_CODE_TAKEN.
 */
async function assertCreditCodeFree(em: EntityManager, creditCode: string, exceptId: number | null): Promise<void> {
  await lockKey(em, `customers.credit_code:${creditCode}`)
  const q = em.createQueryBuilder(CustomerEntity, 'c').where('c.creditCode = :creditCode', { creditCode })
  if (exceptId !== null) q.andWhere('c.id <> :exceptId', { exceptId })
  if ((await q.getCount()) > 0) throw new AppError('CREDIT_CODE_TAKEN')
}

type BankFields = Pick<CustomerRow, 'bankName' | 'bankAccount' | 'taxAddressPhone'>
const BANK_FIELDS = ['bankName', 'bankAccount', 'taxAddressPhone'] as const

/**
 * The file's own fields: never rating, credit limit or credit days (R2: those change only by approval).
 * A bank field left out keeps what is on file (blank for a new customer): need-to-know, a caller who is
 * not shown them sends none.
 */
function fileFields(input: CustomerInput, onFile: BankFields | null) {
  return {
    name: input.name,
    creditCode: input.creditCode,
    address: input.address,
    bankName: input.bankName ?? onFile?.bankName ?? '',
    bankAccount: input.bankAccount ?? onFile?.bankAccount ?? '',
    taxAddressPhone: input.taxAddressPhone ?? onFile?.taxAddressPhone ?? '',
    contacts: JSON.stringify(input.contacts),
  }
}

/** R2: a new customer starts at the highest risk rating with zero credit, whatever the caller sends. */
export async function createCustomer(em: EntityManager, input: CustomerInput, actor: Actor): Promise<CustomerDto> {
  await assertCreditCodeFree(em, input.creditCode, null)
  const now = actor.at.toISOString()
  const { identifiers } = await em.getRepository(CustomerEntity).insert({
    ...fileFields(input, null),
    nameSortKey: customerNameSortKey(input.name),
    rating: NEW_CUSTOMER_RATING,
    creditLimitFen: 0,
    creditDays: 0,
    createdByUserId: actor.user.id,
    createdAt: now,
    updatedAt: now,
    version: 1,
  })
  const id = Number(identifiers[0]?.id)
  await appendAuditEvent(em, {
    at: actor.at, actor: actor.user, role: actor.role, action: 'customer.create', entityType: 'customer', entityId: id,
    details: { name: input.name, creditCode: input.creditCode, rating: NEW_CUSTOMER_RATING, creditLimitFen: 0, creditDays: 0 },
  })
  return customerDto(em, id)
}

/**
 * Edits the file under optimistic locking (DESIGN.md pitfall): an explicit
 * UPDATE … SET version = version + 1 WHERE id = ? AND version = ? that must hit exactly one row,
 * so of two people editing from the same version exactly one wins. Credit terms are untouched (R2).
 */
export async function updateCustomer(
  em: EntityManager, id: number, version: number, input: CustomerInput, actor: Actor, mayEditBank: boolean,
): Promise<CustomerDto> {
  const before = await em.getRepository(CustomerEntity).findOneBy({ id })
  if (!before) throw new AppError('CUSTOMER_NOT_FOUND')
  // Need-to-know: one who is not shown the bank details cannot overwrite them unseen.
  const sent = BANK_FIELDS.filter((k) => input[k] !== undefined)
  if (!mayEditBank && sent.length > 0) throw new AppError('BANK_DETAILS_FINANCE_ONLY', undefined, { fields: sent })
  await assertCreditCodeFree(em, input.creditCode, id)
  const fields = fileFields(input, before)
  // The list's pinyin key follows the name (name-sort-key.ts); derived, so not in the audit's `changed`.
  await updateWithVersion(em, CustomerEntity, id, version, { ...fields, nameSortKey: customerNameSortKey(input.name) }, actor.at)
  const changed = (Object.keys(fields) as Array<keyof typeof fields>).filter((k) => before[k] !== fields[k])
  await appendAuditEvent(em, {
    at: actor.at, actor: actor.user, role: actor.role, action: 'customer.update', entityType: 'customer', entityId: id,
    details: { version: version + 1, changed },
  })
  return customerDto(em, id)
}
