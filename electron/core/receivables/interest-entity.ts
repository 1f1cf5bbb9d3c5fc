import { EntitySchema } from 'typeorm'
import { idColumn, timestamp } from '../db/entities/columns'

// R18: the overdue-interest rate, part of the sales policy, versioned like the invoice threshold
// (doc-types/invoice/invoice-threshold.ts): rows are only ever added, each from today or a later day.

export interface InterestRateRow {
  id: number; versionNo: number; effectiveFrom: string; bpsPerDay: number; issuedByUserId: number; issuedByName: string; issuedAt: string; note: string | null
}

export const InterestRateEntity = new EntitySchema<InterestRateRow>({
  name: 'OverdueInterestRate',
  tableName: 'overdue_interest_rates',
  columns: {
    id: idColumn,
    versionNo: { name: 'version_no', type: 'integer', unique: true },
    effectiveFrom: { name: 'effective_from', type: 'varchar', length: 10, unique: true },
    bpsPerDay: { name: 'bps_per_day', type: 'integer' },
    issuedByUserId: { name: 'issued_by_user_id', type: 'integer' },
    issuedByName: { name: 'issued_by_name', type: 'varchar', length: 32 },
    issuedAt: { ...timestamp(), name: 'issued_at' },
    note: { name: 'note', type: 'varchar', length: 200, nullable: true },
  },
})
