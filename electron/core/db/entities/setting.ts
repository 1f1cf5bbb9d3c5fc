import { EntitySchema } from 'typeorm'

export interface SettingRow {
  key: string
  value: string
}

/** The company's name (system.setup writes it; it heads every printed form); admin/company-profile.ts keeps the other company data beside it. */
export const COMPANY_NAME = 'company.name'

/** Company data and office-wide settings (company name heads every printed form). */
export const SettingEntity = new EntitySchema<SettingRow>({
  name: 'Setting',
  tableName: 'settings',
  columns: {
    key: { type: 'varchar', length: 64, primary: true },
    value: { type: 'text' },
  },
})
