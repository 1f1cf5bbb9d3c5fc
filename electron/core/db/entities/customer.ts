import { EntitySchema } from 'typeorm'
import { fen, idColumn, timestamp } from './columns'

export interface CustomerRow {
  id: number; name: string; creditCode: string; address: string; bankName: string; bankAccount: string
  taxAddressPhone: string; contacts: string; rating: string; creditLimitFen: number; creditDays: number
  createdByUserId: number; createdAt: string; updatedAt: string; version: number
  /** Derived from name on every save (customers/name-sort-key.ts): the list's pinyin order. */
  nameSortKey: string
}

/** R2: a credit change document's body: the customer's terms before and after. */
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
    // The default only lets migration CustomerNameSortKey add the column to a filled table on SQLite; every
    // writer sets it, and the integrity check reports a key that is not its name's.
    nameSortKey: { name: 'name_sort_key', type: 'varchar', length: 400, default: '' },
  },
  indices: [
    { name: 'idx_customers_name', columns: ['name'] },
    // The customer list, page by page in pinyin order (ORDER BY name_sort_key, id).
    { name: 'idx_customers_name_sort', columns: ['nameSortKey', 'id'] },
  ],
})
