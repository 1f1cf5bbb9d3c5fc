import { z } from 'zod'
import { isValidCreditCode } from '../credit-code'
import { fen, id, page, pageSize, shortText, version } from './common'
import { method } from './define'
import { LEDGER_READERS } from './ledger'

/** R2: A is the best risk rating, D the highest risk; every new customer starts at D with zero credit. */
export const CREDIT_RATINGS = { A: 'A 级（优）', B: 'B 级（良）', C: 'C 级（一般）', D: 'D 级（高风险）', E: 'E 级（冻结发货）' } as const
export type CreditRating = keyof typeof CREDIT_RATINGS
export const NEW_CUSTOMER_RATING: CreditRating = 'D'

export interface ContactDto {
  name: string
  phone: string
  title: string
}

export interface CustomerDto {
  id: number
  name: string
  /** 统一社会信用代码, 18 characters, GB 32100-2015 check digit. */
  creditCode: string
  address: string
  // Need-to-know (shared/need-to-know.ts): bank and invoicing details are absent for a caller outside
  // BANK_READERS, the credit terms (R2) for one outside CREDIT_READERS.
  bankName?: string
  bankAccount?: string
  /** 开票地址、电话 as printed on a VAT invoice. */
  taxAddressPhone?: string
  contacts: ContactDto[]
  rating?: CreditRating
  creditLimitFen?: number
  creditDays?: number
  version: number
  createdAt: string
}

/** A row of the customer list: the file, and who sells to the customer. */
export interface CustomerListRow extends CustomerDto {
  /**
   * 业务员: the salesperson of the customer's latest contract (by signing day), null before the first.
   * A customer file has no owner of its own yet; the latest contract is who deals with it now.
   */
  salespersonName: string | null
}

/** One of the customer's contracts, as the customer drawer lists them (newest signing day first). */
export interface CustomerContractRow {
  contractId: number
  contractNo: string
  customerContractNo: string
  signedOn: string
  amountFen: number
  salespersonName: string
  /** The contract document's state (shared/doc-types stateLabel), and whether it is closed (R19). */
  state: string
  closed: boolean
}

const contact = z
  .object({
    name: shortText('联系人姓名', 32),
    phone: z.string({ error: '请输入电话' }).trim().min(3, '请输入电话').max(32, '电话最多 32 个字符'),
    title: z.string().trim().max(32, '职务最多 32 个字').default(''),
  })
  .strict()

export const customerInput = z
  .object({
    id: id.optional(),
    version: version.optional(),
    name: shortText('客户名称', 100),
    creditCode: z
      .string({ error: '请输入统一社会信用代码' })
      .trim()
      .toUpperCase()
      .length(18, '统一社会信用代码应为 18 位')
      .refine(isValidCreditCode, '统一社会信用代码校验位不正确，请核对'),
    address: z.string().trim().max(200, '地址最多 200 个字').default(''),
    // Need-to-know: absent keeps what is on file (blank for a new customer); only BANK_READERS may change
    // them on an existing file (BANK_DETAILS_FINANCE_ONLY), since no one else is shown them.
    bankName: z.string().trim().max(100, '开户行最多 100 个字').optional(),
    bankAccount: z.string().trim().max(40, '账号最多 40 个字符').regex(/^[0-9 -]*$/, '账号只能是数字').optional(),
    taxAddressPhone: z.string().trim().max(200, '开票地址电话最多 200 个字').optional(),
    contacts: z.array(contact).max(20).default([]),
  })
  .strict()
  .refine((c) => (c.id === undefined) === (c.version === undefined), { message: '修改客户须带版本号', path: ['version'] })

export const creditProposalInput = z
  .object({
    customerId: id,
    rating: z.enum(Object.keys(CREDIT_RATINGS) as [CreditRating, ...CreditRating[]], { error: '请选择信用等级' }),
    creditLimitFen: fen,
    creditDays: z.number({ error: '请输入信用天数' }).int('信用天数须为整数').min(0).max(365, '信用天数最多 365 天'),
    reason: shortText('调整理由', 500),
  })
  .strict()

export const customersApi = {
  'customers.list': method<{ rows: CustomerListRow[]; total: number }>()(
    z.object({ search: z.string().trim().max(40).optional(), page, pageSize }).strict(),
    'signedIn',
    'read',
  ),
  'customers.get': method<CustomerDto>()(z.object({ id }).strict(), 'signedIn', 'read'),
  /** The customer's contracts, every state, newest first: the first part of a customer page (issue 10). */
  'customers.contracts': method<{ rows: CustomerContractRow[]; total: number }>()(
    z.object({ customerId: id, page, pageSize }).strict(),
    LEDGER_READERS,
    'read',
  ),
  /** Create or edit the customer's file. Credit fields are not here: they change only by R2's approval. */
  'customers.save': method<CustomerDto>()(customerInput, ['sales_clerk', 'sales_manager', 'sales_head', 'finance'], 'write'),
} as const
