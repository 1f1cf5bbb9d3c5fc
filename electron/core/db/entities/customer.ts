import { EntitySchema } from 'typeorm'
import { fen, idColumn, timestamp } from './columns'

export interface CustomerRow {
  id: number; name: string; creditCode: string; address: string; bankName: string; bankAccount: string
  taxAddressPhone: string; contacts: string; rating: string; creditLimitFen: number; creditDays: number
  createdByUserId: number; createdAt: string; updatedAt: string; version: number
}

/** R2: a credit change document's body: the customer's terms before and after. */
export interface CreditChangeRow {
  documentId: number; customerId: number; reason: string
  ratingBefore: string; creditLimitBeforeFen: number; creditDaysBefore: number
  ratingAfter: string; creditLimitAfterFen: number; creditDaysAfter: number
}

export const CustomerEntity = new EntitySchema<CustomerRow>({
  name: 'Customer',
  tableName: 'customers',
  columns: {
    id: idColumn,
    name: { type: 'varchar', length: 100 },
    creditCode: { name: 'credit_code', type: 'varchar', length: 18, unique: true },
    address: { type: 'varchar', length: 200 },
    bankName: { name: 'bank_name', type: 'varchar', length: 100 },
    bankAccount: { name: 'bank_account', type: 'varchar', length: 40 },
    taxAddressPhone: { name: 'tax_address_phone', type: 'varchar', length: 200 },
    contacts: { type: 'text' },
    rating: { type: 'varchar', length: 1 },
    creditLimitFen: { ...fen(), name: 'credit_limit_fen' },
    creditDays: { name: 'credit_days', type: 'integer' },
    createdByUserId: { name: 'created_by_user_id', type: 'integer' },
    createdAt: { ...timestamp(), name: 'created_at' },
    updatedAt: { ...timestamp(), name: 'updated_at' },
    version: { type: 'integer', default: 1 },
  },
  indices: [{ name: 'idx_customers_name', columns: ['name'] }],
})

export const CreditChangeEntity = new EntitySchema<CreditChangeRow>({
  name: 'CreditChange',
  tableName: 'credit_changes',
  columns: {
    documentId: { name: 'document_id', type: 'integer', primary: true },
    customerId: { name: 'customer_id', type: 'integer' },
    reason: { type: 'text' },
    ratingBefore: { name: 'rating_before', type: 'varchar', length: 1 },
    creditLimitBeforeFen: { ...fen(), name: 'credit_limit_before_fen' },
    creditDaysBefore: { name: 'credit_days_before', type: 'integer' },
    ratingAfter: { name: 'rating_after', type: 'varchar', length: 1 },
    creditLimitAfterFen: { ...fen(), name: 'credit_limit_after_fen' },
    creditDaysAfter: { name: 'credit_days_after', type: 'integer' },
  },
  foreignKeys: [
    { name: 'fk_credit_changes_document', target: 'Document', columnNames: ['documentId'], referencedColumnNames: ['id'] },
    { name: 'fk_credit_changes_customer', target: 'Customer', columnNames: ['customerId'], referencedColumnNames: ['id'] },
  ],
  indices: [{ name: 'idx_credit_changes_customer', columns: ['customerId'] }],
})
