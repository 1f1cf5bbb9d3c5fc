import { EntitySchema, type EntitySchemaColumnOptions } from 'typeorm'
import { fen, timestamp } from '../../db/entities/columns'

// R17: a month's reconciliation — its month (one each), the bound its snapshot counts up to, the one it
// starts from, both sides' signatures and the lock; its snapshot rows (reconciliation_lines, written once by
// snapshot-sql.ts and never updated: read by raw SQL, the entity only names the table for the schema) and its
// difference lines (append-only; a correction names the line it corrects).

export interface ReconciliationRow {
  documentId: number; month: string; boundOn: string; boundAt: string; previousId: number | null; startedAt: string
  salesSignedByUserId: number | null; salesSignedByName: string | null; salesSignedRole: string | null; salesSignedAt: string | null
  financeSignedByUserId: number | null; financeSignedByName: string | null; financeSignedRole: string | null; financeSignedAt: string | null
  lockedAt: string | null
}

export interface ReconciliationDifferenceRow {
  id: number; documentId: number; lineNo: number; contractId: number | null; figure: string; salesFen: number | null; financeFen: number | null
  explanation: string; resolverSide: string; resolverName: string; correctsLineNo: number | null
  recordedByUserId: number; recordedByName: string; recordedAt: string
}

const text = (name: string, length: number, nullable = false): EntitySchemaColumnOptions => ({ name, type: 'varchar', length, nullable })
const int = (name: string, nullable = false): EntitySchemaColumnOptions => ({ name, type: 'integer', nullable })
const money = (name: string, nullable = false): EntitySchemaColumnOptions => ({ ...fen(nullable), name })

export const ReconciliationEntity = new EntitySchema<ReconciliationRow>({
  name: 'Reconciliation',
  tableName: 'reconciliations',
  columns: {
    documentId: { name: 'document_id', type: 'integer', primary: true },
    month: text('month', 7),
    boundOn: text('bound_on', 10),
    boundAt: { ...timestamp(), name: 'bound_at' },
    previousId: int('previous_id', true),
    startedAt: { ...timestamp(), name: 'started_at' },
    salesSignedByUserId: int('sales_signed_by_user_id', true),
    salesSignedByName: text('sales_signed_by_name', 32, true),
    salesSignedRole: text('sales_signed_role', 24, true),
    salesSignedAt: { ...timestamp(true), name: 'sales_signed_at' },
    financeSignedByUserId: int('finance_signed_by_user_id', true),
    financeSignedByName: text('finance_signed_by_name', 32, true),
    financeSignedRole: text('finance_signed_role', 24, true),
    financeSignedAt: { ...timestamp(true), name: 'finance_signed_at' },
    lockedAt: { ...timestamp(true), name: 'locked_at' },
  },
  uniques: [{ name: 'uq_reconciliations_month', columns: ['month'] }],
  foreignKeys: [
    { name: 'fk_reconciliations_document', target: 'Document', columnNames: ['documentId'], referencedColumnNames: ['id'] },
    { name: 'fk_reconciliations_previous', target: 'Document', columnNames: ['previousId'], referencedColumnNames: ['id'] },
  ],
})

type LineRow = Record<string, number | string>
const sideFigures = (p: string): Record<string, EntitySchemaColumnOptions> =>
  Object.fromEntries([...['shipped', 'receivable', 'collected', 'invoiced'].map((f) => [`${p}_${f}`, money(`${p}_${f}_fen`)]), [`${p}_balance`, money(`${p}_balance`)]])

export const ReconciliationLineEntity = new EntitySchema<LineRow>({
  name: 'ReconciliationLine',
  tableName: 'reconciliation_lines',
  columns: {
    documentId: { name: 'document_id', type: 'integer', primary: true },
    lineNo: { name: 'line_no', type: 'integer', primary: true },
    contractId: int('contract_id'),
    contractNo: text('contract_no', 20),
    customerName: text('customer_name', 100),
    amountFen: money('amount_fen'),
    ...sideFigures('s'),
    ...sideFigures('f'),
    openingSalesBalanceFen: money('opening_s_balance'),
    openingFinanceBalanceFen: money('opening_f_balance'),
    differs: int('differs'),
  },
  uniques: [{ name: 'uq_reconciliation_lines_contract', columns: ['documentId', 'contractId'] }],
  foreignKeys: [
    { name: 'fk_reconciliation_lines_document', target: 'Document', columnNames: ['documentId'], referencedColumnNames: ['id'] },
    { name: 'fk_reconciliation_lines_contract', target: 'Document', columnNames: ['contractId'], referencedColumnNames: ['id'] },
  ],
  indices: [{ name: 'idx_reconciliation_lines_differs', columns: ['documentId', 'differs', 'lineNo'] }],
})

export const ReconciliationDifferenceEntity = new EntitySchema<ReconciliationDifferenceRow>({
  name: 'ReconciliationDifference',
  tableName: 'reconciliation_differences',
  columns: {
    id: { type: 'integer', primary: true, generated: 'increment' },
    documentId: int('document_id'),
    lineNo: int('line_no'),
    contractId: int('contract_id', true),
    figure: text('figure', 12),
    salesFen: money('sales_fen', true),
    financeFen: money('finance_fen', true),
    explanation: text('explanation', 300),
    resolverSide: text('resolver_side', 8),
    resolverName: text('resolver_name', 32),
    correctsLineNo: int('corrects_line_no', true),
    recordedByUserId: int('recorded_by_user_id'),
    recordedByName: text('recorded_by_name', 32),
    recordedAt: { ...timestamp(), name: 'recorded_at' },
  },
  uniques: [{ name: 'uq_reconciliation_differences_line', columns: ['documentId', 'lineNo'] }],
  foreignKeys: [
    { name: 'fk_reconciliation_differences_document', target: 'Document', columnNames: ['documentId'], referencedColumnNames: ['id'] },
    { name: 'fk_reconciliation_differences_contract', target: 'Document', columnNames: ['contractId'], referencedColumnNames: ['id'] },
  ],
})
