import { z } from 'zod'
import { isValidCreditCode } from '../credit-code'
import type { DocumentType } from '../document-number'
import { method } from './define'

// The administrator's home (issue 10): users, company data, numbering, chains and backups in one
// answer. Company data heads printed forms (name) and names who keeps the contract seal (R4).

/** 纳税人识别号: today's 18-character 统一社会信用代码 (its check character verified), or not yet entered. */
const taxNumber = z
  .string()
  .trim()
  .toUpperCase()
  .refine((v) => v === '' || (v.length === 18 && isValidCreditCode(v)), '纳税人识别号应为 18 位统一社会信用代码，校验位须正确；不知道可先留空')

export const companyProfileSchema = z
  .object({
    name: z.string({ error: '请输入公司名称' }).trim().min(2, '公司名称至少 2 个字').max(60, '公司名称最多 60 个字'),
    address: z.string().trim().max(120, '地址最多 120 个字').default(''),
    taxNumber: taxNumber.default(''),
    bankName: z.string().trim().max(60, '开户行最多 60 个字').default(''),
    bankAccount: z.string().trim().max(40, '账号最多 40 个字符').regex(/^[0-9 -]*$/, '账号只能是数字、空格或减号').default(''),
    /** R4: who keeps the contract seal (合同专用章): an enabled user of the office, or nobody named yet. */
    sealKeeperUserId: z.number().int().positive().nullable().default(null),
  })
  .strict()

export type CompanyProfile = z.output<typeof companyProfileSchema>

export interface CompanyView extends CompanyProfile {
  sealKeeperName: string | null
}

/** What heads the printed forms (our side of the contract): everyone who prints reads it, no keeper. */
export type CompanyLetterhead = Omit<CompanyProfile, 'sealKeeperUserId'>

/** One type's R22 counter for the month: the last number issued, read-only (editing could break gaplessness). */
export interface NumberingCounter {
  docType: DocumentType
  prefix: string
  lastSeq: number
  lastNumber: string | null
}

export interface BackupFile {
  name: string
  /** When it was made (UTC ISO), read from its name. */
  at: string
  reason: 'daily' | 'migration'
}

export type BackupsView = { backend: 'sqlite'; files: BackupFile[] } | { backend: 'postgres' }

export interface AdminOverview {
  users: { total: number; enabled: number; admins: number }
  company: CompanyView
  numbering: { period: string; counters: NumberingCounter[] }
  chains: { docType: string; name: string; steps: number; version: number; updatedAt: string; updatedByName: string }[]
  backups: BackupsView
}

export const adminApi = {
  'admin.overview': method<AdminOverview>()(z.object({}).strict(), ['admin'], 'read'),
  'admin.saveCompany': method<CompanyView>()(companyProfileSchema, ['admin'], 'write'),
  /** The company's own address, tax number and bank for the printed forms (the application's and the contract's). */
  'company.letterhead': method<CompanyLetterhead>()(z.object({}).strict(), 'signedIn', 'read'),
} as const
