import { EntitySchema } from 'typeorm'
import { fen } from '../../db/entities/columns'

// R2: a proposed change of a customer's rating, credit limit and credit days, with the terms it replaces.

export interface CreditChangeRow {
  documentId: number; customerId: number; reason: string
  ratingBefore: string; creditLimitBeforeFen: number; creditDaysBefore: number
  ratingAfter: string; creditLimitAfterFen: number; creditDaysAfter: number
}

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
