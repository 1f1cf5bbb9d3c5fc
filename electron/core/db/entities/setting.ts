import { EntitySchema } from 'typeorm'

export interface SettingRow {
  key: string
  value: string
}

/** Company data and office-wide settings (company name heads every printed form). */
export const SettingEntity = new EntitySchema<SettingRow>({
  name: 'Setting',
  tableName: 'settings',
  columns: {
    key: { type: 'varchar', length: 64, primary: true },
    value: { type: 'text' },
  },
})
