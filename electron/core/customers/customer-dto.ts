import type { EntityManager } from 'typeorm'
import type { ContactDto, CreditRating, CustomerDto } from '../../../shared/api'
import { AppError } from '../../../shared/errors'
import { CustomerEntity, type CustomerRow } from '../db/entities'

/** `contacts` is stored as JSON text; anything else there is read as no contacts rather than a crash. */
export function parseContacts(text: string): ContactDto[] {
  try {
    const value: unknown = JSON.parse(text)
    return Array.isArray(value) ? (value as ContactDto[]) : []
  } catch {
    return []
  }
}

export function toCustomerDto(c: CustomerRow): CustomerDto {
  return {
    id: c.id,
    name: c.name,
    creditCode: c.creditCode,
    address: c.address,
    bankName: c.bankName,
    bankAccount: c.bankAccount,
    taxAddressPhone: c.taxAddressPhone,
    contacts: parseContacts(c.contacts),
    rating: c.rating as CreditRating,
    creditLimitFen: c.creditLimitFen,
    creditDays: c.creditDays,
    version: c.version,
    createdAt: c.createdAt,
  }
}

/** The customer's file as the UI and the contract chain see it. */
export async function customerDto(em: EntityManager, id: number): Promise<CustomerDto> {
  const customer = await em.getRepository(CustomerEntity).findOneBy({ id })
  if (!customer) throw new AppError('CUSTOMER_NOT_FOUND')
  return toCustomerDto(customer)
}
