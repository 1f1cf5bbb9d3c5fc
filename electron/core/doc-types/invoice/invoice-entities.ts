import { EntitySchema } from 'typeorm'
import { fen, idColumn, timestamp } from '../../db/entities/columns'

// R15: an invoice request (开票申请) on a contract, with the invoice finance records from the tax system
// (number, date, amount: written once, never edited); R24: red-letter entries (红字) against it, each an
// append-only row; red_fen is their running total, kept in the same transaction, so the contract's
// 已开票 is one indexed sum of (invoiced_fen − red_fen). R15: the threshold's versions (sales policy).

export interface InvoiceRequestRow {
  documentId: number; contractId: number; requestedOn: string; amountFen: number; note: string | null
  invoiceNo: string | null; issuedOn: string | null; invoicedFen: number | null
  recordedAt: string | null; recordedByUserId: number | null; recordedByName: string | null
  redFen: number
}

export interface InvoiceRedLetterRow {
  id: number; requestId: number; originalNo: string; confirmationNo: string; redOn: string; amountFen: number
  reason: string; createdAt: string; byUserId: number; byName: string
}

export interface InvoiceThresholdRow {
  id: number; versionNo: number; effectiveFrom: string; percent: number; issuedByUserId: number; issuedByName: string; issuedAt: string; note: string | null
}

const text = (name: string, length: number, nullable = false) => ({ name, type: 'varchar' as const, length, nullable })

export const InvoiceRequestEntity = new EntitySchema<InvoiceRequestRow>({
  name: 'InvoiceRequest',
  tableName: 'invoice_requests',
  columns: {
    documentId: { name: 'document_id', type: 'integer', primary: true },
    contractId: { name: 'contract_id', type: 'integer' },
    requestedOn: text('requested_on', 10),
    amountFen: { ...fen(), name: 'amount_fen' },
    note: text('note', 200, true),
    invoiceNo: { ...text('invoice_no', 40, true), unique: true },
    issuedOn: text('issued_on', 10, true),
    invoicedFen: { ...fen(true), name: 'invoiced_fen' },
    recordedAt: { ...timestamp(true), name: 'recorded_at' },
    recordedByUserId: { name: 'recorded_by_user_id', type: 'integer', nullable: true },
    recordedByName: text('recorded_by_name', 32, true),
    redFen: { ...fen(), name: 'red_fen', default: 0 },
  },
  uniques: [{ name: 'uq_invoice_requests_invoice_no', columns: ['invoiceNo'] }],
  foreignKeys: [
    { name: 'fk_invoice_requests_document', target: 'Document', columnNames: ['documentId'], referencedColumnNames: ['id'] },
    { name: 'fk_invoice_requests_contract', target: 'Document', columnNames: ['contractId'], referencedColumnNames: ['id'] },
  ],
  indices: [{ name: 'idx_invoice_requests_contract', columns: ['contractId', 'invoicedFen', 'redFen'] }],
})

export const InvoiceRedLetterEntity = new EntitySchema<InvoiceRedLetterRow>({
  name: 'InvoiceRedLetter',
  tableName: 'invoice_red_letters',
  columns: {
    id: idColumn,
    requestId: { name: 'request_id', type: 'integer' },
    originalNo: text('original_no', 40),
    confirmationNo: { ...text('confirmation_no', 20), unique: true },
    redOn: text('red_on', 10),
    amountFen: { ...fen(), name: 'amount_fen' },
    reason: text('reason', 100),
    createdAt: { ...timestamp(), name: 'created_at' },
    byUserId: { name: 'by_user_id', type: 'integer' },
    byName: text('by_name', 32),
  },
  uniques: [{ name: 'uq_invoice_red_letters_confirmation', columns: ['confirmationNo'] }],
  foreignKeys: [{ name: 'fk_invoice_red_letters_request', target: 'Document', columnNames: ['requestId'], referencedColumnNames: ['id'] }],
  indices: [{ name: 'idx_invoice_red_letters_request', columns: ['requestId'] }],
})

export const InvoiceThresholdEntity = new EntitySchema<InvoiceThresholdRow>({
  name: 'InvoiceThreshold',
  tableName: 'invoice_thresholds',
  columns: {
    id: idColumn,
    versionNo: { name: 'version_no', type: 'integer', unique: true },
    effectiveFrom: { ...text('effective_from', 10), unique: true },
    percent: { type: 'integer' },
    issuedByUserId: { name: 'issued_by_user_id', type: 'integer' },
    issuedByName: text('issued_by_name', 32),
    issuedAt: { ...timestamp(), name: 'issued_at' },
    note: text('note', 200, true),
  },
})
