import { customerInput, type ContactDto, type CustomerDto } from '../../../shared/api'

// The core's own field schemas (shared/api): the inline messages are the very sentences the core answers.
export const customerFields = customerInput.shape
export const contactFields = customerInput.shape.contacts.unwrap().element.shape

export interface CustomerValues {
  name: string
  creditCode: string
  address: string
  bankName: string
  bankAccount: string
  taxAddressPhone: string
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

/** Form values → the API's fields: blank contact rows dropped. */
export function customerInputOf(values: CustomerValues): CustomerValues {
  return { ...values, contacts: (values.contacts ?? []).filter((row) => !isBlankContact(row)) }
}

/** "contacts.0.phone" (the core's INVALID_INPUT path) → ['contacts', 0, 'phone'] (the form's name). */
export function formName(path: string): (string | number)[] {
  return path.split('.').map((part) => (/^\d+$/.test(part) ? Number(part) : part))
}
