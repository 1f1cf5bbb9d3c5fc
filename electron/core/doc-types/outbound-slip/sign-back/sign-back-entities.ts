import { EntitySchema } from 'typeorm'
import { fen, timestamp } from '../../../db/entities/columns'

// R11: records on a posted outbound slip, not documents of their own (no number in R22, no approval chain,
// nothing links to them): the customer's signed copy (客户联) as finance records it, and the receivable
// finance books once the copy is back. One of each per slip: the slip's document id is the key.
// What is settled of a receivable is not stored: it is the contract's allocations applied in due-date
// order (receivable-sql.ts), so a de-allocation or a reversal can never leave it stale.

export interface SignedCopyRow {
  slipDocumentId: number; customerId: number; signedBy: string; signedOn: string; returnedOn: string; discrepancy: string | null
  recordedByUserId: number; recordedByName: string; recordedAt: string
}
export interface ReceivableRow {
  slipDocumentId: number; contractId: number; customerId: number; amountFen: number; bookedOn: string; dueOn: string
  bookedByUserId: number; bookedByName: string; bookedAt: string
}

const text = (name: string, length: number) => ({ name, type: 'varchar' as const, length })

export const SignedCopyEntity = new EntitySchema<SignedCopyRow>({
  name: 'SignedCopy',
  tableName: 'signed_copies',
  columns: {
    slipDocumentId: { name: 'slip_document_id', type: 'integer', primary: true },
    customerId: { name: 'customer_id', type: 'integer' },
    signedBy: text('signed_by', 40),
    signedOn: text('signed_on', 10),
    returnedOn: text('returned_on', 10),
    discrepancy: { type: 'varchar', length: 500, nullable: true },
    recordedByUserId: { name: 'recorded_by_user_id', type: 'integer' },
    recordedByName: text('recorded_by_name', 40),
    recordedAt: { ...timestamp(), name: 'recorded_at' },
  },
  foreignKeys: [
    { name: 'fk_signed_copies_slip', target: 'Document', columnNames: ['slipDocumentId'], referencedColumnNames: ['id'] },
    { name: 'fk_signed_copies_customer', target: 'Customer', columnNames: ['customerId'], referencedColumnNames: ['id'] },
  ],
  indices: [{ name: 'idx_signed_copies_customer', columns: ['customerId'] }],
})

export const ReceivableEntity = new EntitySchema<ReceivableRow>({
  name: 'Receivable',
  tableName: 'receivables',
  columns: {
    slipDocumentId: { name: 'slip_document_id', type: 'integer', primary: true },
    contractId: { name: 'contract_id', type: 'integer' },
    customerId: { name: 'customer_id', type: 'integer' },
    amountFen: { ...fen(), name: 'amount_fen' },
    bookedOn: text('booked_on', 10),
    dueOn: text('due_on', 10),
    bookedByUserId: { name: 'booked_by_user_id', type: 'integer' },
    bookedByName: text('booked_by_name', 40),
    bookedAt: { ...timestamp(), name: 'booked_at' },
  },
  checks: [{ name: 'chk_receivables_amount', expression: 'amount_fen >= 0' }],
  foreignKeys: [
    { name: 'fk_receivables_slip', target: 'SignedCopy', columnNames: ['slipDocumentId'], referencedColumnNames: ['slipDocumentId'] },
    { name: 'fk_receivables_contract', target: 'Document', columnNames: ['contractId'], referencedColumnNames: ['id'] },
    { name: 'fk_receivables_customer', target: 'Customer', columnNames: ['customerId'], referencedColumnNames: ['id'] },
  ],
  indices: [
    // R9: the customer's receivables (exposure, overdue); the contract's, in due-date order (settlement).
    { name: 'idx_receivables_customer', columns: ['customerId', 'contractId'] },
    { name: 'idx_receivables_contract', columns: ['contractId', 'dueOn'] },
  ],
})
