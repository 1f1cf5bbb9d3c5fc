import { EntitySchema } from 'typeorm'
import { fen, idColumn, timestamp } from '../../db/entities/columns'

// R16: a 提成单's body (one salesperson, one month, the policy it was computed at), its lines (one per
// contract, every figure computed), what finance paid out after approval (append-only rows, their running
// total kept in paid_fen in the same transaction), and the commission policy's versions (GM, from a day on).
// live_key ('<user>:<YYYY-MM>' while the form is live, NULL once voided) makes "one live form per
// person-month" a unique index rather than a hope.

export interface CommissionRow {
  documentId: number; salespersonUserId: number; salespersonName: string; month: string; policyVersion: number | null
  rateBps: number; od1To30Bps: number; od31To60Bps: number; od61To90Bps: number; od91To180Bps: number; odOver180Bps: number
  collectedFen: number; commissionFen: number; deductionFen: number; payableFen: number; paidFen: number
  remark: string | null; liveKey: string | null
}

export interface CommissionLineRow {
  documentId: number; lineNo: number; contractId: number; contractNo: string; customerName: string
  collectedFen: number; rateBps: number; commissionFen: number
  /** JSON: unpaid overdue fen by aging bucket at the month's end ({ d1_30: 123, … }). */
  overdue: string
  overdueFen: number; deductionFen: number
}

export interface CommissionPayoutRow {
  id: number; commissionId: number; paidOn: string; amountFen: number; note: string | null; createdAt: string; byUserId: number; byName: string
}

export interface CommissionPolicyRow {
  id: number; versionNo: number; effectiveFrom: string; rateBps: number
  od1To30Bps: number; od31To60Bps: number; od61To90Bps: number; od91To180Bps: number; odOver180Bps: number
  issuedByUserId: number; issuedByName: string; issuedAt: string; note: string | null
}

const text = (name: string, length: number, nullable = false) => ({ name, type: 'varchar' as const, length, nullable })
const int = (name: string, nullable = false) => ({ name, type: 'integer' as const, nullable })
const rates = {
  od1To30Bps: int('od_1_30_bps'), od31To60Bps: int('od_31_60_bps'), od61To90Bps: int('od_61_90_bps'),
  od91To180Bps: int('od_91_180_bps'), odOver180Bps: int('od_over_180_bps'),
}

export const CommissionEntity = new EntitySchema<CommissionRow>({
  name: 'Commission',
  tableName: 'commissions',
  columns: {
    documentId: { name: 'document_id', type: 'integer', primary: true },
    salespersonUserId: int('salesperson_user_id'),
    salespersonName: text('salesperson_name', 32),
    month: text('month', 7),
    policyVersion: int('policy_version', true),
    rateBps: int('rate_bps'),
    ...rates,
    collectedFen: { ...fen(), name: 'collected_fen' },
    commissionFen: { ...fen(), name: 'commission_fen' },
    deductionFen: { ...fen(), name: 'deduction_fen' },
    payableFen: { ...fen(), name: 'payable_fen' },
    paidFen: { ...fen(), name: 'paid_fen', default: 0 },
    remark: text('remark', 200, true),
    liveKey: { ...text('live_key', 24, true), unique: true },
  },
  uniques: [{ name: 'uq_commissions_live_key', columns: ['liveKey'] }],
  foreignKeys: [
    { name: 'fk_commissions_document', target: 'Document', columnNames: ['documentId'], referencedColumnNames: ['id'] },
    { name: 'fk_commissions_salesperson', target: 'User', columnNames: ['salespersonUserId'], referencedColumnNames: ['id'] },
  ],
  indices: [{ name: 'idx_commissions_person_month', columns: ['salespersonUserId', 'month'] }],
})

export const CommissionLineEntity = new EntitySchema<CommissionLineRow>({
  name: 'CommissionLine',
  tableName: 'commission_lines',
  columns: {
    documentId: { name: 'document_id', type: 'integer', primary: true },
    lineNo: { name: 'line_no', type: 'integer', primary: true },
    contractId: int('contract_id'),
    contractNo: text('contract_no', 20),
    customerName: text('customer_name', 100),
    collectedFen: { ...fen(), name: 'collected_fen' },
    rateBps: int('rate_bps'),
    commissionFen: { ...fen(), name: 'commission_fen' },
    overdue: { type: 'text' },
    overdueFen: { ...fen(), name: 'overdue_fen' },
    deductionFen: { ...fen(), name: 'deduction_fen' },
  },
  foreignKeys: [
    { name: 'fk_commission_lines_document', target: 'Document', columnNames: ['documentId'], referencedColumnNames: ['id'] },
    { name: 'fk_commission_lines_contract', target: 'Document', columnNames: ['contractId'], referencedColumnNames: ['id'] },
  ],
  indices: [{ name: 'idx_commission_lines_contract', columns: ['contractId'] }],
})

export const CommissionPayoutEntity = new EntitySchema<CommissionPayoutRow>({
  name: 'CommissionPayout',
  tableName: 'commission_payouts',
  columns: {
    id: idColumn,
    commissionId: int('commission_id'),
    paidOn: text('paid_on', 10),
    amountFen: { ...fen(), name: 'amount_fen' },
    note: text('note', 100, true),
    createdAt: { ...timestamp(), name: 'created_at' },
    byUserId: int('by_user_id'),
    byName: text('by_name', 32),
  },
  foreignKeys: [{ name: 'fk_commission_payouts_commission', target: 'Document', columnNames: ['commissionId'], referencedColumnNames: ['id'] }],
  indices: [{ name: 'idx_commission_payouts_commission', columns: ['commissionId'] }],
})

export const CommissionPolicyEntity = new EntitySchema<CommissionPolicyRow>({
  name: 'CommissionPolicy',
  tableName: 'commission_policies',
  columns: {
    id: idColumn,
    versionNo: { ...int('version_no'), unique: true },
    effectiveFrom: { ...text('effective_from', 10), unique: true },
    rateBps: int('rate_bps'),
    ...rates,
    issuedByUserId: int('issued_by_user_id'),
    issuedByName: text('issued_by_name', 32),
    issuedAt: { ...timestamp(), name: 'issued_at' },
    note: text('note', 200, true),
  },
})
