import { customerInput, type ContactDto, type CustomerDto } from '../../../shared/api'

// The core's own field schemas (shared/api): the inline messages are the very sentences the core answers.
export const customerFields = customerInput.shape
export const contactFields = customerInput.shape.contacts.unwrap().element.shape

export interface CustomerValues {
  name: string
  creditCode: string
  address: string
  // Absent when the core did not send them (need-to-know: finance only) and the form does not show them.
  bankName?: string
  bankAccount?: string
  taxAddressPhone?: string
  contacts: ContactDto[]
}

export const EMPTY_CUSTOMER: CustomerValues = {
  name: '',
  creditCode: '',
  address: '',
  bankName: '',
  bankAccount: '',
  taxAddressPhone: '',
  contacts: [{ name: '', phone: '', title: '' }],
}

export function customerValues(customer: CustomerDto): CustomerValues {
  const { name, creditCode, address, bankName, bankAccount, taxAddressPhone, contacts } = customer
  return { name, creditCode, address, bankName, bankAccount, taxAddressPhone, contacts: contacts.map((c) => ({ ...c })) }
}

/** A contact row with nothing typed in it: left out of what is saved rather than refused. */
export function isBlankContact(row: Partial<ContactDto> | undefined): boolean {
  return !row || [row.name, row.phone, row.title].every((text) => !text || !text.trim())
}

/**
 * Form values → the API's fields: blank contact rows dropped; without `withBank` the bank fields are
 * left out, so the core keeps what is on file (an edit by a post that is not shown them).
 */
export function customerInputOf(values: CustomerValues, withBank: boolean): CustomerValues {
  const { bankName, bankAccount, taxAddressPhone, ...rest } = values
  const contacts = (values.contacts ?? []).filter((row) => !isBlankContact(row))
  return withBank ? { ...rest, bankName, bankAccount, taxAddressPhone, contacts } : { ...rest, contacts }
}

/** "contacts.0.phone" (the core's INVALID_INPUT path) → ['contacts', 0, 'phone'] (the form's name). */
export function formName(path: string): (string | number)[] {
  return path.split('.').map((part) => (/^\d+$/.test(part) ? Number(part) : part))
}
