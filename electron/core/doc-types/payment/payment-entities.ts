import { EntitySchema } from 'typeorm'
import { fen, idColumn, timestamp } from '../../db/entities/columns'

// R14: a payment (收款登记) and its allocations to contracts. An allocation row is an event: direction 1
// to a contract, −1 when taken back (the amount is always ≥ 0, R23); rows are never updated or deleted.

export interface PaymentRow {
  documentId: number; customerId: number; receivedOn: string; amountFen: number; method: string
  bank: string | null; reference: string | null; billNo: string | null; issuingBank: string | null
  billIssuedOn: string | null; billDueOn: string | null; billKind: string | null; billEndorsable: number | null
  remark: string | null; slipRef: string | null; reversesPaymentId: number | null
  /** Running net of this payment's allocations, kept in the same transaction as each allocation. */
  allocatedFen: number
}

export interface PaymentAllocationRow {
  id: number; paymentId: number; contractId: number; direction: number; amountFen: number; createdAt: string; byUserId: number; byName: string; reason: string | null
}

const text = (name: string, length: number) => ({ name, type: 'varchar' as const, length, nullable: true })

export const PaymentEntity = new EntitySchema<PaymentRow>({
  name: 'Payment',
  tableName: 'payments',
  columns: {
    documentId: { name: 'document_id', type: 'integer', primary: true },
    customerId: { name: 'customer_id', type: 'integer' },
    receivedOn: { name: 'received_on', type: 'varchar', length: 10 },
    amountFen: { ...fen(), name: 'amount_fen' },
    method: { type: 'varchar', length: 8 },
    bank: text('bank', 60),
    reference: text('reference', 40),
    billNo: text('bill_no', 40),
    issuingBank: text('issuing_bank', 60),
    billIssuedOn: text('bill_issued_on', 10),
    billDueOn: text('bill_due_on', 10),
    billKind: text('bill_kind', 12),
    billEndorsable: { name: 'bill_endorsable', type: 'integer', nullable: true },
    remark: text('remark', 200),
    slipRef: text('slip_ref', 40),
    reversesPaymentId: { name: 'reverses_payment_id', type: 'integer', nullable: true, unique: true },
    allocatedFen: { ...fen(), name: 'allocated_fen', default: 0 },
  },
  uniques: [{ name: 'uq_payments_reverses', columns: ['reversesPaymentId'] }],
  foreignKeys: [
    { name: 'fk_payments_document', target: 'Document', columnNames: ['documentId'], referencedColumnNames: ['id'] },
    { name: 'fk_payments_customer', target: 'Customer', columnNames: ['customerId'], referencedColumnNames: ['id'] },
    { name: 'fk_payments_reverses', target: 'Document', columnNames: ['reversesPaymentId'], referencedColumnNames: ['id'] },
  ],
  // R9: the customer's acceptance bills by due date (migration 1766000000000).
  indices: [{ name: 'idx_payments_customer', columns: ['customerId', 'receivedOn'] }, { name: 'idx_payments_customer_bills', columns: ['customerId', 'method', 'billDueOn'] },
    { name: 'idx_payments_received', columns: ['receivedOn', 'reversesPaymentId', 'amountFen'] }], // R18: collections per month (receivables/collections.ts)
})

export const PaymentAllocationEntity = new EntitySchema<PaymentAllocationRow>({
  name: 'PaymentAllocation',
  tableName: 'payment_allocations',
  columns: {
    id: idColumn,
    paymentId: { name: 'payment_id', type: 'integer' },
    contractId: { name: 'contract_id', type: 'integer' },
    /** 1 an allocation, −1 a de-allocation (R23: the amount itself is never negative). */
    direction: { type: 'integer' },
    amountFen: { ...fen(), name: 'amount_fen' },
    createdAt: { ...timestamp(), name: 'created_at' },
    byUserId: { name: 'by_user_id', type: 'integer' },
    byName: { name: 'by_name', type: 'varchar', length: 32 },
    reason: { type: 'varchar', length: 100, nullable: true },
  },
  foreignKeys: [
    { name: 'fk_payment_allocations_payment', target: 'Document', columnNames: ['paymentId'], referencedColumnNames: ['id'] },
    { name: 'fk_payment_allocations_contract', target: 'Document', columnNames: ['contractId'], referencedColumnNames: ['id'] },
  ],
  indices: [
    { name: 'idx_payment_allocations_contract', columns: ['contractId', 'direction', 'amountFen'] },
    { name: 'idx_payment_allocations_payment', columns: ['paymentId'] },
  ],
})
